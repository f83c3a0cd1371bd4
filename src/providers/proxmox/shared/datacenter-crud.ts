// The four operations of a datacenter section (backup job, replication job, HA resource, rule or
// group, metric server): attributes mapped one to one onto API keys (api-fields.ts), written,
// then read back; options the configuration drops are deleted.
import type { DatacenterKind, DatacenterSection, ProxmoxClient } from '../../../clients/proxmox/index.js';
import type { Params } from '../../../clients/proxmox/http.js';
import { paramsOf, removedKeys, valuesOf, type ApiField } from './api-fields.js';
import { namedCrud } from './crud.js';

export interface DatacenterCrudMapping<A extends string, M extends { readonly [K in A]?: unknown }, PM extends M> {
  readonly kind: DatacenterKind;
  readonly id: (model: M) => string;
  readonly fields: ReadonlyArray<ApiField<A>>;
  /** Parameters beyond the mapped ones: on create (the section `type`), and on every write. */
  readonly createParams?: (plan: PM) => Params;
  /** `prior` is null on create. */
  readonly writeParams?: (plan: PM, prior: M | null) => Params;
  /** The model from the mapped values (`raw`: the whole answer); `known` is the plan or state it replaces. */
  readonly toModel: (values: Record<A, ReturnType<typeof valuesOf>[A]>, raw: DatacenterSection, known: M) => M;
  /** A section the server still lists but that is on its way out (a replication job marked for removal). */
  readonly gone?: (raw: DatacenterSection) => boolean;
  /** API keys only the create call takes (the update schema lacks them; they force replacement). */
  readonly createOnly?: readonly string[];
  /** Keys to delete beyond the mapped attributes the configuration dropped. */
  readonly removedParams?: (plan: PM, prior: M) => string[];
  /** What state records as soon as create has written the section. */
  readonly created: (plan: PM) => M;
  /** Called before every create and update (a version check). */
  readonly precheck?: (client: ProxmoxClient) => Promise<void>;
}

export function datacenterCrud<A extends string, M extends { readonly [K in A]?: unknown }, PM extends M>(mapping: DatacenterCrudMapping<A, M, PM>) {
  const { kind, fields } = mapping;
  return namedCrud<M, PM, DatacenterSection>({
    key: mapping.id,
    async find(client, id) {
      const raw = await client.datacenter.find(kind, id);
      return raw === undefined || mapping.gone?.(raw) ? undefined : raw;
    },
    async create(client, plan) {
      await mapping.precheck?.(client);
      await client.datacenter.create(kind, mapping.id(plan), {
        ...paramsOf(fields, plan),
        ...mapping.createParams?.(plan),
        ...mapping.writeParams?.(plan, null),
      });
    },
    async update(client, plan, prior) {
      await mapping.precheck?.(client);
      const params: Record<string, unknown> = { ...paramsOf(fields, plan), ...mapping.writeParams?.(plan, prior) };
      for (const key of mapping.createOnly ?? []) delete params[key];
      await client.datacenter.update(kind, mapping.id(plan), params as Params, [
        ...removedKeys(fields, plan, prior),
        ...(mapping.removedParams?.(plan, prior) ?? []),
      ]);
    },
    remove: (client, id) => client.datacenter.delete(kind, id),
    toModel: (raw, known) => mapping.toModel(valuesOf(fields, raw), raw, known),
    created: mapping.created,
  });
}
