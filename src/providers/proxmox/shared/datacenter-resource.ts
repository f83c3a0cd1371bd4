// A datacenter section resource (backup and replication jobs, HA resources, rules and groups,
// metric servers) whose section id is one of its attributes, `key`: `id` repeats it, the import
// id is it, and the operations are datacenterCrud's.
import type { DatacenterSection } from '../../../clients/proxmox/index.js';
import type { ImportIdDoc, PlanContext, ResourceDefinition, ValidateContext } from '../../../framework/resource.js';
import type { AttributeNameOf, ModelOf, PlanModelOf, Schema } from '../../../framework/schema.js';
import { proxmoxResource, type ProxmoxProviderData } from '../provider-data.js';
import type { valuesOf } from './api-fields.js';
import { datacenterCrud, type DatacenterCrudMapping } from './datacenter-crud.js';

type Model<S> = ModelOf<S> & { readonly id: string | null };

export interface DatacenterResourceDefinition<S extends Schema, A extends AttributeNameOf<S>, K extends AttributeNameOf<S>> extends Omit<
  DatacenterCrudMapping<A, Model<S>, PlanModelOf<S> & Model<S>>,
  'id' | 'toModel' | 'created'
> {
  readonly name: string;
  readonly schema: S;
  readonly importId: ImportIdDoc;
  /** The attribute holding the section id. */
  readonly key: K;
  /** The model but for `id` and `key` (taken from `known`), from the mapped values (`raw`: the whole answer). */
  readonly toModel: (values: Record<A, ReturnType<typeof valuesOf>[A]>, raw: DatacenterSection, known: Model<S>) => Omit<ModelOf<S>, 'id' | K>;
  /** What state records as soon as create has written the section; by default the plan with its id. */
  readonly created?: (plan: PlanModelOf<S> & Model<S>) => Model<S>;
  readonly validateConfig?: (ctx: ValidateContext<AttributeNameOf<S>>) => void;
  readonly modifyPlan?: (ctx: PlanContext<ProxmoxProviderData, AttributeNameOf<S>>) => void;
}

export function datacenterResource<S extends Schema, A extends AttributeNameOf<S>, K extends AttributeNameOf<S>>(
  definition: DatacenterResourceDefinition<S, A, K>,
): ResourceDefinition<S, ProxmoxProviderData> {
  const { name, schema, importId, key, toModel, created, validateConfig, modifyPlan, ...mapping } = definition;
  const keyOf = (model: Model<S>): string => (model as unknown as Readonly<Record<K, string>>)[key];
  const operations = datacenterCrud<A, Model<S>, PlanModelOf<S> & Model<S>>({
    ...mapping,
    id: keyOf,
    toModel: (values, raw, known) => ({ ...toModel(values, raw, known), id: keyOf(known), [key]: keyOf(known) }) as unknown as Model<S>,
    created: created ?? ((plan) => ({ ...plan, id: keyOf(plan) })),
  });
  return proxmoxResource({
    name,
    schema,
    importId,
    // The operations are typed by the model with its id; every section schema has one.
    ...(operations as unknown as Pick<ResourceDefinition<S, ProxmoxProviderData>, 'create' | 'read' | 'update' | 'delete'>),
    importState: (id: string) => ({ [key]: id }) as Partial<ModelOf<S>>,
    ...(validateConfig && { validateConfig }),
    ...(modifyPlan && { modifyPlan }),
  });
}
