// `proxmox_vm`'s boot order against what qemu-server's config update does to it
// (src/PVE/API2/Qemu.pm `$update_vm_api` @e6352be6): a device deleted leaves the order, a CD-ROM
// drive set joins its end unless already in it, and an order naming a device the VM does not
// have is refused ("invalid bootorder"). So an unset `boot_order` can change on an update, and a
// configured one must name the VM's devices and be sent again after a CD-ROM change.
import { attributePath } from '../../../framework/diagnostics.js';
import type { ObjectView } from '../../../framework/object-view.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import { getAttr, isObjectValue } from '../../../framework/values-util.js';
import { isWhollyKnown } from '../../../values/compare.js';
import { UNKNOWN, type Value } from '../../../values/types.js';
import type { ConfigDiff } from '../shared/config-diff.js';
import type { ProxmoxProviderData } from '../index.js';
import { DEFAULT_CDROM_SLOT, DEFAULT_CLOUD_INIT_SLOT } from './vm-config.js';

/** The config keys of the devices a model or configuration defines that a boot order may name; undefined while any is unknown. */
export function bootableDevices(view: ObjectView): Set<string> | undefined {
  const names = ['disk', 'cdrom', 'cdrom_interface', 'cloud_init', 'network', 'usb', 'hostpci'] as const;
  if (!names.every((name) => isWhollyKnown(view.get(name)))) return undefined;
  const devices = new Set<string>();
  const list = (name: string): readonly Value[] => {
    const value = view.get(name);
    return Array.isArray(value) ? value : [];
  };
  for (const disk of list('disk')) devices.add(String(getAttr(disk, 'interface')));
  if (view.get('cdrom') !== null) devices.add(view.string('cdrom_interface') ?? DEFAULT_CDROM_SLOT);
  const cloudInit = view.get('cloud_init');
  if (isObjectValue(cloudInit)) devices.add(String(getAttr(cloudInit, 'interface') ?? DEFAULT_CLOUD_INIT_SLOT));
  for (const prefix of ['network', 'usb', 'hostpci'] as const) list(prefix).forEach((_, i) => devices.add(`${prefix === 'network' ? 'net' : prefix}${i}`));
  return devices;
}

/** A config value of a CD-ROM drive that is not the cloud-init drive (`drive_is_cdrom($drive, 1)`). */
export function isCdromValue(value: string | number | boolean): boolean {
  return typeof value === 'string' && /(^|,)media=cdrom(,|$)/.test(value) && !/[:/](vm-\d+-)?cloudinit(\.\w+)?(,|$)/.test(value);
}

/**
 * A configured boot order names only devices the configuration defines (a created VM's; a clone
 * inherits devices the configuration does not name, so it is not checked): Proxmox refuses
 * the others, and deleting a device drops it from the order, which would never match.
 */
export function validateBootOrder(ctx: ValidateContext): void {
  const order = ctx.config.get('boot_order');
  if (ctx.config.get('clone') !== null || !Array.isArray(order)) return;
  const devices = bootableDevices(ctx.config);
  if (devices === undefined) return;
  order.forEach((device, index) => {
    if (typeof device === 'string' && !devices.has(device))
      ctx.error(
        attributePath('boot_order', index),
        'No such boot device',
        `The configuration defines no device "${device}" (a disk interface, the cdrom_interface or cloud_init.interface slot, netN, usbN or hostpciN); Proxmox refuses a boot order naming a device the VM does not have ("invalid bootorder").`,
      );
  });
}

/**
 * An unset boot order keeps the prior one unless the update drops a device in it (non-clones
 * delete what the configuration leaves out) or sets a CD-ROM not in it; then Proxmox rewrites
 * it, and the plan shows it as known after apply.
 */
export function planBootOrder(ctx: PlanContext<ProxmoxProviderData>): void {
  const prior = ctx.prior.get('boot_order');
  if (ctx.creating || ctx.config.get('boot_order') !== null || !Array.isArray(prior) || prior.length === 0) return;
  const before = bootableDevices(ctx.prior);
  const after = bootableDevices(ctx.planned);
  const cdromSlot = ctx.planned.string('cdrom_interface') ?? DEFAULT_CDROM_SLOT;
  const cdromChanges =
    ctx.planned.get('cdrom') !== null &&
    (ctx.planned.get('cdrom') !== ctx.prior.get('cdrom') || cdromSlot !== (ctx.prior.string('cdrom_interface') ?? DEFAULT_CDROM_SLOT));
  const cloned = ctx.planned.get('clone') !== null;
  const dropped =
    before !== undefined && after !== undefined && !cloned && prior.some((device) => typeof device === 'string' && before.has(device) && !after.has(device));
  const joined = cdromChanges && !prior.includes(cdromSlot);
  if (before === undefined || after === undefined || dropped || joined) ctx.setPlanned('boot_order', UNKNOWN);
}

/**
 * The config changes of a diff as requests, in order. A boot order sent with a CD-ROM drive goes
 * in a request of its own after it: the server takes the parameters in hash order, so the
 * drive's append may come after the order sent and replace it.
 */
export function bootOrderLast(set: ConfigDiff['set']): Array<ConfigDiff['set']> {
  if (set.boot === undefined || !Object.values(set).some(isCdromValue)) return [set];
  const first = { ...set };
  delete first.boot;
  return [first, { boot: set.boot }];
}
