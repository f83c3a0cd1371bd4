// The four operations of an object whose attributes map one to one onto the options of a
// server-side section (realms, realm-sync jobs, ACME plugins): create sends every set option,
// update only the options that changed (the server refuses to "change" a fixed option even to
// its own value) plus `delete` for those dropped, read maps the options back. Options that do
// not map one to one (secrets, property strings) come from `extra`.
import type { Params, ParamValue } from '../../../clients/proxmox/http.js';
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import { paramsOf, removedKeys, valuesOf, type ApiField } from './api-fields.js';
import { namedCrud } from './crud.js';

type Fields<A extends string> = { readonly [K in A]?: unknown };
export type SectionValues<A extends string> = Record<A, string | number | boolean | string[] | null>;

/** Options beyond the field table: what to send and which keys to delete. */
export interface ExtraOptions {
  readonly params: Readonly<Record<string, ParamValue | undefined>>;
  readonly remove?: readonly string[];
}

export interface SectionCrudMapping<A extends string, M extends Fields<A>, PM extends M> {
  readonly fields: ReadonlyArray<ApiField<A>>;
  readonly key: (model: M) => string;
  readonly find: (client: ProxmoxClient, key: string) => Promise<Readonly<Record<string, unknown>> | undefined>;
  readonly create: (client: ProxmoxClient, plan: PM, params: Params) => Promise<unknown>;
  readonly update: (client: ProxmoxClient, key: string, params: Params, remove: readonly string[]) => Promise<unknown>;
  readonly remove: (client: ProxmoxClient, key: string) => Promise<unknown>;
  /** `prior` is null on create. */
  readonly extra?: (plan: PM, prior: M | null) => ExtraOptions;
  readonly toModel: (values: SectionValues<A>, known: M, raw: Readonly<Record<string, unknown>>) => M;
  readonly created?: (plan: PM) => M;
}

function defined(params: Readonly<Record<string, ParamValue | undefined>>): Record<string, ParamValue> {
  return Object.fromEntries(Object.entries(params).filter((entry): entry is [string, ParamValue] => entry[1] !== undefined));
}

/** The parameters whose value differs from the prior state's. */
function changed(now: Record<string, ParamValue>, before: Record<string, ParamValue>): Record<string, ParamValue> {
  return Object.fromEntries(Object.entries(now).filter(([key, value]) => before[key] !== value));
}

export function sectionCrud<A extends string, M extends Fields<A>, PM extends M>(mapping: SectionCrudMapping<A, M, PM>) {
  return namedCrud<M, PM, Readonly<Record<string, unknown>>>({
    key: mapping.key,
    find: mapping.find,
    create: (client, plan) => mapping.create(client, plan, { ...paramsOf(mapping.fields, plan), ...defined(mapping.extra?.(plan, null).params ?? {}) }),
    update: async (client, plan, prior) => {
      const extra = mapping.extra?.(plan, prior);
      const params = { ...changed(paramsOf(mapping.fields, plan), paramsOf(mapping.fields, prior)), ...defined(extra?.params ?? {}) };
      const remove = [...removedKeys(mapping.fields, plan, prior), ...(extra?.remove ?? [])];
      if (Object.keys(params).length === 0 && remove.length === 0) return;
      await mapping.update(client, mapping.key(plan), params, remove);
    },
    remove: mapping.remove,
    toModel: (object, known) => mapping.toModel(valuesOf(mapping.fields, object) as SectionValues<A>, known, object),
    ...(mapping.created ? { created: mapping.created } : {}),
  });
}
