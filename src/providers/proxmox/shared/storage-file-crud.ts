// Reading and removing one file (ISO, template, disk image, snippet) on a storage, for the
// file resources: a storage that is gone holds no file, a file already gone counts as removed.
import type { ProxmoxClient, StorageVolume, TaskOptions } from '../../../clients/proxmox/index.js';
import { deleteIgnoringMissing, orNull } from './not-found.js';

/** The file's entry in the storage's content list, undefined when it is not there. */
export async function findFile(client: ProxmoxClient, node: string, storage: string, content: string, volumeId: string): Promise<StorageVolume | undefined> {
  const volumes = await orNull(() => client.storage.content(node, storage, { content }));
  return volumes?.find((volume) => volume.volid === volumeId);
}

/**
 * Content types a storage's listing shows only to a caller holding Datastore.Allocate on it:
 * the listing keeps what `check_volume_access` allows (pve-manager PVE/API2/Storage/Content.pm
 * `index`; pve-storage src/PVE/Storage.pm), which lets the Datastore.Audit or AllocateSpace the
 * listing itself needs see ISOs, templates and import images, but nothing less than
 * Datastore.Allocate see snippets.
 */
const LISTED_ONLY_WITH_ALLOCATE: ReadonlySet<string> = new Set(['snippets']);

/**
 * Why a file of `content` on `storage` cannot be in the caller's listing, undefined when a
 * missing entry means the file is gone. Any user or token may read its own privileges
 * (`GET /access/permissions`, pve-access-control src/PVE/API2/AccessControl.pm).
 */
export async function unlistedFileReason(client: ProxmoxClient, storage: string, content: string): Promise<string | undefined> {
  if (!LISTED_ONLY_WITH_ALLOCATE.has(content)) return undefined;
  const path = `/storage/${storage}`;
  if ((await client.access.ownPrivileges(path)).has('Datastore.Allocate')) return undefined;
  return `Proxmox lists ${content} of storage ${storage} only to a caller with Datastore.Allocate on ${path}, which the provider's credentials lack, so whether the file is there cannot be checked. Grant Datastore.Allocate on ${path} (such as the PVEDatastoreAdmin role) to have it checked.`;
}

/**
 * What the storage's listing says of a file: its entry, or (`unlisted`, why) that the listing
 * cannot show it to this caller, so it may well be there.
 */
export type FileLookup = { readonly volume: StorageVolume } | { readonly unlisted: string };

/** What the listing says of the file; undefined when it is gone (or its storage is). */
export async function lookUpFile(client: ProxmoxClient, node: string, storage: string, content: string, volumeId: string): Promise<FileLookup | undefined> {
  const volumes = await orNull(() => client.storage.content(node, storage, { content }));
  if (volumes === null) return undefined;
  const found = volumes.find((volume) => volume.volid === volumeId);
  if (found !== undefined) return { volume: found };
  const unlisted = await unlistedFileReason(client, storage, content);
  return unlisted === undefined ? undefined : { unlisted };
}

/** Deletes the file (the server's `imgdel` task is awaited). */
export async function removeFile(client: ProxmoxClient, node: string, volumeId: string, task: TaskOptions): Promise<void> {
  const storage = volumeId.slice(0, volumeId.indexOf(':'));
  await deleteIgnoringMissing(() => client.storage.deleteVolume(node, storage, volumeId, task));
}
