// The four operations of an SDN zone, vnet or controller: write the section, read it back
// through the pending view, and on delete apply at once (nothing else would: the
// `proxmox_sdn_applier` that applies creates and updates is destroyed before the objects it
// depends on). See docs/proxmox-sdn.md.
import type { SdnKind } from '../../../clients/proxmox/index.js';
import type { OperationContext, WriteContext } from '../../../framework/resource.js';
import type { ProxmoxProviderData } from '../index.js';
import { paramsOf, removedKeys, valuesOf, type ApiField } from './api-fields.js';
import { deleteIgnoringMissing } from './not-found.js';
import { applySdn, writtenSdnObject, type PendingChange } from './sdn.js';

type Ctx = OperationContext<ProxmoxProviderData>;

export interface SdnCrudMapping<A extends string, M extends { readonly [K in A]?: unknown }> {
  readonly kind: SdnKind;
  /** The id attribute and the API key naming the object (`zone`, `vnet`, `controller`, `ipam`). */
  readonly idKey: string;
  readonly id: (model: M) => string;
  readonly fields: ReadonlyArray<ApiField<A>>;
  /** Extra create-only parameters (the section `type`). */
  readonly createParams?: (plan: M) => Record<string, string>;
  /** The model from the mapped written values (`raw`: all of them); `known` is the plan or state it replaces. */
  readonly toModel: (values: Record<A, unknown>, pendingChange: PendingChange | null, known: M, raw: Readonly<Record<string, unknown>>) => M;
  /** IPAMs are not versioned: no pending view, no apply. */
  readonly versioned: boolean;
}

export function sdnCrud<A extends string, M extends { readonly [K in A]?: unknown }, PM extends M>(mapping: SdnCrudMapping<A, M>) {
  async function find(ctx: Ctx, known: M): Promise<M | null> {
    const id = mapping.id(known);
    const object = await ctx.provider.client.sdn.find(mapping.kind, id, mapping.versioned ? 'pending' : 'config');
    const written = object === undefined ? undefined : writtenSdnObject(object);
    if (written === undefined) return null;
    return mapping.toModel(valuesOf(mapping.fields, written.values), written.pendingChange, known, written.values);
  }
  async function readBack(ctx: Ctx, known: M): Promise<M> {
    const model = await find(ctx, known);
    if (model === null) throw new Error(`SDN ${mapping.idKey} "${mapping.id(known)}" was written but the server does not list it`);
    return model;
  }
  return {
    async create(ctx: WriteContext<ProxmoxProviderData, M>, plan: PM): Promise<M> {
      const params = { ...paramsOf(mapping.fields, plan), ...mapping.createParams?.(plan), [mapping.idKey]: mapping.id(plan) };
      await ctx.provider.client.sdn.create(mapping.kind, params);
      return readBack(ctx, plan);
    },
    read: find,
    async update(ctx: WriteContext<ProxmoxProviderData, M>, plan: PM, prior: M): Promise<M> {
      await ctx.provider.client.sdn.update(mapping.kind, mapping.id(plan), paramsOf(mapping.fields, plan), removedKeys(mapping.fields, plan, prior));
      return readBack(ctx, plan);
    },
    async delete(ctx: Ctx, state: M): Promise<void> {
      const { client } = ctx.provider;
      await deleteIgnoringMissing(() => client.sdn.delete(mapping.kind, mapping.id(state)));
      if (mapping.versioned) await applySdn(client);
    },
  };
}
