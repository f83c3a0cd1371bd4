// data "proxmox_storage_content": the volumes on a storage as a node sees them; how a
// configuration finds an existing volume to attach, such as an iSCSI target's LUN.
import { attr, schema } from '../../../framework/attributes.js';
import type { StorageVolume } from '../../../clients/proxmox/index.js';
import { proxmoxDataSource } from '../provider-data.js';

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

export const storageContentDataSource = proxmoxDataSource({
  name: 'proxmox_storage_content',
  schema: schema({
    description:
      'The volumes on a storage, optionally only those of one content type. With content "iso", "vztmpl", "import" or "snippets" it lists the files on the storage (proxmox_files lists them across a node\'s storages). On an iSCSI storage these are the target\'s LUNs ("STORAGE:0.0.LUN.scsi-..."), which a proxmox_vm disk attaches with `volume`.',
    attributes: {
      node: attr.string({ required: true, description: 'Node name.' }),
      storage: attr.string({ required: true, description: 'Storage id.' }),
      content: attr.string({ optional: true, description: 'Only volumes of this content type, such as "images" or "iso".' }),
      volumes: attr.nested(
        'list',
        {
          volid: attr.string({ computed: true, description: 'Volume id, such as "local-lvm:vm-100-disk-0" or "san:0.0.0.scsi-36589cfc000000...".' }),
          size: attr.number({ computed: true, description: 'Size in bytes.' }),
          format: attr.string({ computed: true, description: 'Format, such as "raw", "qcow2" or "iso".' }),
          content: attr.string({ computed: true, description: 'Content type, such as "images".' }),
          vmid: attr.number({ computed: true, description: 'The guest owning the volume; null when none does (ISOs, templates, iSCSI LUNs).' }),
        },
        { computed: true, description: 'The volumes, ordered by volume id.' },
      ),
    },
  }),
  async read(ctx, config) {
    const filter = config.content === null ? {} : { content: config.content };
    const volumes = await ctx.provider.client.storage.content(config.node, config.storage, filter);
    const ordered = [...volumes].sort((a, b) => a.volid.localeCompare(b.volid, 'en', { numeric: true }));
    return { node: config.node, storage: config.storage, content: config.content, volumes: ordered.map(volumeModel) };
  },
});
