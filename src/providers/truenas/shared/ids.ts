// Objects the API numbers (iSCSI objects, shares): their id attribute, import ids and deletes
// that succeed when the object is already gone.
import { attr } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { TrueNASIncompleteCreateError, isNotFound } from '../../../clients/truenas/errors.js';

/** The computed `id` attribute of an object the server numbers. */
export function numericId(what: string) {
  return attr.number({ computed: true, description: `The ${what}'s id on the server.`, planModifiers: [planModifiers.useStateForUnknown()] });
}

/** `terraform import … 3` → `{ id: 3 }`. */
export function numericImport(id: string): { id: number } {
  if (!/^\d+$/.test(id.trim()))
    throw new AttributeError('id', 'Invalid import id', `The import id must be the object's numeric id on the server, such as "3", got "${id}".`);
  return { id: Number(id) };
}

/** The id recorded in state, which the framework guarantees for every created object. */
export function requireId(id: number | null): number {
  if (id === null) throw new Error('the state holds no id for this object');
  return id;
}

/** Deletes, treating "does not exist" as done: deleting something already gone succeeds. */
export async function deleteIfPresent(remove: () => Promise<void>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/**
 * Runs a create. When the server failed it after making the object (a later step of the call or
 * job failed: TrueNASIncompleteCreateError), records that object in state before passing the
 * server's error on: terraform keeps it, tainted, so the next apply replaces it (instead of
 * failing on "already exists") and a destroy removes it.
 */
export async function keepIncompleteCreate<T, M>(
  ctx: { savePartialState(state: M): void },
  create: () => Promise<T>,
  toModel: (row: T) => M | Promise<M>,
): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (!(error instanceof TrueNASIncompleteCreateError)) throw error;
    ctx.savePartialState(await toModel(error.created as T));
    throw error.cause;
  }
}
