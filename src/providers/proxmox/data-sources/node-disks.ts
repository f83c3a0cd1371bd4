// data "proxmox_node_disks": a node's physical disks (`/nodes/{node}/disks/list`, pve-storage
// PVE/API2/Disks.pm; Sys.Audit on / or the node), with what holds each.
import { attr } from '../../../framework/attributes.js';
import { rowListDataSource } from './row-list.js';
import { sameFieldsOrNull } from '../../common/same-fields.js';
import { UNKNOWN_NODE } from '../shared/lookup-errors.js';
import { byName } from '../../common/by-name.js';

/** pve-storage src/PVE/Diskmanage.pm `get_udev_info` writes "unknown" for a serial or WWN udev does not know. */
function known(value: string | undefined): string | null {
  return value === undefined || value === 'unknown' ? null : value;
}

export const nodeDisksDataSource = rowListDataSource({
  name: 'proxmox_node_disks',
  description: "A node's physical disks and what holds each (partitions, LVM, ZFS, a mount); `unused_only` keeps the free ones.",
  arguments: {
    node: attr.string({ required: true, description: 'Node name.' }),
    unused_only: attr.bool({ optional: true, description: 'Only disks nothing holds (the ones a new LVM, ZFS pool or directory may take).' }),
  },
  rows: {
    attribute: 'disks',
    description: 'The disks, sorted by device path.',
    row: {
      device: attr.string({ computed: true, description: 'Device path, such as "/dev/sdb".' }),
      size: attr.number({ computed: true, description: 'Size in bytes.' }),
      used: attr.string({
        computed: true,
        description: 'What holds the disk ("partitions", "LVM", "ZFS", "mounted", a file system type); null when unused.',
      }),
      type: attr.string({ computed: true, description: 'hdd, ssd, nvme, usb or unknown.' }),
      model: attr.string({ computed: true, description: 'Model.' }),
      serial: attr.string({ computed: true, description: 'Serial number; null when udev knows none.' }),
      wwn: attr.string({ computed: true, description: 'World wide name; null when udev knows none (virtual disks).' }),
      gpt: attr.bool({ computed: true, description: 'Whether it has a GPT partition table.' }),
    },
  },
  lookupRules: [UNKNOWN_NODE],
  list: async (client, config) =>
    (await client.status.disks(config.node, config.unused_only === true))
      .map((d) => ({
        device: d.devpath,
        ...sameFieldsOrNull(d, ['size', 'used', 'type', 'model', 'gpt']),
        serial: known(d.serial),
        wwn: known(d.wwn),
      }))
      .sort(byName((d) => d.device)),
});
