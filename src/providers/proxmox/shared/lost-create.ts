// A create whose object's name the caller chooses (a user, a pool, a storage or SDN id, a realm):
// Proxmox writes are never repeated (the server may have handled one whose answer was lost), so a
// create whose answer never came may have made the object while terraform records nothing; the
// next apply would then fail "already exists" and the user would have to import it by hand. The
// same holds for a create that is a task (an ACME account registration) which failed or outlived
// its wait after writing the object. The name being known, the object is looked up by it before
// the call and again after such a failure: one that is there now and was not before is recorded
// and the create fails, so terraform keeps it tainted and the next apply replaces it. An object
// that was there before is never adopted (its create would have been refused; it is somebody
// else's). An error answer (4xx/5xx) means the server refused the call: nothing to look for.
import { ProxmoxApiError } from '../../../clients/proxmox/errors.js';

const KEPT_TAINTED = 'it is kept in state, tainted, and the next apply replaces it';

export interface CreateByName<T> {
  /** The object, for messages: its name, quoted (the diagnostic's summary names the resource type). */
  readonly what: string;
  /** Whether the server holds the object (looked up by its name). */
  readonly exists: () => Promise<boolean>;
  readonly create: () => Promise<T>;
  /** Records the object in state (savePartialState): it exists, made by this create. */
  readonly record: () => void;
  /**
   * For a create the server does not refuse when the object exists (a grant written again): the
   * error to fail with instead of taking over what is already there.
   */
  readonly alreadyThere?: () => Error;
  /** What follows for the object recorded after a lost answer (default: a create's, tainted and replaced by the next apply). */
  readonly kept?: string;
}

/** The create's result; after a lost answer or a failed task, the error, with the object recorded when the create made it. */
export async function createByName<T>({ what, exists, create, record, alreadyThere, kept = KEPT_TAINTED }: CreateByName<T>): Promise<T> {
  const before = await exists();
  if (before && alreadyThere) throw alreadyThere();
  try {
    return await create();
  } catch (err) {
    if (err instanceof ProxmoxApiError || before) throw err;
    const after = await exists().catch(() => false);
    if (!after) throw err;
    record();
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`${reason}\n${what} was not on the server before this create and is now: ${kept}.`, {
      cause: err,
    });
  }
}
