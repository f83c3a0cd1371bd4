// Bringing an existing VM's config, disks and power state to what the plan says: used after
// create (cloud-init drive, resizes of cloned disks), after clone and on update.
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';
import { changesConfig, diffNumbered, diffValues, emptyDiff, growIfLarger, protectionOffFirst, type ConfigDiff } from '../shared/config-diff.js';
import { taskOptions } from '../shared/tasks.js';
import type { GuestRef } from '../shared/guest-id.js';
import { applyWaitingChanges } from '../shared/restart.js';
import { diskOptions, existingDiskValue, networkValue, newDiskValue, scalarValues } from './vm-config.js';
import { inheritedDisk, inheritedNetwork, inheritsFromTemplate } from './vm-inherit.js';
import type { VmModel, VmPlan } from './vm-schema.js';
import { firmwareDiskDiff } from './vm-disk-move.js';
import { bootOrderLast, isCdromValue } from './vm-boot-order.js';

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The drives a VM's protection flag keeps from being removed (every drive key, and unused volumes). */
const DRIVE_KEY = /^(scsi|virtio|sata|ide)\d+$|^efidisk0$|^tpmstate0$|^unused\d+$/;

/** Keys Proxmox writes itself when they are unset (the boot order, a pinned machine version): never removed. */
const SERVER_WRITTEN_KEYS = new Set(['boot', 'machine', 'smbios1']);

/**
 * What to change so the VM described by `current` (as read, everything it has) matches `plan`.
 * A VM created empty is brought to exactly the plan; a clone only gets what the plan declares
 * (see vm-inherit.ts): nothing it inherited is removed.
 */
export function configDiff(plan: VmModel, current: VmModel): ConfigDiff {
  const inherits = inheritsFromTemplate(plan);
  const diff = emptyDiff();
  const wanted = scalarValues(plan);
  diffValues(diff, wanted, scalarValues(current), (key) => !inherits && !SERVER_WRITTEN_KEYS.has(key));
  for (const declared of plan.disk) {
    const existing = current.disk.find((d) => d.interface === declared.interface);
    if (!existing || existing.volume === null) {
      diff.set[declared.interface] = newDiskValue(declared);
      continue;
    }
    const disk = inherits ? inheritedDisk(declared, existing) : declared;
    if (!sameJson(diskOptions(disk), diskOptions(existing))) diff.set[disk.interface] = existingDiskValue(disk, existing.volume);
    growIfLarger(diff, disk.interface, disk.size, existing.size);
  }
  firmwareDiskDiff(diff, plan, current, !inherits);
  if (!inherits) for (const disk of current.disk) if (!plan.disk.some((d) => d.interface === disk.interface)) diff.remove.push(disk.interface);
  diffNumbered(
    diff,
    'net',
    { wanted: plan.network, current: current.network, removeExtra: !inherits },
    (declared, existing) =>
      networkValue(
        existing === undefined
          ? declared
          : inherits
            ? inheritedNetwork(declared, existing)
            : { ...declared, mac_address: declared.mac_address ?? existing.mac_address },
      ),
    networkValue,
  );
  // Setting a CD-ROM drive may append it to the boot order: a configured order is sent again.
  if (wanted.boot !== undefined && Object.values(diff.set).some(isCdromValue)) diff.set.boot = wanted.boot;
  // Setting ostype pins a Windows guest's unversioned machine unless the request names one:
  // a known machine is sent along (qemu-server API2/Qemu.pm `ostype`, check_and_pin_machine_string).
  if (diff.set.ostype !== undefined && wanted.machine !== undefined) diff.set.machine = wanted.machine;
  return diff;
}

/**
 * Applies a diff: one config change (removed data disks are destroyed, not left unused), then
 * resizes. `mediaSlots` hold the CD-ROM and cloud-init drives, whose removal frees no disk.
 */
export async function applyDiff(
  ctx: OperationContext<{ client: ProxmoxClient }>,
  ref: GuestRef,
  diff: ConfigDiff,
  mediaSlots: readonly string[],
): Promise<void> {
  const { qemu } = ctx.provider.client;
  if (changesConfig(diff)) {
    ctx.logger.info('changing VM config', { vmid: ref.vmid, set: Object.keys(diff.set).join(','), remove: diff.remove.join(',') });
    for (const step of protectionOffFirst(diff, (key, removed) => removed && DRIVE_KEY.test(key))) {
      const force = step.remove.some((key) => /^(scsi|virtio|sata|ide)\d+$/.test(key) && !mediaSlots.includes(key)) ? { force: true } : {};
      const [first = {}, ...after] = bootOrderLast(step.set);
      await qemu.update(ref.node, ref.vmid, { ...first, ...force }, { delete: step.remove }, taskOptions(ctx));
      for (const values of after) await qemu.update(ref.node, ref.vmid, values, {}, taskOptions(ctx));
    }
  }
  for (const [disk, size] of Object.entries(diff.grow)) {
    ctx.logger.info('growing VM disk', { vmid: ref.vmid, disk, size });
    await qemu.resize(ref.node, ref.vmid, disk, size, taskOptions(ctx));
  }
}

/** Cloud-init keys: written at once (never pending), read by the guest only at boot. */
const CLOUD_INIT_KEY = /^(ciuser|cipassword|sshkeys|nameserver|searchdomain|ipconfig\d+|cicustom|citype|ciupgrade)$/;

/** The cloud-init settings a diff changes. */
export function cloudInitChanges(diff: ConfigDiff): string[] {
  return [...Object.keys(diff.set), ...diff.remove].filter((key) => CLOUD_INIT_KEY.test(key));
}

/**
 * After a config change on an existing VM: a cloud-init change regenerates the drive (it is
 * otherwise rebuilt only at the next start), and a running VM whose changes wait for a restart
 * is restarted as `reboot_after_update` and `shutdown_timeout` say.
 */
export async function applyWaitingVmChanges(ctx: OperationContext<{ client: ProxmoxClient }>, ref: GuestRef, plan: VmPlan, diff: ConfigDiff): Promise<void> {
  const { qemu } = ctx.provider.client;
  const cloudInit = plan.cloud_init === null ? [] : cloudInitChanges(diff);
  if (cloudInit.length > 0) {
    ctx.logger.info('regenerating the cloud-init drive', { vmid: ref.vmid, keys: cloudInit.join(',') });
    await qemu.regenerateCloudInit(ref.node, ref.vmid, taskOptions(ctx));
  }
  await applyWaitingChanges(ctx, qemu, ref, {
    reboot: plan.reboot_after_update,
    shutdownTimeoutS: plan.shutdown_timeout,
    alsoWaiting: cloudInit.map((key) => `${key} (cloud-init)`),
    label: 'VM',
  });
}
