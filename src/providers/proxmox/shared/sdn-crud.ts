// The four operations of an SDN zone, vnet or controller: write the section, read it back
// through the pending view, and on delete apply at once (nothing else would: the
// `proxmox_sdn_applier` that applies creates and updates is destroyed before the objects it
// depends on). See docs/proxmox-sdn.md.
import type { SdnKind } from '../../../clients/proxmox/index.js';
import type { OperationContext, WriteContext } from '../../../framework/resource.js';
import type { AttributeNameOf, ModelOf, PlanModelOf, Schema } from '../../../framework/schema.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { paramsOf, removedKeys, valuesOf, type ApiField } from './api-fields.js';
import { createByName } from './lost-create.js';
import { deleteIgnoringMissing, readAfterWrite } from './not-found.js';
import { applySdnDeletion, writtenSdnObject, type PendingChange } from './sdn.js';

type Ctx = OperationContext<ProxmoxProviderData>;

/** What every SDN section resource's model holds: `id` and the key attribute, both the section id. */
type SectionModel<K extends string> = { readonly id: string | null } & { readonly [P in K]: string };

export interface SdnCrudMapping<A extends string, K extends string, M> {
  readonly kind: SdnKind;
  /** The attribute naming the object, also the API key of its id (`zone`, `vnet`, `controller`, `ipam`); import takes it. */
  readonly idKey: K;
  readonly fields: ReadonlyArray<ApiField<A>>;
  /** IPAMs are not versioned: no pending view, no apply, no `pending_change` attribute. */
  readonly versioned: boolean;
  /** Whether the section has a plugin `type` attribute: sent on create only, read back from the section. */
  readonly typed?: boolean;
  /** Attributes the server never returns (secrets), kept from the plan or state. */
  readonly unread?: (known: M) => Partial<M>;
  /**
   * Parameters beyond `fields`, for a create (prior null) or an update (e.g. a secret sent only
   * when it changed, write-only twins); an undefined value is not sent.
   */
  readonly extraParams?: (plan: M, prior: M | null) => Readonly<Record<string, string | undefined>>;
}

/** The extra parameters that are sent (an undefined one stays as it is on the server). */
function definedParams(params: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(params ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * `schema` gives the model types; the model read back is the mapped fields, the id, the type
 * and the pending change, plus `unread`.
 */
export function sdnCrud<S extends Schema, A extends AttributeNameOf<S>, K extends AttributeNameOf<S>>(_schema: S, mapping: SdnCrudMapping<A, K, ModelOf<S>>) {
  type M = ModelOf<S>;
  const id = (model: M): string => (model as unknown as SectionModel<K>)[mapping.idKey];
  function toModel(values: Record<A, unknown>, pendingChange: PendingChange | null, known: M, raw: Readonly<Record<string, unknown>>): M {
    const key = id(known);
    const model: Record<string, unknown> = { ...values, id: key, [mapping.idKey]: key };
    if (mapping.typed) model.type = String(raw.type ?? (known as unknown as { type: string }).type);
    if (mapping.versioned) model.pending_change = pendingChange;
    return { ...(model as M), ...mapping.unread?.(known) };
  }
  async function find(ctx: Ctx, known: M): Promise<M | null> {
    const object = await ctx.provider.client.sdn.find(mapping.kind, id(known), mapping.versioned ? 'pending' : 'config');
    const written = object === undefined ? undefined : writtenSdnObject(object);
    if (written === undefined) return null;
    return toModel(valuesOf(mapping.fields, written.values), written.pendingChange, known, written.values);
  }
  const readBack = (ctx: Ctx, known: M): Promise<M> => readAfterWrite(`SDN ${mapping.idKey} "${id(known)}"`, find(ctx, known));
  return {
    async create(ctx: WriteContext<ProxmoxProviderData, M>, plan: PlanModelOf<S>): Promise<M> {
      const written = plan as unknown as M;
      const type = mapping.typed ? { type: (written as unknown as { type: string }).type } : {};
      const params = { ...paramsOf(mapping.fields, written), ...definedParams(mapping.extraParams?.(written, null)), ...type, [mapping.idKey]: id(written) };
      await createByName({
        what: `SDN ${mapping.idKey} "${id(written)}"`,
        exists: async () => (await find(ctx, written)) !== null,
        create: () => ctx.provider.client.sdn.create(mapping.kind, params),
        record: () => ctx.savePartialState(written),
      });
      return readBack(ctx, written);
    },
    read: find,
    async update(ctx: WriteContext<ProxmoxProviderData, M>, plan: PlanModelOf<S>, prior: M): Promise<M> {
      const written = plan as unknown as M;
      const params = { ...paramsOf(mapping.fields, written), ...definedParams(mapping.extraParams?.(written, prior)) };
      await ctx.provider.client.sdn.update(mapping.kind, id(written), params, removedKeys(mapping.fields, written, prior));
      return readBack(ctx, written);
    },
    async delete(ctx: Ctx, state: M): Promise<void> {
      const { client } = ctx.provider;
      await deleteIgnoringMissing(() => client.sdn.delete(mapping.kind, id(state)));
      if (mapping.versioned) await applySdnDeletion(client, `SDN ${mapping.idKey} "${id(state)}"`);
    },
    importState: (importId: string) => ({ [mapping.idKey]: importId }) as Partial<M>,
  };
}
