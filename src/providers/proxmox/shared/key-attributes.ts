// The two attributes of an object Terraform finds by a name the configuration gives (a pool, a
// job, an SDN zone, ...): `id`, that same name once created, and the name itself, which the
// server cannot rename: a new name is a new object.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { AttributeSpec } from '../../../framework/schema.js';
import type { Validator } from '../../../framework/validators.js';

type IdAttribute = AttributeSpec<string | null, string | null>;
type KeyAttribute = AttributeSpec<string, string>;

export interface KeyOptions {
  readonly description: string;
  readonly validators?: readonly Validator<string>[];
}

/**
 * The computed `id` of a Proxmox resource, kept from state across plans: it changes only with
 * what names the object, which replaces it, or where a plan says so (a migrated guest's NODE/VMID).
 */
export function idAttribute(description: string): IdAttribute {
  return attr.string({ computed: true, description, planModifiers: [planModifiers.useStateForUnknown()] });
}

/**
 * `id` and the required attribute `key`: built from `options`, or given ready-made (such as a
 * `configIdAttribute`), which must also require replacement.
 */
export function keyAttributes<const K extends string>(
  key: K,
  idDescription: string,
  options: KeyOptions | KeyAttribute,
): { readonly id: IdAttribute } & { readonly [P in K]: KeyAttribute } {
  const keyAttribute: KeyAttribute =
    'kind' in options ? options : attr.string({ required: true, ...options, planModifiers: [planModifiers.requiresReplace()] });
  return { id: idAttribute(idDescription), [key]: keyAttribute } as { readonly id: IdAttribute } & { readonly [P in K]: KeyAttribute };
}
