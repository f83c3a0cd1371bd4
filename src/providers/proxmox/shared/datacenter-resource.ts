// A datacenter section resource (backup and replication jobs, HA resources, rules and groups,
// metric servers) whose section id is one of its attributes, `key` (see keyed-resource.ts), with
// the operations of datacenterCrud.
import type { DatacenterSection } from '../../../clients/proxmox/index.js';
import type { ResourceDefinition } from '../../../framework/resource.js';
import type { AttributeNameOf, Schema } from '../../../framework/schema.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import type { valuesOf } from './api-fields.js';
import { datacenterCrud, type DatacenterCrudMapping } from './datacenter-crud.js';
import { keyedResource, type KeyedFields, type KeyedModel, type KeyedPlan, type KeyedResourceBase } from './keyed-resource.js';

export interface DatacenterResourceDefinition<S extends Schema, A extends AttributeNameOf<S>, K extends AttributeNameOf<S>>
  extends KeyedResourceBase<S, K>, Omit<DatacenterCrudMapping<A, KeyedModel<S>, KeyedPlan<S>>, 'id' | 'toModel' | 'created'> {
  /** The model but for `id` and `key` (taken from `known`), from the mapped values (`raw`: the whole answer). */
  readonly toModel: (values: Record<A, ReturnType<typeof valuesOf>[A]>, raw: DatacenterSection, known: KeyedModel<S>) => KeyedFields<S, K>;
}

export function datacenterResource<S extends Schema, A extends AttributeNameOf<S>, K extends AttributeNameOf<S>>(
  definition: DatacenterResourceDefinition<S, A, K>,
): ResourceDefinition<S, ProxmoxProviderData> {
  return keyedResource<S, K, DatacenterResourceDefinition<S, A, K>>(definition, ({ toModel, ...mapping }, parts) =>
    datacenterCrud<A, KeyedModel<S>, KeyedPlan<S>>({
      ...mapping,
      id: parts.keyOf,
      toModel: (values, raw, known) => parts.withKey(toModel(values, raw, known), known),
      created: parts.created,
    }),
  );
}
