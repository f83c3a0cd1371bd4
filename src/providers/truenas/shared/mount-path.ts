// Resources that set something on a directory under /mnt (its permissions, its ACL): the path
// names the object, so it is its id and its import id, and a new path is a new object; what is
// set is read back from the path, and a path that is gone has nothing left to manage.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { OperationContext } from '../../../framework/resource.js';
import { isNotFound } from '../../../clients/truenas/errors.js'; // not the index: the client loads lazily
import type { TrueNASClient } from '../../../clients/truenas/index.js';
import type { TrueNASProviderData } from '../provider-data.js';
import { keptString, keyedImport } from './named-objects.js';

/** `id` and `path`; `example` is a path such as /mnt/tank/share, for the error text. */
export function mountPathAttributes(example: string) {
  return {
    id: keptString('The path.'),
    path: attr.string({
      required: true,
      description: 'Absolute path under /mnt/<pool>/ (not a pool root).',
      validators: [validators.matches(/^\/mnt\/[^/]+\/.+/, `a path below a pool, such as ${example}`)],
      planModifiers: [planModifiers.requiresReplace()],
    }),
  };
}

/** Import by the path itself. */
export function mountPathImport(example: string) {
  return keyedImport('path', { description: 'the path', example });
}

type PathModel = { readonly id: string | null; readonly path: string };

/**
 * create, read and update of a setting on a path: create and update set it and read it back; a
 * path that is gone reads as null (its dataset destroyed), so the resource is planned anew.
 */
export function mountPathOperations<M extends PathModel, PM extends M>(spec: {
  /** Sets the plan on the path. */
  readonly set: (client: TrueNASClient, plan: PM) => Promise<void>;
  /** The path's settings as a model (`known`: the plan or state); null when there is nothing to manage. */
  readonly read: (client: TrueNASClient, path: string, known: M) => Promise<M | null>;
  /** The end of the error when the path goes away meanwhile: "its ACL was set". */
  readonly lostWhile: string;
}) {
  const readPath = async (client: TrueNASClient, path: string, known: M): Promise<M | null> => {
    try {
      return await spec.read(client, path, known);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  };
  const apply = async (ctx: OperationContext<TrueNASProviderData>, plan: PM): Promise<M> => {
    const { client } = ctx.provider;
    await spec.set(client, plan);
    const read = await readPath(client, plan.path, plan);
    if (!read) throw new Error(`${plan.path} disappeared while ${spec.lostWhile}`);
    return read;
  };
  return {
    readPath,
    create: apply,
    read: (ctx: OperationContext<TrueNASProviderData>, state: M) => readPath(ctx.provider.client, state.id ?? state.path, state),
    update: apply,
  };
}
