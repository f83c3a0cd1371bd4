// The boot order a QEMU config update leaves, as qemu-server's `update_vm` keeps it
// (src/PVE/API2/Qemu.pm `$update_vm_api` @e6352be6): devices deleted leave the order, CD-ROM
// drives added join its end, and an order naming a device the VM does not have is refused.
import { parsePropertyString } from '../../clients/proxmox/property-string.js';
import { die } from './pve-error.js';
import type { SimGuest } from './state.js';

const DRIVE_KEY = /^(ide|sata|scsi|virtio)\d+$/;

/** The devices of a `boot` value's `order` (none for a legacy `cdn` value or no value). */
export function bootDevices(boot: string | undefined): string[] {
  const order = boot === undefined ? undefined : parsePropertyString(boot).props.order;
  return (order ?? '').split(/[,;\s]+/).filter((device) => device !== '');
}

/** A CD-ROM drive value other than a cloud-init drive (`drive_is_cdrom($drive, 1)`). */
function isCdromDrive(key: string, value: string): boolean {
  if (!DRIVE_KEY.test(key)) return false;
  const { bare, props } = parsePropertyString(value);
  const volume = props.file ?? bare ?? '';
  return props.media === 'cdrom' && !/[:/](vm-\d+-)?cloudinit(\.\w+)?$/.test(volume);
}

/**
 * The `boot` value the update writes, or undefined when it writes none. The order starts as the
 * config's (not the pending one); each deleted device set now or pending leaves it; a `boot`
 * sent must name only devices the config, the pending changes or the request has and the request
 * does not delete ("invalid bootorder"); a CD-ROM drive set while the order is not empty joins
 * its end. The server takes the parameters in Perl's hash order, so a CD-ROM append written
 * after the `boot` sent replaces it; the simulator always lets the append win (a server outcome
 * a client must survive). An order emptied is printed as "", which the config parser skips: the
 * old value stays, so the simulator writes none.
 */
export function bootOrderAfterUpdate(guest: SimGuest, changes: Readonly<Record<string, string>>, deletions: readonly string[]): string | undefined {
  let order = bootDevices(guest.config.boot);
  let rewritten = false;
  for (const key of deletions) {
    if (guest.config[key] === undefined && guest.pending[key] === undefined) continue;
    if (!order.includes(key)) continue;
    order = order.filter((device) => device !== key);
    rewritten = true;
  }
  if (changes.boot !== undefined) {
    for (const device of bootDevices(changes.boot)) {
      const exists = guest.config[device] ?? guest.pending[device] ?? changes[device];
      if (exists === undefined || deletions.includes(device)) throw die(`invalid bootorder: device '${device}' does not exist'`);
    }
  }
  let appended = false;
  for (const [key, value] of Object.entries(changes)) {
    if (order.length === 0 || !isCdromDrive(key, value) || order.includes(key)) continue;
    order = [...order, key];
    appended = true;
  }
  if (appended || (rewritten && changes.boot === undefined)) return order.length === 0 ? undefined : `order=${order.join(';')}`;
  return changes.boot;
}
