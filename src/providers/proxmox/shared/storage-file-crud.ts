// Reading and removing one file (ISO, template, disk image, snippet) on a storage, for the
// file resources: a storage that is gone holds no file, a file already gone counts as removed.
import type { ProxmoxClient, StorageVolume, TaskOptions } from '../../../clients/proxmox/index.js';
import { deleteIgnoringMissing, orNull } from './not-found.js';

/** The file's entry in the storage's content list, undefined when it is not there. */
export async function findFile(client: ProxmoxClient, node: string, storage: string, content: string, volumeId: string): Promise<StorageVolume | undefined> {
  const volumes = await orNull(() => client.storage.content(node, storage, { content }));
  return volumes?.find((volume) => volume.volid === volumeId);
}

/** Deletes the file (the server's `imgdel` task is awaited). */
export async function removeFile(client: ProxmoxClient, node: string, volumeId: string, task: TaskOptions): Promise<void> {
  const storage = volumeId.slice(0, volumeId.indexOf(':'));
  await deleteIgnoringMissing(() => client.storage.deleteVolume(node, storage, volumeId, task));
}
