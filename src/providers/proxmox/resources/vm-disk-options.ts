// The disk and NIC options of `proxmox_vm` beyond the basic ones: AIO, backup and replication
// flags, serial, throughput/IOPS limits and `import_from` for disks; MTU, rate, queues, trunks
// and link state for NICs. Names and value types follow the PVE 9.1.3 API schema of the
// `scsiN`/`virtioN`/`sataN`/`ideN` and `netN` options (qemu-server PVE/QemuServer/Drive.pm,
// PVE/QemuServer/Network.pm).
import { attr } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { buildPropertyString } from '../../../clients/proxmox/property-string.js';
import { field, fieldMapper, type AttributesModel } from './vm-property-fields.js';

const limit = (what: string, unit: string) => attr.number({ optional: true, description: `${what} limit in ${unit}.`, validators: [validators.atLeast(1)] });

export const diskExtraAttributes = {
  aio: attr.string({
    optional: true,
    description: 'AIO backend: "io_uring", "native" or "threads".',
    validators: [validators.oneOf('io_uring', 'native', 'threads')],
  }),
  backup: attr.bool({ optional: true, description: 'Include the disk in backups (Proxmox default: yes).' }),
  replicate: attr.bool({ optional: true, description: 'Include the disk in replication jobs (Proxmox default: yes).' }),
  serial: attr.string({
    optional: true,
    description: 'Serial number the guest sees (up to 20 characters).',
    validators: [validators.textMatching(/^[A-Za-z0-9_-]{1,20}$/, 'up to 20 letters, digits, _ or -')],
  }),
  mbps_rd: limit('Read throughput', 'MB/s'),
  mbps_wr: limit('Write throughput', 'MB/s'),
  iops_rd: attr.number({ optional: true, description: 'Read IOPS limit.', validators: [validators.atLeast(1), validators.integer()] }),
  iops_wr: attr.number({ optional: true, description: 'Write IOPS limit.', validators: [validators.atLeast(1), validators.integer()] }),
  import_from: attr.string({
    optional: true,
    description:
      'Create the disk as a copy of this volume: a downloaded cloud image ("local:import/debian-12.qcow2", see proxmox_download_file) or another disk ("local-lvm:vm-100-disk-0"). Used only when the disk is created (Proxmox does not record it); `size`, when larger than the image, grows the disk after the import.',
  }),
};

/** import_from is used once, when the disk is created; it is not a field of the drive string. */
export type DiskExtraModel = Omit<AttributesModel<typeof diskExtraAttributes>, 'import_from'>;

export const diskExtraFields = fieldMapper<DiskExtraModel>([
  field('aio', 'aio'),
  field('backup', 'backup', 'flag'),
  field('replicate', 'replicate', 'flag'),
  field('serial', 'serial'),
  field('mbps_rd', 'mbps_rd', 'number'),
  field('mbps_wr', 'mbps_wr', 'number'),
  field('iops_rd', 'iops_rd', 'number'),
  field('iops_wr', 'iops_wr', 'number'),
]);

export const networkExtraAttributes = {
  mtu: attr.number({
    optional: true,
    description: 'MTU (virtio only); 1 means the bridge MTU.',
    validators: [validators.between(1, 65_520), validators.integer()],
  }),
  rate: attr.number({ optional: true, description: 'Rate limit in MB/s.', validators: [validators.atLeast(0)] }),
  queues: attr.number({
    optional: true,
    description: 'Multiqueue packet queues (virtio only, 0 to 64).',
    validators: [validators.between(0, 64), validators.integer()],
  }),
  trunks: attr.list(ty.number, {
    optional: true,
    description: 'VLAN ids passed through the device as trunks.',
    validators: [validators.each(validators.between(1, 4094))],
  }),
  link_down: attr.bool({ optional: true, description: 'Disconnect the device (as if the cable were pulled).' }),
};

export type NetworkExtraModel = AttributesModel<typeof networkExtraAttributes>;

export const networkExtraFields = fieldMapper<NetworkExtraModel>([
  field('mtu', 'mtu', 'number'),
  field('rate', 'rate', 'number'),
  field('queues', 'queues', 'number'),
  field('trunks', 'trunks', 'list'),
  field('link_down', 'link_down', 'flag'),
]);

/** Trunks parse as text; the model holds VLAN numbers. */
export function networkExtraFromOptions(options: Readonly<Record<string, string>>): NetworkExtraModel {
  const parsed = networkExtraFields.parse(buildPropertyString(options));
  const trunks = parsed.trunks as readonly (string | number)[] | null;
  return { ...parsed, trunks: trunks === null ? null : trunks.map(Number) };
}

export function diskExtraFromOptions(options: Readonly<Record<string, string>>): DiskExtraModel {
  return diskExtraFields.parse(buildPropertyString(options));
}
