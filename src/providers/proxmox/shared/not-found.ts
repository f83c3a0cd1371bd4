// Read returns null and delete succeeds when Proxmox says the object is gone.
import { isNotFound } from '../../../clients/proxmox/errors.js';

/** The result of `read`, or null when the object does not exist. */
export async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Runs a delete; an object already gone counts as deleted. */
export async function deleteIgnoringMissing(remove: () => Promise<unknown>): Promise<void> {
  await orNull(remove);
}
