// The client's typed method groups, one per middleware service.
import { z } from 'zod';
import type { JobProgress } from '../jobs.js';
import { parseResponse } from '../parse.js';
import { byFields, byName, type Filter, type QueryOptions } from '../query.js';
import {
  datasetQueryProperties,
  datasetSchema,
  type Dataset,
  type DatasetChangeKey,
  type DatasetCreate,
  type DatasetDeleteOptions,
  type DatasetUpdate,
} from '../schemas/dataset.js';
import * as iscsi from '../schemas/iscsi.js';
import { nfsShareSchema, type NfsShare, type NfsShareCreate } from '../schemas/sharing.js';
import { snapshotSchema, type Snapshot, type SnapshotClone, type SnapshotCreate, type SnapshotRollbackOptions } from '../schemas/snapshot.js';
import { diskSchema, poolSchema, serviceSchema, systemInfoSchema, type Disk, type Pool, type Service, type SystemInfo } from '../schemas/system.js';
import type { ApiContext } from './context.js';
import { CrudGroup, type Id } from './crud.js';
import { TrueNASCallError } from '../errors.js';
import { SmbShareGroup } from './smb-shares.js';
import { Coalescer } from '../coalescer.js';
import { lazySchema } from '../../common/lazy-schema.js';
import { settle, WritesUnderWay } from './writes-under-way.js';

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Whether a `zfs destroy` refusal for children names a child dataset (or zvol), not only
 * snapshots: a delete of the dataset under way could end it (the message lists the children
 * one a line after "use '-r' to destroy the following datasets:", libzfs's wording).
 */
function childDatasetsIn(message: string): boolean {
  if (!/has children/.test(message)) return false;
  const listed = message
    .split('\n')
    .slice(1)
    .filter((line) => /^[\w.:-]+\//.test(line.trim()));
  return listed.length === 0 || listed.some((line) => !line.includes('@'));
}

export class DatasetGroup extends CrudGroup<Dataset, DatasetCreate, DatasetUpdate, [options?: DatasetDeleteOptions]> {
  constructor(ctx: ApiContext) {
    super(ctx, {
      namespace: 'pool.dataset',
      schema: datasetSchema,
      idOf: (d) => d.id,
      findCreated: (input) => [['id', '=', input.name]],
      queryExtra: datasetQueryExtra,
      rawId: 'id',
    });
  }

  /** Creates and deletes of this client under way, by dataset name. */
  private readonly creating = new WritesUnderWay();
  private readonly deleting = new WritesUnderWay();

  /**
   * How long a create refused for its missing parent (a delete refused for child datasets) waits
   * for this client to begin creating that parent (deleting those children): while the client's
   * other writes go on, and until it has been quiet for `relatedWriteQuietMs` (at most
   * `relatedWriteMaxWaitMs` in all). Terraform starts the other write only when one of the
   * `-parallelism` operations under way has ended, which on a busy apply takes a while; a
   * refusal with nothing else under way (the parent is not being made) fails within the quiet time.
   */
  relatedWriteQuietMs = 5_000;
  relatedWriteMaxWaitMs = 120_000;

  /** Whether a write refused for a related one still waits for it (see relatedWriteQuietMs). */
  private relatedWriteMayCome(since: number): () => boolean {
    return () => this.ctx.quietForMs() < this.relatedWriteQuietMs && Date.now() - since < this.relatedWriteMaxWaitMs;
  }

  /**
   * Creates a dataset or zvol once the creates of its ancestors that this client has under way
   * have ended. Terraform orders a child after its parent only when the configuration refers to
   * the parent; with the parent named literally it runs both at once (or the child first), and
   * the server refuses a child whose parent does not exist yet (`Parent dataset (…) does not
   * exist.`, plugins/pool_/dataset.py:207-216 @TS-25.10.6). A child so refused is sent again
   * after the create of an ancestor that began meanwhile or begins soon (relatedWriteQuietMs).
   */
  override async create(input: DatasetCreate): Promise<Dataset> {
    const isAncestor = (name: string) => input.name.startsWith(`${name}/`);
    await settle(this.creating.matching(isAncestor));
    const made = super.create(input).catch(async (error: unknown) => {
      if (!(error instanceof TrueNASCallError) || !/Parent dataset|does not exist/.test(error.serverMessage)) throw error;
      this.ctx.logger.debug('dataset create refused for its missing parent; waiting for a create of an ancestor', { dataset: input.name });
      const pending = await this.creating.matchingSoon(isAncestor, this.relatedWriteMayCome(Date.now()));
      if (pending.length === 0) throw error;
      await settle(pending);
      return super.create(input);
    });
    return this.creating.track(input.name, made);
  }

  /**
   * Deletes a dataset or zvol (not recursively), sent again after the deletes of its
   * descendants this client began meanwhile or begins soon (relatedWriteQuietMs) when the server
   * refused it for child datasets (`filesystem has children`): terraform destroys a child it does not
   * know to be one (its parent named literally) at the same time as the parent, or after it.
   */
  override async delete(id: Id, ...options: [options?: DatasetDeleteOptions]): Promise<void> {
    const name = String(id);
    const isDescendant = (other: string) => other.startsWith(`${name}/`);
    const gone = super.delete(id, ...options).catch(async (error: unknown) => {
      if (!(error instanceof TrueNASCallError) || !childDatasetsIn(error.serverMessage)) throw error;
      this.ctx.logger.debug('dataset delete refused for its children; waiting for deletes of descendants', { dataset: name });
      const pending = await this.deleting.matchingSoon(isDescendant, this.relatedWriteMayCome(Date.now()));
      if (pending.length === 0) throw error;
      await settle(pending);
      return super.delete(id, ...options);
    });
    await this.deleting.track(name, gone);
  }

  /**
   * Gives an encryption root a new passphrase or key (a job; the key is sent in the options, not
   * through the job's input pipe). The data stays: ZFS re-wraps the master key
   * (plugins/pool_/dataset_encryption_operations.py@TS-25.10.6:148-238).
   */
  async changeKey(id: string, options: DatasetChangeKey): Promise<void> {
    await this.ctx.job('pool.dataset.change_key', [id, options]);
  }
}

/**
 * Datasets are read with only the properties the client maps (`datasetQueryProperties`).
 * `retrieve_children: false` is only safe with a single `id =`/`name =` filter (the server's
 * fast path): without a filter the real server lists only the pools' root datasets, and on
 * 24.10/25.04 any other filter is applied to those roots only
 * (truenas/middleware plugins/pool_/dataset_query_utils.py@TS-25.10.6:996,
 * plugins/pool_/dataset.py@TS-25.04.2.6:217-218, truenas/py-libzfs libzfs.pyx:838-890).
 */
export function datasetQueryExtra(filters: readonly Filter[]): Record<string, unknown> {
  const [only, ...rest] = filters;
  const single = only !== undefined && rest.length === 0 && only[0] !== 'OR' && (only[0] === 'id' || only[0] === 'name') && only[1] === '=';
  return { flat: true, retrieve_children: !single, properties: datasetQueryProperties };
}

/**
 * Snapshot queries ask only for the properties the client reads: a query serialises every
 * snapshot of the box (only a single `id =` filter is optimised), and fetching all their
 * properties is the costly part (plugins/zfs_/snapshot.py@TS-25.10.6:108-121, `extra.properties`
 * passed to `snapshots_serialized(props=…)`).
 */
export const snapshotQueryExtra = (): Record<string, unknown> => ({ properties: ['used', 'referenced', 'createtxg'] });

/** Rows of a snapshot query that selects only `name`. */
const snapshotNameRows = lazySchema(() => z.array(z.object({ name: z.string() })));

export class SnapshotGroup extends CrudGroup<
  Snapshot,
  SnapshotCreate,
  { user_properties_update?: { key: string; value?: string; remove?: boolean }[] },
  [options?: { defer?: boolean; recursive?: boolean }]
> {
  constructor(ctx: ApiContext) {
    // 25.10 renamed zfs.snapshot.* to pool.snapshot.* and made the old names private.
    super(ctx, {
      namespace: async () => ((await ctx.atLeast('25.10')) ? 'pool.snapshot' : 'zfs.snapshot'),
      schema: snapshotSchema,
      idOf: (s) => s.id,
      findCreated: (input) => [['id', '=', `${input.dataset}@${input.name ?? ''}`]],
      queryExtra: snapshotQueryExtra,
      rawId: 'id',
      oneMissingIdEmptiesTheAnswer: () => ctx.atLeast('26.0'),
    });
    this.namesByDataset = new Coalescer((datasets) => this.namesOf(datasets));
  }

  /** Snapshot names of datasets, asked for together where the server allows it (`namesIn`). */
  private readonly namesByDataset: Coalescer<string, string[]>;

  /**
   * The full names of a dataset's own snapshots (not its children's). Only names are asked
   * for, which 25.04 and 25.10 list from the named datasets alone instead of serialising every
   * snapshot of the box (zfs.snapshot.query's `select: ["name"]` path, plugins/zfs_/snapshot.py:
   * 56-98 @TS-25.10.6, the same @TS-25.04.2.6; 26.0 looks the dataset up by path either way,
   * plugins/pool_/snapshot.py:161-187 @TS-26.0.0-BETA.3). Before 26.0 the names of datasets asked
   * for meanwhile are read together (a dataset that is gone is skipped there: py-libzfs
   * libzfs.pyx:1209-1231 @TS-25.10.3); 26.0 answers nothing at all when one of several datasets
   * is gone (snapshot.py:266-278), so there each is read alone.
   */
  async namesIn(dataset: string): Promise<string[]> {
    if (await this.ctx.atLeast('26.0')) return (await this.namesOf([dataset])).get(dataset) ?? [];
    return (await this.namesByDataset.get(dataset)) ?? [];
  }

  private async namesOf(datasets: readonly string[]): Promise<Map<string, string[]>> {
    const filters: Filter[] = [datasets.length === 1 ? ['dataset', '=', datasets[0]!] : ['dataset', 'in', [...datasets]]];
    const rows = await this.ctx.read(await this.method('query'), [filters, { select: ['name'] }], snapshotNameRows);
    const names = new Map<string, string[]>();
    for (const { name } of rows) {
      const dataset = name.slice(0, name.indexOf('@'));
      names.set(dataset, [...(names.get(dataset) ?? []), name]);
    }
    return names;
  }

  /** Clones a snapshot into a new dataset. */
  async clone(input: SnapshotClone): Promise<void> {
    await this.ctx.write(await this.method('clone'), [input], z.unknown(), {
      kind: 'create',
      probe: async () => ((await this.ctx.session.call('pool.dataset.query', [[['id', '=', input.dataset_dst]]])) as unknown[])[0],
    });
  }

  /** Rolls the dataset back to this snapshot (`recursive` destroys later snapshots). */
  async rollback(id: string, options: SnapshotRollbackOptions = {}): Promise<void> {
    await this.ctx.write(await this.method('rollback'), [id, options], z.unknown(), { kind: 'idempotent' });
  }
}

export class IscsiGroup {
  readonly portals: CrudGroup<iscsi.Portal, iscsi.PortalCreate, Partial<iscsi.PortalCreate>>;
  readonly initiators: CrudGroup<iscsi.Initiator, iscsi.InitiatorCreate, iscsi.InitiatorCreate>;
  readonly auth: CrudGroup<iscsi.IscsiAuth, iscsi.IscsiAuthCreate, Partial<iscsi.IscsiAuthCreate>>;
  readonly targets: CrudGroup<iscsi.Target, iscsi.TargetCreate, Partial<iscsi.TargetCreate>, [force?: boolean, deleteExtents?: boolean]>;
  readonly extents: CrudGroup<iscsi.Extent, iscsi.ExtentCreate, Partial<iscsi.ExtentCreate>, [remove?: boolean, force?: boolean]>;
  readonly targetExtents: CrudGroup<iscsi.TargetExtent, iscsi.TargetExtentCreate, Partial<iscsi.TargetExtentCreate>, [force?: boolean]>;

  constructor(private readonly ctx: ApiContext) {
    const byId = (row: { id: number }) => row.id;
    // A listen address belongs to one portal only, so it identifies what a lost create made.
    this.portals = new CrudGroup(ctx, {
      namespace: 'iscsi.portal',
      schema: iscsi.portalSchema,
      idOf: byId,
      matchCreated: (input, row) => row.listen.some((l) => input.listen.some((i) => i.ip === l.ip)),
      // The tag is the count of portals + 1, read without a lock, and a delete numbers the
      // portals left 1, 2, … again from a list it read before (plugins/iscsi_/portal.py:137-145,
      // 228-246 @TS-25.10.6): a create during a delete takes a tag the renumbering gives again,
      // two deletes at once fail updating a row the other removed.
      serialisedBy: () => 'iscsi.portal',
      deletesSerialisedBy: 'iscsi.portal',
    });
    this.initiators = new CrudGroup(ctx, {
      namespace: 'iscsi.initiator',
      schema: iscsi.initiatorSchema,
      idOf: byId,
      matchCreated: (input, row) => row.comment === (input.comment ?? '') && sameList(row.initiators, input.initiators ?? []),
    });
    this.auth = new CrudGroup(ctx, {
      namespace: 'iscsi.auth',
      schema: iscsi.authSchema,
      idOf: byId,
      matchCreated: (input, row) => row.tag === input.tag && row.user === input.user,
    });
    this.targets = new CrudGroup(ctx, { namespace: 'iscsi.target', schema: iscsi.targetSchema, idOf: byId, findCreated: byName });
    this.extents = new CrudGroup(ctx, { namespace: 'iscsi.extent', schema: iscsi.extentSchema, idOf: byId, findCreated: byName });
    this.targetExtents = new CrudGroup(ctx, {
      namespace: 'iscsi.targetextent',
      schema: iscsi.targetExtentSchema,
      idOf: byId,
      findCreated: byFields('target', 'extent'),
      // The LUN id is the lowest one free on the target, read without a lock and with no unique
      // index (plugins/iscsi_/target_to_extent.py:15-27,222-254 @TS-25.10.6).
      serialisedBy: (input) => `iscsi.targetextent:${input.target}`,
    });
  }

  globalConfig(): Promise<iscsi.IscsiGlobal> {
    return this.ctx.read('iscsi.global.config', [], iscsi.iscsiGlobalSchema);
  }

  updateGlobalConfig(patch: iscsi.IscsiGlobalUpdate): Promise<iscsi.IscsiGlobal> {
    return this.ctx.write('iscsi.global.update', [patch], iscsi.iscsiGlobalSchema, { kind: 'idempotent' });
  }
}

export class SharingGroup {
  readonly nfs: CrudGroup<NfsShare, NfsShareCreate, Partial<NfsShareCreate>>;
  readonly smb: SmbShareGroup;

  constructor(ctx: ApiContext) {
    // The server refuses a second export of a path to the same hosts and networks.
    this.nfs = new CrudGroup(ctx, {
      namespace: 'sharing.nfs',
      schema: nfsShareSchema,
      idOf: (s) => s.id,
      matchCreated: (input, row) => row.path === input.path && sameList(row.hosts, input.hosts ?? []) && sameList(row.networks, input.networks ?? []),
    });
    this.smb = new SmbShareGroup(ctx);
  }
}

export type ServiceVerb = 'START' | 'STOP' | 'RESTART' | 'RELOAD';

export class ServiceGroup {
  constructor(private readonly ctx: ApiContext) {}

  query(filters: readonly Filter[] = [], options: QueryOptions = {}): Promise<Service[]> {
    return this.ctx.read('service.query', [filters, options], z.array(serviceSchema));
  }

  /** The service by name (`iscsitarget`, `nfs`, `cifs`, …); TrueNASNotFoundError-free: undefined when unknown. */
  async find(name: string): Promise<Service | undefined> {
    return (await this.query([['service', '=', name]]))[0];
  }

  /** Sets whether the service starts at boot; returns the service's row id. */
  update(idOrName: number | string, patch: { enable: boolean }): Promise<number> {
    return this.ctx.write('service.update', [idOrName, patch], z.number(), { kind: 'idempotent' });
  }

  start(name: string, onProgress?: (p: JobProgress) => void): Promise<boolean> {
    return this.control('START', name, onProgress);
  }

  stop(name: string, onProgress?: (p: JobProgress) => void): Promise<boolean> {
    return this.control('STOP', name, onProgress);
  }

  /** `service.control` (a job, 25.10+) or the older `service.start/stop/restart/reload`. */
  async control(verb: ServiceVerb, name: string, onProgress?: (p: JobProgress) => void): Promise<boolean> {
    if (await this.ctx.atLeast('25.10')) {
      const options = { ha_propagate: true, silent: false, timeout: 120 };
      return parseResponse('service.control', z.boolean(), await this.ctx.job('service.control', [verb, name, options], onProgress));
    }
    // Before 25.10 the options model (`service-control`) has no `timeout`: the server refuses unknown fields.
    const legacyOptions = { ha_propagate: true, silent: false };
    return this.ctx.write(`service.${verb.toLowerCase()}`, [name, legacyOptions], z.boolean(), { kind: 'idempotent' });
  }
}

export class SystemGroup {
  constructor(private readonly ctx: ApiContext) {}

  info(): Promise<SystemInfo> {
    return this.ctx.read('system.info', [], systemInfoSchema);
  }

  /** The long version string, e.g. `TrueNAS-SCALE-25.10.0`. */
  version(): Promise<string> {
    return this.ctx.read('system.version', [], z.string());
  }

  /** `COMMUNITY_EDITION` or `ENTERPRISE` (a licensed or HA-capable system). */
  productType(): Promise<string> {
    return this.ctx.read('system.product_type', [], z.string());
  }

  pools(filters: readonly Filter[] = [], options: QueryOptions = {}): Promise<Pool[]> {
    return this.ctx.read('pool.query', [filters, options], z.array(poolSchema));
  }

  disks(filters: readonly Filter[] = [], options: QueryOptions = {}): Promise<Disk[]> {
    return this.ctx.read('disk.query', [filters, options], z.array(diskSchema));
  }
}
