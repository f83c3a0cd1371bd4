// QEMU VMs: the shared guest operations plus the asynchronous config update, template conversion and cloud-init drive regeneration.
import { nullData, upidOrNull } from '../schemas.js';
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
    return awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'config'), withChange(params, change), upidOrNull), task);
  }

  /**
   * Converts the VM into a template (`POST .../template`): its disks become read-only base
   * volumes that linked clones can share. Setting `template=1` in the config does not do that.
   */
  template(node: string, vmid: number, task?: TaskOptions): Promise<TaskStatus | undefined> {
    return awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'template'), {}, upidOrNull), task);
  }

  /**
   * Regenerates the cloud-init drive from the config (`PUT .../cloudinit`). Cloud-init keys are
   * written straight into the config, never pending, and the drive is otherwise only rebuilt
   * at the next start (qemu-server QemuServer.pm, vmconfig_apply_pending / vm_start).
   */
  async regenerateCloudInit(node: string, vmid: number): Promise<void> {
    await this.ctx.http.call('PUT', this.path(node, vmid, 'cloudinit'), {}, nullData);
  }

  /** Cancels pending changes of these keys (`revert=a,b`). */
  async revert(node: string, vmid: number, keys: readonly string[]): Promise<void> {
    await this.ctx.http.call('PUT', this.path(node, vmid, 'config'), { revert: keys.join(',') }, nullData);
  }
}
