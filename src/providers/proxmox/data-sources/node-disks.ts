// data "proxmox_node_disks": a node's physical disks (`/nodes/{node}/disks/list`, pve-storage
// PVE/API2/Disks.pm; Sys.Audit on / or the node), with what holds each.
import { attr, schema } from '../../../framework/attributes.js';
import { proxmoxDataSource } from '../provider-data.js';
import { sameFieldsOrNull } from '../../common/same-fields.js';

export const nodeDisksDataSource = proxmoxDataSource({
  name: 'proxmox_node_disks',
  schema: schema({
    description: "A node's physical disks and what holds each (partitions, LVM, ZFS, a mount); `unused_only` keeps the free ones.",
    attributes: {
      node: attr.string({ required: true, description: 'Node name.' }),
      unused_only: attr.bool({ optional: true, description: 'Only disks nothing holds (the ones a new LVM, ZFS pool or directory may take).' }),
      disks: attr.nested(
        'list',
        {
          device: attr.string({ computed: true, description: 'Device path, such as "/dev/sdb".' }),
          size: attr.number({ computed: true, description: 'Size in bytes.' }),
          used: attr.string({
            computed: true,
            description: 'What holds the disk ("partitions", "LVM", "ZFS", "mounted", a file system type); null when unused.',
          }),
          type: attr.string({ computed: true, description: 'hdd, ssd, nvme, usb or unknown.' }),
          model: attr.string({ computed: true, description: 'Model.' }),
          serial: attr.string({ computed: true, description: 'Serial number.' }),
          wwn: attr.string({ computed: true, description: 'World wide name.' }),
          gpt: attr.bool({ computed: true, description: 'Whether it has a GPT partition table.' }),
        },
        { computed: true, description: 'The disks, sorted by device path.' },
      ),
    },
  }),
  async read(ctx, config) {
    const disks = await ctx.provider.client.status.disks(config.node, config.unused_only === true);
    return {
      node: config.node,
      unused_only: config.unused_only,
      disks: disks
        .map((d) => ({ device: d.devpath, ...sameFieldsOrNull(d, ['size', 'used', 'type', 'model', 'serial', 'wwn', 'gpt']) }))
        .sort((a, b) => a.device.localeCompare(b.device)),
    };
  },
});
