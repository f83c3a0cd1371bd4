// QEMU VMs: the shared guest operations plus the asynchronous config update, template conversion and cloud-init drive regeneration.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { nullData, upidData, upidOrNull } from '../schemas.js';
import type { TaskOptions, TaskStatus } from '../tasks.js';
import { awaitTask, type EndpointContext } from './context.js';
import { GuestApi, withChange, type ConfigUpdate, type GuestConfigParams } from './guests.js';

export interface QemuConfigParams extends GuestConfigParams {
  name?: string;
  sockets?: number;
  cpu?: string;
  balloon?: number;
  scsihw?: string;
  boot?: string;
  agent?: string;
  ostype?: string;
  bios?: string;
  ciuser?: string;
  cipassword?: string;
  sshkeys?: string;
  template?: boolean;
}

/** `GET .../agent/network-get-interfaces`: what the guest agent reports (QGA `guest-network-get-interfaces`). */
const agentInterfaces = lazySchema(() =>
  z.looseObject({
    result: z.array(
      z.looseObject({
        name: z.string(),
        'hardware-address': z.string().optional(),
        'ip-addresses': z.array(z.looseObject({ 'ip-address': z.string(), 'ip-address-type': z.string(), prefix: z.number().optional() })).optional(),
      }),
    ),
  }),
);
export type AgentInterface = z.infer<typeof agentInterfaces>['result'][number];

export interface QemuCreateParams extends QemuConfigParams {
  pool?: string;
  start?: boolean;
}

export class QemuApi extends GuestApi<QemuCreateParams> {
  constructor(ctx: EndpointContext) {
    super(ctx, 'qemu');
  }

  /** Asynchronous config change (`POST .../config`); waits for its task. */
  updateAsync(node: string, vmid: number, params: QemuConfigParams, change: ConfigUpdate = {}, task?: TaskOptions): Promise<TaskStatus | undefined> {
    return this.changing(node, vmid, task, () =>
      awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'config'), withChange(params, change), upidOrNull), task),
    );
  }

  /**
   * Regenerates the cloud-init drive from the config (`PUT .../cloudinit`). Cloud-init keys are
   * written straight into the config, never pending, and the drive is otherwise only rebuilt
   * at the next start (qemu-server QemuServer.pm, vmconfig_apply_pending / vm_start).
   */
  async regenerateCloudInit(node: string, vmid: number, wait?: TaskOptions): Promise<void> {
    await this.changing(node, vmid, wait, () => this.ctx.http.call('PUT', this.path(node, vmid, 'cloudinit'), {}, nullData));
  }

  /**
   * Moves a disk to another storage (`POST .../move_disk`, qemu-server API2/Qemu.pm
   * `move_vm_disk`); with `delete` the source volume is freed, else it stays as `unusedN`.
   */
  moveDisk(
    node: string,
    vmid: number,
    move: { disk: string; storage: string; format?: string; delete?: boolean },
    task?: TaskOptions,
  ): Promise<TaskStatus | undefined> {
    return this.changing(node, vmid, task, () =>
      awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'move_disk'), { ...move }, upidData), task),
    );
  }

  /** The guest's interfaces and addresses as its QEMU guest agent reports them; fails when no agent runs. */
  async agentInterfaces(node: string, vmid: number): Promise<AgentInterface[]> {
    return (await this.ctx.http.call('GET', this.path(node, vmid, 'agent', 'network-get-interfaces'), {}, agentInterfaces)).result;
  }

  /** Cancels pending changes of these keys (`revert=a,b`). */
  async revert(node: string, vmid: number, keys: readonly string[], wait?: TaskOptions): Promise<void> {
    await this.changing(node, vmid, wait, () => this.ctx.http.call('PUT', this.path(node, vmid, 'config'), { revert: keys.join(',') }, nullData));
  }
}
