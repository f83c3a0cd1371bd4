// The four operations of a Proxmox object keyed by its name (groups, roles, pools, …): write,
// then read back what the server holds; read gives null when the object is gone; delete of an
// object already gone succeeds. Only the calls and the field mapping differ per resource.
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import type { OperationContext, WriteContext } from '../../../framework/resource.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { createByName } from './lost-create.js';
import { deleteIgnoringMissing, readAfterWrite } from './not-found.js';

/** `M`: the model in state; `PM`: the planned model create and update send; `T`: the server's object. */
export interface NamedCrudMapping<M, PM extends M, T> {
  /** The object's name on the server, from a model. */
  readonly key: (model: M) => string;
  readonly find: (client: ProxmoxClient, key: string) => Promise<T | undefined>;
  readonly create: (client: ProxmoxClient, plan: PM) => Promise<unknown>;
  readonly update: (client: ProxmoxClient, plan: PM, prior: M) => Promise<unknown>;
  readonly remove: (client: ProxmoxClient, key: string) => Promise<unknown>;
  /** The server's object as a model; `known` is the plan or state it replaces. */
  readonly toModel: (object: T, known: M) => M;
  /** What state records as soon as create has written the object, so a failed read-back orphans nothing. */
  readonly created?: (plan: PM) => M;
}

type Ctx = OperationContext<ProxmoxProviderData>;

export function namedCrud<M, PM extends M, T>(mapping: NamedCrudMapping<M, PM, T>) {
  async function readBack(ctx: Ctx, known: M): Promise<M> {
    const key = mapping.key(known);
    const object = await readAfterWrite(`"${key}"`, mapping.find(ctx.provider.client, key));
    return mapping.toModel(object, known);
  }
  return {
    async create(ctx: WriteContext<ProxmoxProviderData, M>, plan: PM): Promise<M> {
      const { client } = ctx.provider;
      const key = mapping.key(plan);
      const record = (): void => ctx.savePartialState(mapping.created?.(plan) ?? plan);
      await createByName({
        what: `"${key}"`,
        exists: async () => (await mapping.find(client, key)) !== undefined,
        create: () => mapping.create(client, plan),
        record,
      });
      record();
      return readBack(ctx, plan);
    },
    async read(ctx: Ctx, state: M): Promise<M | null> {
      const object = await mapping.find(ctx.provider.client, mapping.key(state));
      return object === undefined ? null : mapping.toModel(object, state);
    },
    async update(ctx: WriteContext<ProxmoxProviderData, M>, plan: PM, prior: M): Promise<M> {
      await mapping.update(ctx.provider.client, plan, prior);
      return readBack(ctx, plan);
    },
    async delete(ctx: Ctx, state: M): Promise<void> {
      await deleteIgnoringMissing(() => mapping.remove(ctx.provider.client, mapping.key(state)));
    },
  };
}
