// QEMU VMs: the shared guest operations plus the asynchronous config update and pending view.
import { z } from 'zod';
import { nullData, pendingEntry, upidOrNull } from '../schemas.js';
import type { TaskOptions, TaskStatus } from '../tasks.js';
import { awaitTask, type EndpointContext } from './context.js';
import { GuestApi, withChange, type ConfigUpdate, type GuestConfigParams } from './guests.js';

export type PendingEntry = z.infer<typeof pendingEntry>;

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

  pending(node: string, vmid: number): Promise<PendingEntry[]> {
    return this.ctx.http.call('GET', this.path(node, vmid, 'pending'), {}, z.array(pendingEntry));
  }

  /** Cancels pending changes of these keys (`revert=a,b`). */
  async revert(node: string, vmid: number, keys: readonly string[]): Promise<void> {
    await this.ctx.http.call('PUT', this.path(node, vmid, 'config'), { revert: keys.join(',') }, nullData);
  }
}
