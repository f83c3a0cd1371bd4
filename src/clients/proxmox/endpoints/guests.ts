// The operations QEMU VMs and LXC containers share (`/nodes/{node}/qemu|lxc/...`).
import { z } from 'zod';
import type { Params, ParamValue } from '../http.js';
import { configRecord, guestConfigResponse, guestEntry, guestStatus, nullData, pendingEntry, snapshotEntry, upidData, upidOrNull } from '../schemas.js';
import type { TaskOptions, TaskStatus } from '../tasks.js';
import { withGuestLock } from '../guest-locks.js';
import { awaitHaMigration, isHaMigrationTask } from '../ha-migration.js';
import { awaitHaPower, haPowerRequest } from '../ha-power.js';
import { awaitTask, deleteList, type EndpointContext } from './context.js';

export type GuestKind = 'qemu' | 'lxc';
export type GuestEntry = z.infer<typeof guestEntry>;
export type GuestStatus = z.infer<typeof guestStatus>;
export type GuestConfig = z.infer<typeof configRecord>;
export type SnapshotEntry = z.infer<typeof snapshotEntry>;
export type PendingEntry = z.infer<typeof pendingEntry>;

/** Config keys to set; indexed keys (`scsi0`, `net1`, `mp0`) go through the index signature. */
export interface GuestConfigParams {
  [key: string]: ParamValue | undefined;
  description?: string;
  tags?: string;
  onboot?: boolean;
  protection?: boolean;
  cores?: number;
  memory?: number | string;
}

export interface ConfigUpdate {
  /** Keys to remove (`delete=a,b`). */
  delete?: readonly string[];
  /** Refuse the change if the config changed since this digest was read. */
  digest?: string;
}

export interface CloneParams {
  newid: number;
  name?: string;
  hostname?: string;
  description?: string;
  pool?: string;
  snapname?: string;
  storage?: string;
  full?: boolean;
  target?: string;
  format?: 'raw' | 'qcow2' | 'vmdk';
}

/** What a migration needs: the target node and whether the guest runs (live for VMs, restart mode for containers). */
export interface MigrateParams {
  target: string;
  running: boolean;
  /** QEMU: also copy disks on node-local storages. */
  withLocalDisks?: boolean;
  /** Storage on the target node for the guest's volumes (`STORAGE` or `SOURCE:TARGET` pairs); unset: the same storage ids. */
  targetStorage?: string;
  /** Containers in restart mode: seconds to wait for the shutdown before the container is killed. */
  shutdownTimeoutS?: number;
}

export type PowerAction = 'start' | 'stop' | 'shutdown' | 'reboot';

/** Options of the power calls; which ones an action takes follows the API (e.g. `forceStop` only on shutdown). */
export interface PowerOptions {
  /** Seconds to wait (QEMU start/stop/shutdown/reboot, LXC shutdown/reboot). */
  timeout?: number;
  /** Stop if a shutdown times out. */
  forceStop?: boolean;
  /** Abort a running shutdown task (stop). */
  'overrule-shutdown'?: boolean;
}

export class GuestApi<Create extends GuestConfigParams> {
  constructor(
    protected readonly ctx: EndpointContext,
    protected readonly kind: GuestKind,
  ) {}

  protected path(node: string, vmid?: number, ...rest: string[]): string {
    const base = `/nodes/${encodeURIComponent(node)}/${this.kind}`;
    return [base, ...(vmid === undefined ? [] : [String(vmid)]), ...rest.map(encodeURIComponent)].join('/');
  }

  /**
   * Runs a call that changes guest `vmid`: a lock held by a running task is waited out and the
   * call sent again, a stale or persistent one fails at once (guest-locks.ts). `wait` bounds the wait.
   */
  protected changing<T>(node: string, vmid: number, wait: TaskOptions | undefined, call: () => Promise<T>): Promise<T> {
    return withGuestLock(this.ctx, { kind: this.kind, node, vmid }, wait, call);
  }

  list(node: string): Promise<GuestEntry[]> {
    return this.ctx.http.call('GET', this.path(node), {}, z.array(guestEntry));
  }

  /** Creates the guest and waits for the creation task. */
  create(node: string, params: Create & { vmid: number }, task?: TaskOptions): Promise<TaskStatus | undefined> {
    return awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node), params, upidData), task);
  }

  clone(node: string, vmid: number, params: CloneParams, task?: TaskOptions): Promise<TaskStatus | undefined> {
    // The source's lock refuses a clone (`clone_vm` `check_lock`), so it is judged like a change of the source.
    return this.changing(node, vmid, task, () =>
      awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'clone'), { ...params }, upidData), task),
    );
  }

  /** The config (pending changes applied), with `digest`; `current` gives the running values. */
  config(node: string, vmid: number, options: { current?: boolean; snapshot?: string } = {}): Promise<GuestConfig> {
    return this.ctx.http.call('GET', this.path(node, vmid, 'config'), { ...options }, guestConfigResponse).then((answer) => answer.config);
  }

  /** Synchronous config change (`PUT .../config`). */
  async update(node: string, vmid: number, params: GuestConfigParams, change: ConfigUpdate = {}, wait?: TaskOptions): Promise<void> {
    await this.changing(node, vmid, wait, () => this.ctx.http.call('PUT', this.path(node, vmid, 'config'), withChange(params, change), nullData));
  }

  /** Grows a disk (`size` absolute like `40G`, or relative `+8G`); waits for the resize task. */
  resize(node: string, vmid: number, disk: string, size: string, options: { digest?: string } & TaskOptions = {}): Promise<TaskStatus | undefined> {
    const { digest, ...task } = options;
    return this.changing(node, vmid, task, () =>
      awaitTask(this.ctx, this.ctx.http.call('PUT', this.path(node, vmid, 'resize'), { disk, size, digest }, upidData.nullable()), task),
    );
  }

  /**
   * Converts the guest into a template (`POST .../template`): its disks become read-only base
   * volumes that linked clones can share. Setting `template=1` in the config does not do that.
   */
  template(node: string, vmid: number, task?: TaskOptions): Promise<TaskStatus | undefined> {
    return this.changing(node, vmid, task, () => awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'template'), {}, upidOrNull), task));
  }

  /** Every config key with its current value and any change waiting for a restart. */
  pending(node: string, vmid: number): Promise<PendingEntry[]> {
    return this.ctx.http.call('GET', this.path(node, vmid, 'pending'), {}, z.array(pendingEntry));
  }

  status(node: string, vmid: number): Promise<GuestStatus> {
    return this.ctx.http.call('GET', this.path(node, vmid, 'status', 'current'), {}, guestStatus);
  }

  /**
   * start/stop/shutdown/reboot; waits for the task. For an HA-managed guest, whose start, stop and
   * shutdown only ask the HA stack, also waits until the guest runs or is stopped (ha-power.ts).
   */
  power(node: string, vmid: number, action: PowerAction, options: PowerOptions = {}, task?: TaskOptions): Promise<TaskStatus | undefined> {
    return this.changing(node, vmid, task, async () => {
      const status = await awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'status', action), { ...options }, upidData), task);
      const want = status === undefined ? undefined : haPowerRequest(status.upid);
      if (status !== undefined && want !== undefined) await awaitHaPower(this.ctx, vmid, want, status.upid, task);
      return status;
    });
  }

  /**
   * Moves the guest to another cluster node (`POST .../migrate`); waits for the migration task.
   * QEMU takes `online` (live) and `with-local-disks`, containers `restart` (stopped, moved,
   * started again) with a shutdown `timeout`; both may name a target storage. For an HA-managed
   * guest also waits until the HA stack has moved it (its call only queues the request).
   */
  migrate(node: string, vmid: number, params: MigrateParams, task?: TaskOptions): Promise<TaskStatus | undefined> {
    const common = { target: params.target };
    const body =
      this.kind === 'qemu'
        ? { ...common, online: params.running, 'with-local-disks': params.withLocalDisks, targetstorage: params.targetStorage }
        : { ...common, restart: params.running, timeout: params.running ? params.shutdownTimeoutS : undefined, 'target-storage': params.targetStorage };
    return this.changing(node, vmid, task, async () => {
      const status = await awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'migrate'), body, upidData), task);
      // An HA resource's call only queued the migration: the guest moves later (ha-migration.ts).
      if (status !== undefined && isHaMigrationTask(status.upid)) await awaitHaMigration(this.ctx, { node, vmid }, params.target, status.upid, task);
      return status;
    });
  }

  /** Destroys the guest (stopped first by the caller); `purge` also drops it from jobs, ACLs and pools. */
  delete(
    node: string,
    vmid: number,
    options: { purge?: boolean; destroyUnreferencedDisks?: boolean } = {},
    task?: TaskOptions,
  ): Promise<TaskStatus | undefined> {
    const params = { purge: options.purge, 'destroy-unreferenced-disks': options.destroyUnreferencedDisks };
    return this.changing(node, vmid, task, () => awaitTask(this.ctx, this.ctx.http.call('DELETE', this.path(node, vmid), params, upidData), task));
  }

  snapshots(node: string, vmid: number): Promise<SnapshotEntry[]> {
    return this.ctx.http.call('GET', this.path(node, vmid, 'snapshot'), {}, z.array(snapshotEntry));
  }

  createSnapshot(
    node: string,
    vmid: number,
    snapname: string,
    params: { description?: string; vmstate?: boolean } = {},
    task?: TaskOptions,
  ): Promise<TaskStatus | undefined> {
    return this.changing(node, vmid, task, () =>
      awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'snapshot'), { snapname, ...this.snapshotParams(params) }, upidData), task),
    );
  }

  snapshotConfig(node: string, vmid: number, snapname: string): Promise<GuestConfig> {
    return this.ctx.http.call('GET', this.path(node, vmid, 'snapshot', snapname, 'config'), {}, guestConfigResponse).then((answer) => answer.config);
  }

  async updateSnapshot(node: string, vmid: number, snapname: string, description: string, wait?: TaskOptions): Promise<void> {
    await this.changing(node, vmid, wait, () => this.ctx.http.call('PUT', this.path(node, vmid, 'snapshot', snapname, 'config'), { description }, nullData));
  }

  deleteSnapshot(node: string, vmid: number, snapname: string, task?: TaskOptions): Promise<TaskStatus | undefined> {
    return this.changing(node, vmid, task, () =>
      awaitTask(this.ctx, this.ctx.http.call('DELETE', this.path(node, vmid, 'snapshot', snapname), {}, upidData), task),
    );
  }

  rollbackSnapshot(node: string, vmid: number, snapname: string, task?: TaskOptions): Promise<TaskStatus | undefined> {
    return this.changing(node, vmid, task, () =>
      awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'snapshot', snapname, 'rollback'), {}, upidData), task),
    );
  }

  /** QEMU can save RAM with a snapshot; containers have no such parameter. */
  private snapshotParams(params: { description?: string; vmstate?: boolean }): Params {
    return this.kind === 'qemu' ? params : { description: params.description };
  }
}

export function withChange(params: GuestConfigParams | Params, change: ConfigUpdate): Params {
  return { ...params, delete: deleteList(change.delete), digest: change.digest };
}
