// data "proxmox_storage_content": the volumes on a storage as a node sees them; how a
// configuration finds an existing volume to attach, such as an iSCSI target's LUN.
// `GET /nodes/{node}/storage/{storage}/content` (pve-storage src/PVE/API2/Storage/Content.pm
// `index`) needs Datastore.Audit or Datastore.AllocateSpace on the storage, fails for a storage
// that is disabled or not on the node, and lists only the volumes `check_volume_access`
// (src/PVE/Storage.pm) lets the caller at.
import { attr } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { StorageVolume } from '../../../clients/proxmox/index.js';
import { rowListDataSource } from './row-list.js';
import { UNKNOWN_NODE, type LookupRule } from '../shared/lookup-errors.js';
import { VOLUME_CONTENT_TYPES } from '../shared/storage-files.js';
import { byName } from '../../common/by-name.js';

/** pve-storage Storage.pm `storage_config` and `storage_check_enabled` (via `activate_storage`). */
export const UNUSABLE_STORAGE: LookupRule = {
  attribute: 'storage',
  summary: 'Storage not usable on this node',
  message: /^storage '[^']+' (does not exist|is disabled|is not available on node '[^']+')/,
  advice: 'Use a storage that is enabled on the node (the data source proxmox_storages lists them with `enabled`).',
};

function volumeModel(volume: StorageVolume) {
  return {
    volid: volume.volid,
    size: volume.size,
    format: volume.format,
    content: volume.content ?? null,
    // Proxmox reports 0 for volumes no guest owns (iSCSI LUNs).
    vmid: volume.vmid === undefined || volume.vmid === 0 ? null : volume.vmid,
  };
}

export const storageContentDataSource = rowListDataSource({
  name: 'proxmox_storage_content',
  description:
    'The volumes on a storage that the caller may use, optionally only those of one content type. With content "iso", "vztmpl", "import" or "snippets" it lists the files on the storage (proxmox_files lists them across a node\'s storages). On an iSCSI storage these are the target\'s LUNs ("STORAGE:0.0.LUN.scsi-..."), which a proxmox_vm disk attaches with `volume`.\n\n' +
    "The caller needs Datastore.Audit or Datastore.AllocateSpace on the storage, and the server leaves out the volumes it may not use: without Datastore.Allocate on the storage, a guest's disks need Datastore.Audit and VM.Config.Disk on the guest, backups Datastore.AllocateSpace and VM.Backup on the guest, and snippets and iSCSI LUNs are not listed at all.",
  arguments: {
    node: attr.string({ required: true, description: 'Node name.' }),
    storage: attr.string({ required: true, description: 'Storage id; the storage must be enabled on the node.' }),
    content: attr.string({
      optional: true,
      description: `Only volumes of this content type: ${VOLUME_CONTENT_TYPES.map((c) => `"${c}"`).join(', ')}.`,
      validators: [validators.oneOf(...VOLUME_CONTENT_TYPES)],
    }),
  },
  rows: {
    attribute: 'volumes',
    description: 'The volumes, ordered by volume id.',
    row: {
      volid: attr.string({ computed: true, description: 'Volume id, such as "local-lvm:vm-100-disk-0" or "san:0.0.0.scsi-36589cfc000000...".' }),
      size: attr.number({ computed: true, description: 'Size in bytes.' }),
      format: attr.string({ computed: true, description: 'Format, such as "raw", "qcow2" or "iso".' }),
      content: attr.string({ computed: true, description: 'Content type, such as "images".' }),
      vmid: attr.number({ computed: true, description: 'The guest owning the volume; null when none does (ISOs, templates, iSCSI LUNs).' }),
    },
  },
  lookupRules: [UNKNOWN_NODE, UNUSABLE_STORAGE],
  async list(client, config) {
    const volumes = await client.storage.content(config.node, config.storage, config.content === null ? {} : { content: config.content });
    return [...volumes].sort(byName((v) => v.volid, { numeric: true })).map(volumeModel);
  },
});
