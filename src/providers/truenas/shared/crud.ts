// The four operations of a resource whose server object has a numeric id and maps one to one
// onto a CRUD method group (iSCSI objects, shares, tasks, accounts): create and update return
// the row, read finds it by id, delete of a row already gone succeeds, import takes the id.
// Only the field mapping differs; it may ask the server (a pool's id, a generated key pair).
import type { TrueNASClient } from '../../../clients/truenas/index.js';
import type { ImportIdDoc, OperationContext, WriteContext } from '../../../framework/resource.js';
import type { TrueNASProviderData } from '../provider-data.js';
import { deleteIfPresent, keepIncompleteCreate, numericImport, requireId } from './ids.js';

export interface NumericCrudGroup<T, C, U> {
  create(input: C): Promise<T>;
  find(id: number): Promise<T | undefined>;
  update(id: number, patch: U): Promise<T>;
  delete(id: number): Promise<void>;
}

/**
 * What create and update send, when both send the same fields: `prior` is null on create (an
 * update may send stored values back, or keep what the server resolved at creation).
 */
interface SameInput<M, PM, C, U> {
  readonly input: (plan: PM, prior: M | null, client: TrueNASClient) => (C & U) | Promise<C & U>;
}

/** What create and update send, when they send different fields. */
interface SeparateInputs<M, PM, C, U> {
  readonly createInput: (plan: PM, client: TrueNASClient) => C | Promise<C>;
  readonly updateInput: (plan: PM, prior: M, client: TrueNASClient) => U | Promise<U>;
}

/** `M`: the model in state; `PM`: the planned model create and update send (defaults filled in). */
export type NumericCrudMapping<M, PM extends M, T, C, U> = {
  /** What the import id is: the object's number on the server (numericImportId). */
  readonly importId: ImportIdDoc;
  /** The method group in the client. */
  readonly group: (client: TrueNASClient) => NumericCrudGroup<T, C, U>;
  /** The server row as a model; `known` is the plan or state it replaces. */
  readonly toModel: (row: T, known: M, client: TrueNASClient) => M | Promise<M>;
} & (SameInput<M, PM, C, U> | SeparateInputs<M, PM, C, U>);

type Ctx = OperationContext<TrueNASProviderData>;

/** `the <noun>'s numeric id`, such as `1`. */
export function numericImportId(noun: string, example = '1'): ImportIdDoc {
  return { description: `the ${noun}'s numeric id`, example };
}

export function numericCrud<M extends { id: number | null }, PM extends M, T, C, U>(mapping: NumericCrudMapping<M, PM, T, C, U>) {
  const createInput = (plan: PM, client: TrueNASClient) => ('input' in mapping ? mapping.input(plan, null, client) : mapping.createInput(plan, client));
  const updateInput = (plan: PM, prior: M, client: TrueNASClient) =>
    'input' in mapping ? mapping.input(plan, prior, client) : mapping.updateInput(plan, prior, client);
  return {
    importId: mapping.importId,
    importState: numericImport,
    async create(ctx: WriteContext<TrueNASProviderData, M>, plan: PM): Promise<M> {
      const { client } = ctx.provider;
      const input = await createInput(plan, client);
      const toModel = (row: T) => mapping.toModel(row, plan, client);
      return toModel(await keepIncompleteCreate(ctx, () => mapping.group(client).create(input), toModel));
    },
    async read(ctx: Ctx, state: M): Promise<M | null> {
      const { client } = ctx.provider;
      const row = await mapping.group(client).find(requireId(state.id));
      return row === undefined ? null : mapping.toModel(row, state, client);
    },
    async update(ctx: WriteContext<TrueNASProviderData, M>, plan: PM, prior: M): Promise<M> {
      const { client } = ctx.provider;
      return mapping.toModel(await mapping.group(client).update(requireId(prior.id), await updateInput(plan, prior, client)), plan, client);
    },
    async delete(ctx: Ctx, state: M): Promise<void> {
      await deleteIfPresent(() => mapping.group(ctx.provider.client).delete(requireId(state.id)));
    },
  };
}
