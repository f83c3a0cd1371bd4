// Which drive slot holds what in `proxmox_vm`: data disks, the CD-ROM (`cdrom_interface`, ide2
// unless set) and the cloud-init drive (`cloud_init.interface`, ide0 unless set); and the options
// each bus takes. Checked at plan time as Proxmox would refuse them at apply (PVE 9.1.3 apidata,
// qemu-server PVE/QemuServer/Drive.pm).
import { attributePath, type AttributePath } from '../../../framework/diagnostics.js';
import type { ValidateContext } from '../../../framework/resource.js';
import { getAttr, isObjectValue } from '../../../framework/values-util.js';
import type { Value } from '../../../values/types.js';
import { gatewayProblem, type CloudInitIpModel } from './vm-cloud-init-ip.js';
import { DEFAULT_CDROM_SLOT, DEFAULT_CLOUD_INIT_SLOT } from './vm-config.js';

/** The CD-ROM and cloud-init slots the configuration uses (unknown ones left out). */
function mediaSlotUse(ctx: ValidateContext): Array<{ slot: string; holds: string; at: AttributePath }> {
  const cdrom = ctx.config.get('cdrom_interface');
  const cloudInit = ctx.config.get('cloud_init');
  const cloudInitSlot = isObjectValue(cloudInit) ? getAttr(cloudInit, 'interface') : null;
  const out: Array<{ slot: string; holds: string; at: AttributePath }> = [];
  if (cdrom === null || typeof cdrom === 'string')
    out.push({ slot: cdrom ?? DEFAULT_CDROM_SLOT, holds: 'the CD-ROM drive (cdrom_interface)', at: attributePath('cdrom_interface') });
  if (cloudInitSlot === null || typeof cloudInitSlot === 'string')
    out.push({
      slot: cloudInitSlot ?? DEFAULT_CLOUD_INIT_SLOT,
      holds: 'the cloud-init drive (cloud_init.interface)',
      at: attributePath('cloud_init', 'interface'),
    });
  return out;
}

/** The CD-ROM and cloud-init drive need slots of their own, apart from each other and every data disk. */
export function validateDriveSlots(ctx: ValidateContext): void {
  const media = mediaSlotUse(ctx);
  const [cdrom, cloudInit] = media;
  if (cdrom !== undefined && cloudInit !== undefined && cdrom.slot === cloudInit.slot)
    ctx.error(cdrom.at, 'Drive slot used twice', `${cdrom.slot} cannot hold both the CD-ROM and the cloud-init drive; give one of them another slot.`);
  const disks = ctx.config.get('disk');
  if (!Array.isArray(disks)) return;
  disks.forEach((disk, index) => {
    const slot = getAttr(disk, 'interface');
    const taken = media.find((m) => m.slot === slot);
    if (taken !== undefined)
      ctx.error(
        attributePath('disk', index, 'interface'),
        'Reserved disk slot',
        `${String(slot)} holds ${taken.holds}; use another slot such as ide1, ide3, sataN, scsiN or virtioN for a data disk, or move that drive.`,
      );
  });
}

/**
 * Options each bus takes, as the API schema defines the drive keys: `virtioN` has no `ssd`,
 * `sataN` and `ideN` have no `iothread`; Proxmox would answer 400 at apply.
 */
export function checkBusOptions(ctx: ValidateContext, slot: Value, set: (name: string) => boolean, at: (name: string) => AttributePath): void {
  if (typeof slot !== 'string') return;
  const bus = slot.replace(/\d+$/, '');
  if (bus === 'virtio' && set('ssd'))
    ctx.error(
      at('ssd'),
      'Option not available on this bus',
      `VirtIO block disks (${slot}) have no ssd option; use a scsiN disk to present an SSD, or remove ssd.`,
    );
  if ((bus === 'sata' || bus === 'ide') && set('iothread'))
    ctx.error(
      at('iothread'),
      'Option not available on this bus',
      `${bus.toUpperCase()} disks (${slot}) have no iothread option; it exists on virtioN and scsiN disks only.`,
    );
}

/** Typed `ip` blocks and raw `ip_config` strings are two spellings of the same keys: one or the other. */
export function validateCloudInitIp(ctx: ValidateContext): void {
  const cloudInit = ctx.config.get('cloud_init');
  if (!isObjectValue(cloudInit)) return;
  const ips = getAttr(cloudInit, 'ip');
  if (!Array.isArray(ips) || ips.length === 0) return;
  if (getAttr(cloudInit, 'ip_config') !== null)
    ctx.error(
      attributePath('cloud_init', 'ip_config'),
      'Conflicting cloud-init settings',
      'Set either ip blocks or ip_config (both write ipconfigN), not both.',
    );
  ips.forEach((ip, index) => {
    const problem = gatewayProblem({
      ipv4_address: getAttr(ip, 'ipv4_address') as CloudInitIpModel['ipv4_address'],
      ipv4_gateway: getAttr(ip, 'ipv4_gateway') as CloudInitIpModel['ipv4_gateway'],
      ipv6_address: getAttr(ip, 'ipv6_address') as CloudInitIpModel['ipv6_address'],
      ipv6_gateway: getAttr(ip, 'ipv6_gateway') as CloudInitIpModel['ipv6_gateway'],
    });
    if (problem !== undefined) ctx.error(attributePath('cloud_init', 'ip', index, problem.attribute), 'Gateway not used', problem.detail);
  });
}
