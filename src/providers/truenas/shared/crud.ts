// The four operations of a resource whose server object has a numeric id and maps one to one
// onto a CRUD method group (iSCSI objects, shares): only the field mapping differs.
import type { TrueNASClient } from '../../../clients/truenas/index.js';
import type { OperationContext, WriteContext } from '../../../framework/resource.js';
import type { TrueNASProviderData } from '../provider-data.js';
import { deleteIfPresent, numericImport, requireId } from './ids.js';

export interface NumericCrudGroup<T, C, U> {
  create(input: C): Promise<T>;
  find(id: number): Promise<T | undefined>;
  update(id: number, patch: U): Promise<T>;
  delete(id: number): Promise<void>;
}

/** `M`: the model in state; `PM`: the planned model create and update send (defaults filled in). */
export interface NumericCrudMapping<M, PM extends M, T, C, U> {
  /** The method group in the client. */
  readonly group: (client: TrueNASClient) => NumericCrudGroup<T, C, U>;
  /** The server row as a model; `known` is the plan or state it replaces. */
  readonly toModel: (row: T, known: M) => M;
  /** What create and update send. */
  readonly input: (plan: PM) => C & U;
}

type Ctx = OperationContext<TrueNASProviderData>;

export function numericCrud<M extends { id: number | null }, PM extends M, T, C, U>(mapping: NumericCrudMapping<M, PM, T, C, U>) {
  const group = (ctx: Ctx) => mapping.group(ctx.provider.client);
  return {
    importState: numericImport,
    async create(ctx: WriteContext<TrueNASProviderData, M>, plan: PM): Promise<M> {
      return mapping.toModel(await group(ctx).create(mapping.input(plan)), plan);
    },
    async read(ctx: Ctx, state: M): Promise<M | null> {
      const row = await group(ctx).find(requireId(state.id));
      return row === undefined ? null : mapping.toModel(row, state);
    },
    async update(ctx: WriteContext<TrueNASProviderData, M>, plan: PM, prior: M): Promise<M> {
      return mapping.toModel(await group(ctx).update(requireId(prior.id), mapping.input(plan)), plan);
    },
    async delete(ctx: Ctx, state: M): Promise<void> {
      await deleteIfPresent(() => group(ctx).delete(requireId(state.id)));
    },
  };
}
