// Read returns null and delete succeeds when Proxmox says the object is gone.
import { whenFound } from '../../../clients/proxmox/errors.js';

/** The result of `read`, or null when the object does not exist. */
export function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  return whenFound(read, null);
}

/** Runs a delete; an object already gone counts as deleted. */
export async function deleteIgnoringMissing(remove: () => Promise<unknown>): Promise<void> {
  await orNull(remove);
}

/**
 * What a read right after a write found. Not finding the object then is an error, not a sign
 * that it is gone: it was just written (`lister`: who should list it, "the server" by default).
 */
export async function readAfterWrite<T>(what: string, read: Promise<T | null | undefined>, lister = 'the server'): Promise<T> {
  const found = await read;
  if (found === null || found === undefined) throw new Error(`${what} was written but ${lister} does not list it`);
  return found;
}
