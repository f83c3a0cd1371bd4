// Applying changes that wait for a restart. Proxmox writes what it cannot change on a running
// guest as pending (QEMU: non-hotpluggable keys; LXC: all but a few live keys), and cloud-init
// settings reach a running VM's guest only when it boots again. A "reboot" on Proxmox is a guest
// shutdown (ACPI or agent) that fails after a timeout when the guest ignores it
// (qemu-server QemuServer.pm vm_reboot / vm_stop: "VM quit/powerdown failed - got timeout"), so
// the restart here is an explicit graceful shutdown with its own timeout, then a start, and a
// guest that ignores the shutdown gets an error naming the changes still waiting.
import { ProxmoxTaskError, ProxmoxTaskTimeoutError } from '../../../clients/proxmox/errors.js';
import type { PendingEntry, PowerAction, PowerOptions, TaskOptions, TaskStatus } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';
import type { GuestRef } from './guest-id.js';
import { taskOptions } from './tasks.js';

/** The guest calls a restart needs (the same for QEMU and LXC). */
export interface RestartableGuests {
  status(node: string, vmid: number): Promise<{ status: string }>;
  pending(node: string, vmid: number): Promise<PendingEntry[]>;
  power(node: string, vmid: number, action: PowerAction, options?: PowerOptions, task?: TaskOptions): Promise<TaskStatus | undefined>;
}

export interface RestartChoice {
  /** `reboot_after_update`: restart a running guest whose changes wait for it. */
  readonly reboot: boolean;
  /** `shutdown_timeout`: seconds the guest gets to shut down. */
  readonly shutdownTimeoutS: number;
  /** Changes that need a restart although Proxmox does not list them as pending (cloud-init). */
  readonly alsoWaiting: readonly string[];
  /** "VM" or "container", for messages. */
  readonly label: string;
}

/** The config keys with a pending value or a pending removal. */
export function pendingKeys(entries: readonly PendingEntry[]): string[] {
  return entries.filter((entry) => entry.pending !== undefined || (entry.delete ?? 0) > 0).map((entry) => entry.key);
}

/**
 * Restarts a running guest whose changes wait for a restart, if the choice says so; otherwise
 * warns which changes wait. Does nothing to a stopped guest (its next start applies them).
 */
export async function applyWaitingChanges(ctx: OperationContext<unknown>, guests: RestartableGuests, ref: GuestRef, choice: RestartChoice): Promise<void> {
  if ((await guests.status(ref.node, ref.vmid)).status !== 'running') return;
  const waiting = [...pendingKeys(await guests.pending(ref.node, ref.vmid)), ...choice.alsoWaiting];
  if (waiting.length === 0) return;
  const what = waiting.join(', ');
  if (!choice.reboot) {
    ctx.warn(
      `Changes wait for a restart of ${choice.label} ${ref.vmid}`,
      `Proxmox applies the changes to ${what} when ${choice.label} ${ref.vmid} next starts; with reboot_after_update = false the restart is left to you.`,
    );
    return;
  }
  ctx.logger.info('restarting guest to apply waiting changes', { vmid: ref.vmid, waiting: what });
  try {
    await guests.power(ref.node, ref.vmid, 'shutdown', { timeout: choice.shutdownTimeoutS }, taskOptions(ctx));
  } catch (error) {
    if (!(error instanceof ProxmoxTaskError || error instanceof ProxmoxTaskTimeoutError)) throw error;
    throw new Error(
      `${choice.label} ${ref.vmid} did not shut down within ${choice.shutdownTimeoutS} s, so the changes to ${what} are not applied yet ` +
        `(they stay written and apply at its next start). The guest may ignore ACPI shutdown requests (no OS installed yet, an installer, ` +
        `no guest agent). Shut it down from inside or stop it, raise shutdown_timeout, or set reboot_after_update = false. Proxmox said: ${error.message}`,
      { cause: error },
    );
  }
  await guests.power(ref.node, ref.vmid, 'start', {}, taskOptions(ctx));
}
