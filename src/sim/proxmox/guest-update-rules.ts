// What a config update refuses before it writes, beyond the schema: options a container cannot
// lose or change (pve-container src/PVE/LXC/Config.pm `update_pct_config` @94f5585) and drives
// the protection flag guards (pve-guest-common src/PVE/AbstractConfig.pm `check_protection`;
// qemu-server src/PVE/API2/Qemu.pm `$update_vm_api` @e6352be6); and the machine version a
// Windows guest gets pinned to.
import { parsePropertyString } from '../../clients/proxmox/property-string.js';
import { die } from './pve-error.js';
import type { SimGuest } from './state.js';

const QEMU_DRIVE = /^(ide|sata|scsi|virtio)\d+$|^efidisk0$|^tpmstate0$/;

/** `check_protection`: the config's own flag (not a pending one) refuses the action. */
function checkProtection(config: Readonly<Record<string, string>>, what: string): void {
  if (config.protection === '1') throw die(`${what} - protection mode enabled`);
}

/**
 * A QEMU deletion the protection flag of `config` (as the request found it) refuses: a drive or
 * an unused volume. The server writes each deletion (as pending) as it goes, so the ones before
 * it in the request stay queued.
 */
export function refuseProtectedQemuDeletion(config: Readonly<Record<string, string>>, key: string, value: string): void {
  if (/^unused\d+$/.test(key)) checkProtection(config, `can't remove unused disk '${value}'`);
  else if (QEMU_DRIVE.test(key)) checkProtection(config, `can't remove drive '${key}'`);
}

/**
 * pve-container's refusals, checked on the whole request before anything is written (the
 * config is written only after every option passed): required and read-only options, and
 * mount points under protection; deletions in request order, then the set keys sorted.
 */
export function refuseLxcUpdate(guest: SimGuest, changes: Readonly<Record<string, string>>, deletions: readonly string[]): void {
  for (const key of deletions) {
    if (guest.config[key] === undefined && guest.pending[key] === undefined) continue;
    if (key === 'memory' || key === 'rootfs' || key === 'ostype') throw die(`unable to delete required option '${key}'`);
    if (/^(unused|mp)\d+$/.test(key)) checkProtection(guest.config, `can't remove CT ${guest.vmid} drive '${key}'`);
    if (key === 'unprivileged') throw die(`unable to delete read-only option: '${key}'`);
  }
  for (const key of Object.keys(changes).sort()) {
    if (/^mp\d+$/.test(key) || key === 'rootfs') checkProtection(guest.config, `can't update CT ${guest.vmid} drive '${key}'`);
    if (key === 'unprivileged') throw die(`unable to modify read-only option: '${key}'`);
  }
}

/** Windows OS types, whose machine version QEMU create pins (`windows_version`). */
const WINDOWS = /^(wxp|w2k|w2k3|w2k8|wvista|win7|win8|win10|win11)$/;
/** The machine version `check_and_pin_machine_string` pins on this PVE (QEMU 10.1). */
const PINNED_MACHINE_VERSION = '10.1+pve0';

/**
 * `check_and_pin_machine_string` (qemu-server src/PVE/QemuServer/Machine.pm:457-474 @e6352be6),
 * run at create and when an update sets `ostype`: a Windows guest's unversioned machine (none,
 * `pc`, `q35`) is pinned to this QEMU's version; undefined when nothing is pinned.
 */
export function pinnedMachine(machine: string | undefined, ostype: string | undefined): string | undefined {
  const parsed = machine === undefined ? undefined : parsePropertyString(machine);
  const type = parsed === undefined ? undefined : (parsed.props.type ?? parsed.bare);
  if (!WINDOWS.test(ostype ?? '') || (type !== undefined && !/^(pc|q35)$/.test(type))) return undefined;
  return `${type === 'q35' ? 'pc-q35' : 'pc-i440fx'}-${PINNED_MACHINE_VERSION}`;
}
