// The value-dependent privilege checks of QEMU passthrough and host devices, which
// `$check_vm_modify_config_perm` leaves to these (qemu-server src/PVE/API2/Qemu.pm):
// - `serialN`: "socket" needs VM.Config.HWType, a host device is root@pam only
//   (`$check_vm_create_serial_perm`, and `update_vm` for the old and new value);
// - `usbN`: VM.Config.HWType, then "spice" passes, a mapping needs Mapping.Use on
//   /mapping/usb/NAME, a host device is root@pam only (`check_usb_perm`);
// - `hostpciN`: a raw host address is root@pam only, a mapping needs Mapping.Use on
//   /mapping/pci/NAME and VM.Config.HWType; `romfile` is root@pam only (`check_hostpci_perm`);
// - `rng0`: VM.Config.HWType, and /dev/hwrng Mapping.Use on /mapping/hwrng (`check_rng_perm`).
// Only a root@pam ticket skips them (`$authuser eq 'root@pam'`); a root@pam token does not.
import { parsePropertyString } from '../../clients/proxmox/property-string.js';
import type { GuestPermContext } from './guest-privileges.js';
import { isRootPam, requirePrivileges, requireVmPrivileges } from './permissions.js';
import { die, paramError } from './pve-error.js';

function hwType(ctx: GuestPermContext): void {
  requireVmPrivileges(ctx.state, ctx.who, ctx.vmid, ctx.pool, ['VM.Config.HWType']);
}

function checkUsb(ctx: GuestPermContext, key: string, value: string): void {
  hwType(ctx);
  const { bare, props } = parsePropertyString(value);
  const host = props.host ?? bare;
  if (host !== undefined) {
    if (!/^spice$/i.test(host)) throw die(`only root can set '${key}' config for real devices`);
  } else if (props.mapping !== undefined) {
    requirePrivileges(ctx.state, ctx.who, `/mapping/usb/${props.mapping}`, ['Mapping.Use']);
  } else {
    throw die("either 'host' or 'mapping' must be set.");
  }
}

function checkHostPci(ctx: GuestPermContext, key: string, value: string): void {
  const { bare, props } = parsePropertyString(value);
  if ((props.host ?? bare) !== undefined) throw die(`only root can set '${key}' config for non-mapped devices`);
  if (props.mapping === undefined) throw die("either 'host' or 'mapping' must be set.");
  requirePrivileges(ctx.state, ctx.who, `/mapping/pci/${props.mapping}`, ['Mapping.Use']);
  hwType(ctx);
  if (props.romfile !== undefined) throw paramError({ [key]: "only root@pam can set 'romfile' option" });
}

function checkRng(ctx: GuestPermContext, value: string): void {
  hwType(ctx);
  const { bare, props } = parsePropertyString(value);
  if ((props.source ?? bare) === '/dev/hwrng') requirePrivileges(ctx.state, ctx.who, '/mapping/hwrng', ['Mapping.Use']);
}

/**
 * One device option set (`value`) or deleted (`value` undefined, `old` the value it had); an
 * update checks the old value too, as `update_vm` does.
 */
export function checkQemuDevice(ctx: GuestPermContext, key: string, value: string | undefined, old: string | undefined): void {
  if (isRootPam(ctx.who)) return;
  if (/^serial\d+$/.test(key)) {
    const socketOnly = (old === undefined || old === 'socket') && (value === undefined || value === 'socket');
    if (!socketOnly) throw die(`only root can ${value === undefined ? 'delete' : old === undefined ? 'set' : 'modify'} '${key}' config for real devices`);
    hwType(ctx);
    return;
  }
  const check = /^usb\d+$/.test(key)
    ? checkUsb
    : /^hostpci\d+$/.test(key)
      ? checkHostPci
      : key === 'rng0'
        ? (c: GuestPermContext, _k: string, v: string) => checkRng(c, v)
        : undefined;
  if (check === undefined) return;
  if (old !== undefined) check(ctx, key, old);
  if (value !== undefined) check(ctx, key, value);
}

/** Every device option of a create or update request (`current` the config before it). */
export function checkQemuDevices(
  ctx: GuestPermContext,
  settings: Readonly<Record<string, string>>,
  deletions: readonly string[],
  current: Readonly<Record<string, string>> = {},
): void {
  for (const key of deletions) checkQemuDevice(ctx, key, undefined, current[key]);
  for (const [key, value] of Object.entries(settings)) checkQemuDevice(ctx, key, value, current[key]);
}
