// Which config changes a running guest takes at once and which wait in `pending` for its next
// start: qemu-server src/PVE/QemuServer.pm (`$fast_plug_option`, `vmconfig_hotplug_pending`,
// `vmconfig_update_disk`, `vmconfig_update_net`, `parse_hotplug_features`) and pve-container
// src/PVE/LXC/Config.pm (`$LXC_FASTPLUG_OPTIONS`, `vmconfig_hotplug_pending`).
import { parsePropertyString } from '../../clients/proxmox/property-string.js';
import { diskVolume } from './guest-config.js';
import type { SimGuest } from './state.js';

/** Cloud-init options: written at once, reaching the guest only when its drive is regenerated at start. */
export const CLOUDINIT_KEYS = /^(cicustom|cipassword|citype|ciuser|ciupgrade|nameserver|searchdomain|sshkeys|ipconfig\d+)$/;

const QEMU_FAST_PLUG = /^(description|hookscript|lock|migrate_downtime|migrate_speed|name|onboot|protection|shares|startup|tags|vmstatestorage)$/;
const LXC_FAST_PLUG = /^(description|onboot|startup|protection|hostname|hookscript|cores|tags|lock)$/;

/** The `hotplug` option's default (`network,disk,usb`), `1` for that default and `0` for none. */
export function hotplugFeatures(value: string | undefined): Set<string> {
  const text = value === undefined || value === '1' ? 'network,disk,usb' : value === '0' ? '' : value;
  return new Set(text.split(/[,;\s]+/).filter((f) => f !== ''));
}

/** Disk options a running VM cannot change in place (`vmconfig_update_disk`'s "skip" list). */
const COLD_DISK_OPTIONS = [
  'aio',
  'discard',
  'iothread',
  'queues',
  'product',
  'cache',
  'ssd',
  'vendor',
  'ro',
  'serial',
  'wwn',
  'model',
  'detect_zeroes',
  'media',
];

function qemuDiskLive(guest: SimGuest, key: string, value: string, hotplug: Set<string>): boolean {
  if (key === 'efidisk0' || key === 'tpmstate0') return false;
  const next = parsePropertyString(value).props;
  if (next.media === 'cdrom') return true;
  const old = guest.config[key];
  const busHotplug = hotplug.has('disk') && !/^(ide|sata)\d+$/.test(key);
  if (old === undefined) return busHotplug;
  const before = parsePropertyString(old).props;
  if (/:cloudinit$/.test(value) || /-cloudinit/.test(diskVolume(old) ?? '')) return true;
  if (diskVolume(old) !== diskVolume(value)) return busHotplug;
  return !COLD_DISK_OPTIONS.some((option) => (before[option] ?? '') !== (next[option] ?? ''));
}

function qemuNetLive(guest: SimGuest, key: string, value: string, hotplug: Set<string>): boolean {
  if (hotplug.has('network')) return true;
  const old = guest.config[key];
  if (old === undefined) return false;
  // bridge, tag, firewall, rate and link_down change without a hotplug (`vmconfig_update_net`).
  const live = new Set(['bridge', 'tag', 'firewall', 'rate', 'link_down', 'trunks']);
  const before = parsePropertyString(old).props;
  const after = parsePropertyString(value).props;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].every((k) => live.has(k) || before[k] === after[k]);
}

/** Whether a running QEMU VM takes the new `value` of `key` now. */
export function qemuSetsLive(guest: SimGuest, key: string, value: string): boolean {
  const hotplug = hotplugFeatures(guest.config.hotplug);
  if (QEMU_FAST_PLUG.test(key) || CLOUDINIT_KEYS.test(key)) return true;
  if (/^net\d+$/.test(key)) return qemuNetLive(guest, key, value, hotplug);
  if (/^(scsi|virtio|sata|ide)\d+$|^efidisk0$|^tpmstate0$/.test(key)) return qemuDiskLive(guest, key, value, hotplug);
  if (/^unused\d+$/.test(key)) return true;
  if (key === 'memory') return hotplug.has('memory');
  if (key === 'vcpus') return hotplug.has('cpu');
  if (key === 'cpuunits' || key === 'cpulimit') return true;
  if (key === 'balloon') return (guest.config.balloon ?? '') !== '0' && value !== '0';
  if (key === 'hotplug') return !/memory|cpu/.test(value) && !/memory|cpu/.test(guest.config.hotplug ?? '');
  if (key === 'tablet') return hotplug.has('usb');
  if (/^usb\d+$/.test(key)) return hotplug.has('usb') && (guest.config.ostype === 'l26' || /^win(8|10|11)$/.test(guest.config.ostype ?? ''));
  if (key === 'agent') {
    const before = parsePropertyString(guest.config.agent ?? '0').props;
    const after = parsePropertyString(value).props;
    const enabled = (p: Record<string, string>, bare: string | undefined): string => p.enabled ?? bare ?? '0';
    return (
      enabled(before, parsePropertyString(guest.config.agent ?? '0').bare) === enabled(after, parsePropertyString(value).bare) &&
      (before.type ?? '') === (after.type ?? '')
    );
  }
  return false;
}

/** Whether a running QEMU VM drops `key` now. */
export function qemuDeletesLive(guest: SimGuest, key: string): boolean {
  const hotplug = hotplugFeatures(guest.config.hotplug);
  if (QEMU_FAST_PLUG.test(key) || CLOUDINIT_KEYS.test(key) || /^unused\d+$/.test(key)) return true;
  if (/^net\d+$/.test(key)) return hotplug.has('network');
  if (/^(efidisk|ide|sata|tpmstate)\d+$/.test(key)) return false;
  if (/^(scsi|virtio)\d+$/.test(key)) return hotplug.has('disk');
  if (key === 'memory') return hotplug.has('memory');
  if (key === 'vcpus') return hotplug.has('cpu');
  if (key === 'cpuunits' || key === 'cpulimit') return true;
  if (key === 'balloon') return guest.config.balloon !== '0';
  if (key === 'hotplug') return !/cpu|memory/.test(guest.config.hotplug ?? '');
  if (key === 'tablet') return hotplug.has('usb');
  return false;
}

/** Whether a running container takes the new value of `key` now. */
export function lxcSetsLive(guest: SimGuest, key: string): boolean {
  if (LXC_FAST_PLUG.test(key)) return true;
  if (/^(cpulimit|cpuunits|memory|swap)$/.test(key) || /^net\d+$/.test(key)) return true;
  // New mount points and devices are hot-plugged; changes to existing ones wait.
  if (/^(mp|dev)\d+$/.test(key)) return guest.config[key] === undefined;
  return false;
}

/** Whether a running container drops `key` now. */
export function lxcDeletesLive(key: string): boolean {
  return LXC_FAST_PLUG.test(key) || /^(unused\d+|swap|cpulimit|cpuunits|net\d+)$/.test(key);
}

export function setsLive(guest: SimGuest, key: string, value: string): boolean {
  if (guest.status !== 'running') return true;
  return guest.kind === 'qemu' ? qemuSetsLive(guest, key, value) : lxcSetsLive(guest, key);
}

export function deletesLive(guest: SimGuest, key: string): boolean {
  if (guest.status !== 'running') return true;
  return guest.kind === 'qemu' ? qemuDeletesLive(guest, key) : lxcDeletesLive(key);
}

/** The 400's per-option text of a failed hotplug, as each server words it. */
export function hotplugErrorText(guest: SimGuest, key: string, message: string): string {
  return guest.kind === 'qemu' ? `hotplug problem - ${message}` : `unable to hotplug ${key}: ${message}`;
}
