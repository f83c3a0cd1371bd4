// An SDN section resource (zone, vnet, controller, IPAM) from its schema and field mapping: the
// operations of sdnCrud, the import by section id, and, for sections with a plugin `type`, the
// plan-time check of the options each type takes and needs.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ImportIdDoc, PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { AttributeNameOf, ModelOf, Schema } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { proxmoxResource, type ProxmoxProviderData } from '../provider-data.js';
import { SDN_ID_FORMATS } from '../resources/sdn-attributes.js';
import { keyAttributes } from './key-attributes.js';
import { sdnCrud, type SdnCrudMapping } from './sdn-crud.js';
import type { TypeOptionProblem } from './type-option-problems.js';

/** `id` and the section id attribute `key` of an SDN `noun` ("zone", "IPAM"), checked against the kind's id format. */
export function sdnKeyAttributes<const K extends keyof typeof SDN_ID_FORMATS>(key: K, noun: string, description: string) {
  const format = SDN_ID_FORMATS[key];
  const length =
    format.maxLength === undefined
      ? validators.custom<string>(`at least ${format.minLength} characters long`, (v) =>
          typeof v === 'string' && v.length < format.minLength ? `must be at least ${format.minLength} characters long, got ${v.length}` : undefined,
        )
      : validators.lengthBetween(format.minLength, format.maxLength);
  return keyAttributes(key, `The ${noun} id.`, { description, validators: [validators.textMatching(format.pattern, format.what), length] });
}

/** The plugin type of an SDN `noun`: chosen at creation, a new type is a new object. */
export function sdnTypeAttribute(noun: string, types: readonly string[]) {
  return attr.string({
    required: true,
    description: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} type.`,
    validators: [validators.oneOf(...types)],
    planModifiers: [planModifiers.requiresReplace()],
  });
}

/** The options that depend on the section's `type`, and what is wrong with a configuration of them. */
export interface SdnTypeOptions<A extends string> {
  readonly attributes: readonly A[];
  readonly problems: (type: string, set: ReadonlySet<A>) => readonly TypeOptionProblem<A>[];
}

/** A section kind as its resource calls it: `proxmox_sdn_zone` holds a section of `zones`, keyed by `zone`. */
export type SdnSection = 'zone' | 'vnet' | 'controller' | 'ipam';

export interface SdnResourceDefinition<S extends Schema, A extends AttributeNameOf<S>, K extends AttributeNameOf<S> & SdnSection> extends Pick<
  SdnCrudMapping<A, K, ModelOf<S>>,
  'fields' | 'unread' | 'extraParams'
> {
  /** The section kind, which names the resource, the API path and the key attribute. */
  readonly section: K;
  readonly schema: S;
  readonly importId: ImportIdDoc;
  /** For sections with a plugin `type` (sent on create, read back): the options that depend on it. */
  readonly typeOptions?: SdnTypeOptions<A>;
  readonly modifyPlan?: (ctx: PlanContext<ProxmoxProviderData, AttributeNameOf<S>>) => void;
}

export function sdnResource<S extends Schema, A extends AttributeNameOf<S>, K extends AttributeNameOf<S> & SdnSection>(
  definition: SdnResourceDefinition<S, A, K>,
) {
  const { section, schema, importId, typeOptions, modifyPlan, ...mapping } = definition;
  return proxmoxResource({
    name: `proxmox_sdn_${section}`,
    schema,
    importId,
    // IPAMs are written to the running configuration at once; the other sections wait for an apply.
    ...sdnCrud(schema, { ...mapping, kind: `${section}s`, idKey: section, versioned: section !== 'ipam', typed: typeOptions !== undefined }),
    ...(modifyPlan && { modifyPlan }),
    ...(typeOptions && {
      validateConfig(ctx: ValidateContext<AttributeNameOf<S>>) {
        const type = ctx.config.string('type' as AttributeNameOf<S>);
        if (type === undefined) return;
        const set = new Set(typeOptions.attributes.filter((attribute) => !ctx.config.isNull(attribute)));
        for (const problem of typeOptions.problems(type, set)) ctx.error(problem.attribute, problem.summary, problem.detail);
      },
    }),
  });
}
