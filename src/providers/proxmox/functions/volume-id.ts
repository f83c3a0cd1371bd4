// provider::proxmox::parse_volume_id("local-lvm:vm-100-disk-0"): the parts of a volume id, which
// users otherwise take apart with split(). A volume id is `STORAGE:VOLNAME`
// (PVE/Storage.pm parse_volume_id); dir-like storages put the owner first
// (`local:100/vm-100-disk-0.qcow2`), block storages name it (`vm-100-disk-0`,
// PVE/Storage/Plugin.pm and LVMPlugin.pm parse_volname), content such as ISO images lives under
// its directory (`local:iso/debian.iso`).
import { FunctionArgumentError, type FunctionDefinition } from '../../../framework/function.js';
import { ty } from '../../../framework/type-spec.js';

/** pve-storage-id (PVE/JSONSchema.pm): a letter, then letters, digits, `-`, `_`, `.`, ending in a letter or digit. */
const VOLUME_ID = /^([a-z][a-z0-9_.-]*[a-z0-9]|[a-z]):(.+)$/i;
/** Image names that carry their owner: vm-100-disk-0, base-100-disk-0, subvol-100-disk-0, basevol-…. */
const OWNED_NAME = /^(?:vm|base|subvol|basevol)-(\d+)-/;
const CONTENT_DIRS = new Set(['iso', 'vztmpl', 'backup', 'snippets', 'import']);

export interface VolumeId {
  readonly storage: string;
  /** Everything after the colon. */
  readonly volume: string;
  /** The last path part of the volume: the image or file name. */
  readonly name: string;
  /** The guest that owns the volume, when the id says so. */
  readonly vmid: number | null;
  /** `iso`, `vztmpl`, `backup`, `snippets` or `import` for files under those directories. */
  readonly content_dir: string | null;
}

export function parseVolumeId(text: string): VolumeId {
  const match = VOLUME_ID.exec(text);
  if (!match) throw new FunctionArgumentError(0, `must be a volume id such as "local-lvm:vm-100-disk-0" or "local:100/vm-100-disk-0.qcow2", got "${text}"`);
  const storage = match[1]!;
  const volume = match[2]!;
  const parts = volume.split('/');
  const name = parts.at(-1)!;
  const owner = parts.length > 1 && /^\d+$/.test(parts[0]!) ? parts[0]! : OWNED_NAME.exec(name)?.[1];
  const dir = parts.length > 1 && CONTENT_DIRS.has(parts[0]!) ? parts[0]! : null;
  return { storage, volume, name, vmid: owner === undefined ? null : Number(owner), content_dir: dir };
}

export const parseVolumeIdFunction: FunctionDefinition = {
  name: 'parse_volume_id',
  summary: 'Splits a Proxmox VE volume id into storage, volume, name and owning guest.',
  description:
    'Takes a volume id as Proxmox VE writes it ("local-lvm:vm-100-disk-0", "local:100/vm-100-disk-0.qcow2", "local:iso/debian.iso") and returns an object: `storage` (before the colon), `volume` (after it), `name` (the last path part), `vmid` (the guest that owns the volume, from "100/" or a "vm-100-" name; null when the id does not say) and `content_dir` ("iso", "vztmpl", "backup", "snippets" or "import" for files under those directories; else null).',
  parameters: [{ name: 'volume_id', type: ty.string, description: 'The volume id, such as "local-lvm:vm-100-disk-0".' }],
  returns: ty.object({ storage: ty.string, volume: ty.string, name: ty.string, vmid: ty.number, content_dir: ty.string }),
  example: 'provider::proxmox::parse_volume_id("local:100/vm-100-disk-0.qcow2").vmid # 100',
  run: ([volumeId]) => parseVolumeId(String(volumeId)),
};
