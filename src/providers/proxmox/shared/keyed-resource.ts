// A resource whose object Proxmox names by one of its attributes, `key` (a role's role_id, a
// realm, a backup job's id): `id` repeats it, the import id is it, and state records the plan with
// its id as soon as create has written the object, so a failed read-back orphans nothing. The
// definers over namedCrud (namedResource), sectionCrud (sectionResource) and datacenterCrud
// (datacenterResource) take all of that from `key`; a resource gives the calls and the fields.
import type { ImportIdDoc, PlanContext, ResourceDefinition, ValidateContext } from '../../../framework/resource.js';
import type { AttributeNameOf, ModelOf, PlanModelOf, Schema } from '../../../framework/schema.js';
import { proxmoxResource, type ProxmoxProviderData } from '../provider-data.js';
import { namedCrud, type NamedCrudMapping } from './crud.js';
import { sectionCrud, type SectionCrudMapping, type SectionValues } from './section-crud.js';

export type KeyedModel<S> = ModelOf<S> & { readonly id: string | null };
export type KeyedPlan<S> = PlanModelOf<S> & KeyedModel<S>;
/** The model but for `id` and the key, which come from the plan or state (`known`). */
export type KeyedFields<S, K extends string> = Omit<ModelOf<S>, 'id' | K>;

export interface KeyedResourceBase<S extends Schema, K extends AttributeNameOf<S>> {
  readonly name: string;
  readonly schema: S;
  readonly importId: ImportIdDoc;
  /** The docs' example configuration, when the generated one does not fit. */
  readonly example?: string;
  /** The attribute holding the object's name on the server. */
  readonly key: K;
  readonly validateConfig?: (ctx: ValidateContext<AttributeNameOf<S>>) => void;
  readonly modifyPlan?: (ctx: PlanContext<ProxmoxProviderData, AttributeNameOf<S>>) => void;
  /** What state records as soon as create has written the object; by default the plan with its id. */
  readonly created?: (plan: KeyedPlan<S>) => KeyedModel<S>;
}

/** What a CRUD helper needs from `key`: the object's name, the model completed with it, and what create records first. */
export interface KeyParts<S, K extends string> {
  readonly keyOf: (model: KeyedModel<S>) => string;
  readonly withKey: (fields: KeyedFields<S, K>, known: KeyedModel<S>) => KeyedModel<S>;
  readonly created: (plan: KeyedPlan<S>) => KeyedModel<S>;
}

type Operations<S> = Pick<ResourceDefinition<S & Schema, ProxmoxProviderData>, 'create' | 'read' | 'update' | 'delete'>;

/** The resource from its definition: the base, and the operations `crud` builds from the rest (the CRUD helper's mapping) and the key's parts. */
export function keyedResource<S extends Schema, K extends AttributeNameOf<S>, D extends KeyedResourceBase<S, K>>(
  definition: D,
  crud: (mapping: Omit<D, keyof KeyedResourceBase<S, K>>, parts: KeyParts<S, K>) => object,
): ResourceDefinition<S, ProxmoxProviderData> {
  const { name, schema, importId, example, key, validateConfig, modifyPlan, created, ...mapping } = definition;
  const keyOf = (model: KeyedModel<S>): string => (model as unknown as Readonly<Record<K, string>>)[key];
  const operations = crud(mapping, {
    keyOf,
    withKey: (fields, known) => ({ ...fields, id: keyOf(known), [key]: keyOf(known) }) as unknown as KeyedModel<S>,
    created: created ?? ((plan) => ({ ...plan, id: keyOf(plan) })),
  });
  return proxmoxResource({
    name,
    schema,
    importId,
    ...(example !== undefined && { example }),
    // The operations are typed by the model with its id; every keyed schema has one.
    ...(operations as Operations<S>),
    importState: (id: string) => ({ [key]: id }) as Partial<ModelOf<S>>,
    ...(validateConfig && { validateConfig }),
    ...(modifyPlan && { modifyPlan }),
  });
}

export interface NamedResourceDefinition<S extends Schema, K extends AttributeNameOf<S>, T>
  extends KeyedResourceBase<S, K>, Omit<NamedCrudMapping<KeyedModel<S>, KeyedPlan<S>, T>, 'key' | 'toModel' | 'created'> {
  /** The server's object as the model but for id and key; `known` is the plan or state it replaces. */
  readonly toModel: (object: T, known: KeyedModel<S>) => KeyedFields<S, K>;
}

/** A resource over namedCrud: the calls that find, create, update and remove the object by name. */
export function namedResource<S extends Schema, K extends AttributeNameOf<S>, T>(definition: NamedResourceDefinition<S, K, T>) {
  return keyedResource<S, K, NamedResourceDefinition<S, K, T>>(definition, ({ toModel, ...mapping }, parts) =>
    namedCrud<KeyedModel<S>, KeyedPlan<S>, T>({
      ...mapping,
      key: parts.keyOf,
      toModel: (object, known) => parts.withKey(toModel(object, known), known),
      created: parts.created,
    }),
  );
}

export interface SectionResourceDefinition<S extends Schema, K extends AttributeNameOf<S>, A extends AttributeNameOf<S>>
  extends KeyedResourceBase<S, K>, Omit<SectionCrudMapping<A, KeyedModel<S>, KeyedPlan<S>>, 'key' | 'toModel' | 'created'> {
  /** The model but for id and key, from the mapped values (`raw`: the whole section). */
  readonly toModel: (values: SectionValues<A>, known: KeyedModel<S>, raw: Readonly<Record<string, unknown>>) => KeyedFields<S, K>;
}

/** A resource over sectionCrud: its options mapped one to one by `fields`, the rest by `extra`. */
export function sectionResource<S extends Schema, K extends AttributeNameOf<S>, A extends AttributeNameOf<S>>(definition: SectionResourceDefinition<S, K, A>) {
  return keyedResource<S, K, SectionResourceDefinition<S, K, A>>(definition, ({ toModel, ...mapping }, parts) =>
    sectionCrud<A, KeyedModel<S>, KeyedPlan<S>>({
      ...mapping,
      key: parts.keyOf,
      toModel: (values, known, raw) => parts.withKey(toModel(values, known, raw), known),
      created: parts.created,
    }),
  );
}
