// The per-option privilege checks of guest create, update and clone, beyond the schema's coarse
// `VM.Config.*` "any" check:
// - QEMU: `$check_vm_modify_config_perm`, `$check_storage_access`, the drive checks of
//   `update_vm` (qemu-server src/PVE/API2/Qemu.pm) and `check_bridge_access`
//   (src/PVE/QemuServer.pm);
// - LXC: `check_ct_modify_config_perm` and `check_bridge_access` (pve-container src/PVE/LXC.pm);
// - NICs: `check_vnet_access` (pve-guest-common src/PVE/GuestHelpers.pm);
// - volumes: `check_volume_access` (pve-storage src/PVE/Storage.pm).
// Only a root@pam ticket skips them; a root@pam token does not.
import { parsePropertyString } from '../../clients/proxmox/property-string.js';
import { isDiskKey } from './guest-config.js';
import { isRootPam, permissionDenied, requirePrivileges, requireVmPrivileges, hasPrivileges, type Principal } from './permissions.js';
import { die, paramError, PveError } from './pve-error.js';
import type { SimState } from './state.js';
import { findVolume } from './volumes.js';

const CPU_OPTIONS = new Set(['cores', 'cpu', 'runningcpu', 'cpulimit', 'cpuunits', 'numa', 'smp', 'sockets', 'vcpus']);
const MEMORY_OPTIONS = new Set(['memory', 'balloon', 'shares', 'allow-ksm']);
const HWTYPE_OPTIONS = new Set(['acpi', 'hotplug', 'kvm', 'machine', 'runningmachine', 'scsihw', 'smbios1', 'tablet', 'vga', 'watchdog', 'audio0', 'rng0']);
const GENERAL_OPTIONS = new Set([
  'agent',
  'autostart',
  'bios',
  'description',
  'keyboard',
  'localtime',
  'migrate_downtime',
  'migrate_speed',
  'name',
  'onboot',
  'ostype',
  'protection',
  'reboot',
  'startdate',
  'startup',
  'tdf',
  'template',
]);
const DISK_OPTIONS = new Set(['boot', 'bootdisk', 'vmstatestorage']);
const CLOUDINIT_OPTIONS = new Set(['cicustom', 'cipassword', 'citype', 'ciuser', 'ciupgrade', 'nameserver', 'searchdomain', 'sshkeys']);

/** `NEW_DISK_RE`: `STORAGE:SIZE` asks for a new volume. */
const NEW_DISK = /^(([^/:\s]+):)?(\d+(\.\d+)?)$/;

export interface GuestPermContext {
  state: SimState;
  who: Principal;
  vmid: number;
  pool?: string;
}

/** The options a QEMU create or update names, each checked against its privilege class. */
export function checkQemuOptionPrivileges(ctx: GuestPermContext, keys: readonly string[]): void {
  if (isRootPam(ctx.who)) return;
  const vm = (privs: string[], any = false): void => requireVmPrivileges(ctx.state, ctx.who, ctx.vmid, ctx.pool, privs, any);
  for (const key of keys) {
    // Drives, passthrough devices and tags are checked elsewhere (value dependent).
    if (isDiskKey('qemu', key) || key === 'cdrom' || key === 'tags' || /^(unused|serial|usb|hostpci|virtiofs)\d+$/.test(key)) continue;
    if (CPU_OPTIONS.has(key) || /^numa\d+$/.test(key)) vm(['VM.Config.CPU']);
    else if (MEMORY_OPTIONS.has(key)) vm(['VM.Config.Memory']);
    else if (HWTYPE_OPTIONS.has(key)) vm(['VM.Config.HWType']);
    else if (GENERAL_OPTIONS.has(key)) {
      vm(['VM.Config.Options']);
      if (key === 'startup') requirePrivileges(ctx.state, ctx.who, '/', ['Sys.Modify']);
    } else if (key === 'freeze') vm(['VM.PowerMgmt']);
    else if (DISK_OPTIONS.has(key)) vm(['VM.Config.Disk']);
    else if (/^net\d+$/.test(key) || key === 'running-nets-host-mtu') vm(['VM.Config.Network']);
    else if (CLOUDINIT_OPTIONS.has(key) || /^ipconfig\d+$/.test(key)) vm(['VM.Config.Cloudinit', 'VM.Config.Network'], true);
    else if (key === 'vmstate') vm(['VM.Config.Disk', 'VM.PowerMgmt']);
    else throw die(`only root can set '${key}' config`);
  }
}

/** `update_vm`'s drive check: cloud-init drives need Cloudinit and CDROM, CD-ROMs CDROM, disks Disk. */
export function checkQemuDrivePrivileges(ctx: GuestPermContext, key: string, value: string): void {
  if (isRootPam(ctx.who)) return;
  const { bare, props } = parsePropertyString(value);
  const spec = bare ?? props.file ?? '';
  const cloudinit = /(^|:)cloudinit$/.test(spec) || /vm-\d+-cloudinit/.test(spec);
  const privs = cloudinit ? ['VM.Config.Cloudinit', 'VM.Config.CDROM'] : props.media === 'cdrom' || key === 'cdrom' ? ['VM.Config.CDROM'] : ['VM.Config.Disk'];
  requireVmPrivileges(ctx.state, ctx.who, ctx.vmid, undefined, privs);
}

/** Who asks for a volume, and for which guest (none when a storage's content is listed). */
export interface VolumeAccessContext {
  state: SimState;
  who: Principal;
  vmid?: number;
}

/**
 * `check_volume_access` (pve-storage src/PVE/Storage.pm): Datastore.Allocate on the storage
 * allows any volume; otherwise ISOs, templates and import images need Datastore.AllocateSpace
 * or Datastore.Audit, the guest's own volumes nothing more, backups Datastore.AllocateSpace and
 * VM.Backup on their guest, other guests' disks Datastore.Audit and VM.Config.Disk on their
 * guest; anything else (snippets, iSCSI LUNs, which belong to no guest) is refused.
 */
export function checkVolumeAccess(ctx: VolumeAccessContext, id: string): void {
  if (isRootPam(ctx.who)) return;
  const storage = id.includes(':') ? id.slice(0, id.indexOf(':')) : undefined;
  if (storage === undefined) throw die('Only root can pass arbitrary filesystem paths.');
  if (hasPrivileges(ctx.state, ctx.who, `/storage/${storage}`, ['Datastore.Allocate'])) return;
  const volume = findVolume(ctx.state, id);
  const content = volume?.content ?? 'images';
  if (content === 'iso' || content === 'vztmpl' || content === 'import') {
    requirePrivileges(ctx.state, ctx.who, `/storage/${storage}`, ['Datastore.AllocateSpace', 'Datastore.Audit'], true);
  } else if (volume?.vmid !== undefined && volume.vmid === ctx.vmid) {
    // the guest owns the volume
  } else if (content === 'backup' && volume?.vmid) {
    requirePrivileges(ctx.state, ctx.who, `/storage/${storage}`, ['Datastore.AllocateSpace']);
    requirePrivileges(ctx.state, ctx.who, `/vms/${volume.vmid}`, ['VM.Backup']);
  } else if ((content === 'images' || content === 'rootdir') && volume?.vmid) {
    requirePrivileges(ctx.state, ctx.who, `/storage/${storage}`, ['Datastore.Audit']);
    requirePrivileges(ctx.state, ctx.who, `/vms/${volume.vmid}`, ['VM.Config.Disk']);
  } else {
    throw die(`missing privileges to access ${id}`);
  }
}

/** Whether `check_volume_access` lets the caller at the volume (a content listing skips the others). */
export function volumeAccessible(ctx: VolumeAccessContext, id: string): boolean {
  try {
    checkVolumeAccess(ctx, id);
    return true;
  } catch (err) {
    if (err instanceof PveError) return false;
    throw err;
  }
}

/** `$check_storage_access`: new disks need `Datastore.AllocateSpace` and an images storage; existing volumes access. */
export function checkQemuStorageAccess(ctx: GuestPermContext, settings: Readonly<Record<string, string>>, defaultStorage?: string): void {
  for (const [key, value] of Object.entries(settings)) {
    if (!isDiskKey('qemu', key) && key !== 'cdrom') continue;
    const { bare, props } = parsePropertyString(value);
    const spec = bare ?? props.file ?? '';
    if (spec === '' || spec === 'none' || spec === 'cloudinit' || /:cloudinit$/.test(spec)) continue;
    const isCdrom = props.media === 'cdrom' || key === 'cdrom';
    if (isCdrom && spec === 'cdrom') {
      if (!isRootPam(ctx.who)) requirePrivileges(ctx.state, ctx.who, '/', ['Sys.Console']);
      continue;
    }
    const alloc = NEW_DISK.exec(spec);
    if (!isCdrom && alloc) {
      const storage = alloc[2] ?? defaultStorage;
      if (storage === undefined) throw die('no storage ID specified (and no default storage)');
      if (!isRootPam(ctx.who)) requirePrivileges(ctx.state, ctx.who, `/storage/${storage}`, ['Datastore.AllocateSpace']);
      const config = ctx.state.storages.get(storage);
      if (config && !(config.options.content ?? '').split(',').includes('images')) {
        throw paramError({ storage: `storage '${storage}' does not support vm images` });
      }
      continue;
    }
    checkVolumeAccess(ctx, spec);
  }
  const vmstate = settings.vmstatestorage;
  if (vmstate !== undefined && !isRootPam(ctx.who)) requirePrivileges(ctx.state, ctx.who, `/storage/${vmstate}`, ['Datastore.AllocateSpace']);
}

/** `check_vnet_access`: `SDN.Use` on the bridge (in its SDN zone, or `localnetwork`), or on `<bridge>/<tag>` for a tagged NIC. */
export function checkBridgeAccess(ctx: GuestPermContext, netValue: string): void {
  if (isRootPam(ctx.who)) return;
  const { props } = parsePropertyString(netValue);
  const bridge = props.bridge;
  if (bridge === undefined) return;
  // A bridge that is an SDN vnet is checked on its zone (pve-guest-common GuestHelpers.pm `check_vnet_access`).
  const zone = ctx.state.sdn.config.vnets.get(bridge)?.zone ?? 'localnetwork';
  const base = `/sdn/zones/${String(zone)}/${bridge}`;
  const tag = props.tag;
  if (tag !== undefined && tag !== '' && tag !== '0') requirePrivileges(ctx.state, ctx.who, `${base}/${tag}`, ['SDN.Use']);
  const trunks = (props.trunks ?? '').split(';').filter((t) => t !== '');
  for (const trunk of trunkTags(trunks)) requirePrivileges(ctx.state, ctx.who, `${base}/${trunk}`, ['SDN.Use']);
  if ((tag === undefined || tag === '' || tag === '0') && trunks.length === 0) requirePrivileges(ctx.state, ctx.who, base, ['SDN.Use']);
}

/** `get_tags_from_trunk`: `10;20-22` → 10, 20, 21, 22, sorted as text like the server. */
function trunkTags(trunks: string[]): string[] {
  const tags = new Set<string>();
  for (const part of trunks) {
    const [from, to] = part.split('-').map(Number);
    for (let tag = from ?? 0; tag <= (to ?? from ?? 0); tag++) tags.add(String(tag));
  }
  return [...tags].sort();
}

export function checkQemuBridges(ctx: GuestPermContext, settings: Readonly<Record<string, string>>): void {
  for (const key of Object.keys(settings).sort()) if (/^net\d+$/.test(key)) checkBridgeAccess(ctx, settings[key] ?? '');
}

/** The feature flags a property string turns on or off, as `features` holds them. */
function parseFeatures(value: string | undefined): Record<string, string> {
  return value === undefined ? {} : parsePropertyString(value).props;
}

/** Whether a `features` change touches only `nesting` (allowed with VM.Allocate) or other flags (root@pam only). */
function featureChange(old: string | undefined, next: string | undefined, deleting: boolean): { nesting: boolean; other: boolean } {
  const oldFeatures = parseFeatures(old);
  const onlyNesting = (features: Record<string, string>): boolean => Object.keys(features).length === 1 && 'nesting' in features;
  if (deleting) return { nesting: onlyNesting(oldFeatures), other: !onlyNesting(oldFeatures) && Object.keys(oldFeatures).length > 0 };
  const newFeatures = parseFeatures(next);
  if (old === undefined || old === '') return { nesting: onlyNesting(newFeatures), other: !onlyNesting(newFeatures) && Object.keys(newFeatures).length > 0 };
  let nesting = false;
  for (const feature of new Set([...Object.keys(oldFeatures), ...Object.keys(newFeatures)])) {
    if ((oldFeatures[feature] ?? '') === (newFeatures[feature] ?? '')) continue;
    if (feature !== 'nesting') return { nesting, other: true };
    nesting = true;
  }
  return { nesting, other: false };
}

/** LXC mount point values: `STORAGE:SIZE` allocates, a volume id attaches, a host path binds (root only). */
function checkLxcVolume(ctx: GuestPermContext, value: string): void {
  const { bare, props } = parsePropertyString(value);
  const spec = bare ?? props.volume ?? '';
  if (spec.startsWith('/')) throw permissionDenied(`mount point type ${spec.startsWith('/dev/') ? 'device' : 'bind'} is only allowed for root@pam`);
  const alloc = /^([^/:\s]+):(\d+(\.\d+)?)$/.exec(spec);
  if (alloc) requirePrivileges(ctx.state, ctx.who, `/storage/${alloc[1]}`, ['Datastore.AllocateSpace']);
  else checkVolumeAccess(ctx, spec);
}

/**
 * `check_ct_modify_config_perm`: set keys (`changes`) and deleted keys against their privileges;
 * feature flags other than nesting, bind mounts, devices and hookscripts are root@pam-only.
 */
export function checkLxcOptionPrivileges(
  ctx: GuestPermContext,
  old: Readonly<Record<string, string>> | undefined,
  changes: Readonly<Record<string, string>>,
  deletions: readonly string[],
  unprivileged: boolean,
): void {
  if (isRootPam(ctx.who)) return;
  const vm = (privs: string[]): void => requireVmPrivileges(ctx.state, ctx.who, ctx.vmid, ctx.pool, privs);
  const check = (key: string, deleting: boolean): void => {
    if (key === 'cores' || key === 'cpuunits' || key === 'cpulimit') vm(['VM.Config.CPU']);
    else if (key === 'rootfs' || /^mp\d+$/.test(key)) {
      vm(['VM.Config.Disk']);
      if (!deleting) checkLxcVolume(ctx, changes[key] ?? '');
    } else if (key === 'memory' || key === 'swap') vm(['VM.Config.Memory']);
    else if (/^net\d+$/.test(key)) {
      vm(['VM.Config.Network']);
      if (old?.[key] !== undefined) checkBridgeAccess(ctx, old[key] ?? '');
      if (changes[key] !== undefined) checkBridgeAccess(ctx, changes[key] ?? '');
    } else if (/^dev\d+$/.test(key)) throw permissionDenied('configuring device passthrough is only allowed for root@pam');
    else if (key === 'nameserver' || key === 'searchdomain' || key === 'hostname') vm(['VM.Config.Network']);
    else if (key === 'features') {
      if (!unprivileged) throw permissionDenied('changing feature flags for privileged container is only allowed for root@pam');
      const change = featureChange(old?.features, changes.features, deleting);
      if (change.other) throw permissionDenied('changing feature flags (except nesting) is only allowed for root@pam');
      if (change.nesting) vm(['VM.Allocate']);
    } else if (key === 'hookscript') throw permissionDenied('changing the hookscript is only allowed for root@pam');
    else vm(['VM.Config.Options']);
  };
  for (const key of Object.keys(changes)) check(key, false);
  for (const key of deletions) check(key, true);
}
