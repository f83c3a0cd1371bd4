// Data protection method groups: `pool.snapshottask.*`, `replication.*`, `keychaincredential.*`,
// `pool.scrub.*`, `cloudsync.credentials.*`, and the backup tasks `cloudsync.*`, `rsynctask.*` and
// `cloud_backup.*`, with the extra verbs the resources need (run now, generate a key pair).
import { z } from 'zod';
import type { JobProgress } from '../jobs.js';
import { byFields, byName } from '../query.js';
import * as protection from '../schemas/protection.js';
import * as backup from '../schemas/backup-tasks.js';
import type { ApiContext } from './context.js';
import { CrudGroup } from './crud.js';

export class SnapshotTaskGroup extends CrudGroup<protection.SnapshotTask, protection.SnapshotTaskCreate, Partial<protection.SnapshotTaskCreate>> {
  constructor(ctx: ApiContext) {
    super(ctx, {
      namespace: 'pool.snapshottask',
      schema: protection.snapshotTaskSchema,
      idOf: (task) => task.id,
      // Nothing is unique about a task but its whole definition.
      matchCreated: (input, row) => row.dataset === input.dataset && row.naming_schema === (input.naming_schema ?? row.naming_schema),
    });
  }

  /** Takes the task's snapshots now (`pool.snapshottask.run`; refused for a disabled task). */
  async run(id: number): Promise<void> {
    await this.ctx.write('pool.snapshottask.run', [id], z.unknown(), { kind: 'idempotent' });
  }
}

export class ReplicationGroup extends CrudGroup<protection.ReplicationTask, protection.ReplicationTaskCreate, Partial<protection.ReplicationTaskCreate>> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'replication', schema: protection.replicationTaskSchema, idOf: (task) => task.id, findCreated: byName });
  }

  /** Runs the task now and waits for the replication job to end (`replication.run` is a job). */
  async run(id: number, onProgress?: (progress: JobProgress) => void): Promise<void> {
    await this.ctx.job('replication.run', [id], onProgress);
  }
}

export class KeychainGroup extends CrudGroup<protection.KeychainCredential, protection.KeychainCredentialCreate, protection.KeychainCredentialUpdate> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'keychaincredential', schema: protection.keychainCredentialSchema, idOf: (credential) => credential.id, findCreated: byName });
  }

  /** A new SSH key pair made by the server (not stored: create a SSH_KEY_PAIR credential with it). */
  generateSshKeyPair(): Promise<z.output<typeof protection.sshKeyPairSchema>> {
    return this.ctx.write('keychaincredential.generate_ssh_key_pair', [], protection.sshKeyPairSchema, { kind: 'idempotent' });
  }
}

export class ScrubTaskGroup extends CrudGroup<protection.ScrubTask, protection.ScrubTaskCreate, Partial<protection.ScrubTaskCreate>> {
  constructor(ctx: ApiContext) {
    // A pool has at most one scrub task.
    super(ctx, { namespace: 'pool.scrub', schema: protection.scrubTaskSchema, idOf: (task) => task.id, findCreated: byFields('pool') });
  }
}

export class CloudCredentialGroup extends CrudGroup<protection.CloudCredential, protection.CloudCredentialCreate, protection.CloudCredentialCreate> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'cloudsync.credentials', schema: protection.cloudCredentialSchema, idOf: (credential) => credential.id, findCreated: byName });
  }
}

// Nothing is unique about a backup task but its whole definition: the newest row with the path and description is the one made.
const samePathAndDescription = (input: { path: string; description?: string }, row: { path: string; description: string }) =>
  row.path === input.path && row.description === (input.description ?? '');

export class CloudSyncTaskGroup extends CrudGroup<backup.CloudSyncTask, backup.CloudSyncTaskCreate, Partial<backup.CloudSyncTaskCreate>> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'cloudsync', schema: backup.cloudSyncTaskSchema, idOf: (task) => task.id, matchCreated: samePathAndDescription });
  }
}

export class RsyncTaskGroup extends CrudGroup<backup.RsyncTask, backup.RsyncTaskCreate, Partial<backup.RsyncTaskCreate>> {
  constructor(ctx: ApiContext) {
    super(ctx, {
      namespace: 'rsynctask',
      schema: backup.rsyncTaskSchema,
      idOf: (task) => task.id,
      matchCreated: (input, row) => row.path === input.path && row.desc === (input.desc ?? ''),
    });
  }
}

export class CloudBackupGroup extends CrudGroup<backup.CloudBackup, backup.CloudBackupCreate, Partial<backup.CloudBackupCreate>> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'cloud_backup', schema: backup.cloudBackupSchema, idOf: (task) => task.id, matchCreated: samePathAndDescription });
  }
}

/** The data protection groups under one name on the client. */
export class ProtectionGroup {
  readonly snapshotTasks: SnapshotTaskGroup;
  readonly replication: ReplicationGroup;
  readonly keychain: KeychainGroup;
  readonly scrubTasks: ScrubTaskGroup;
  readonly cloudCredentials: CloudCredentialGroup;
  readonly cloudSyncTasks: CloudSyncTaskGroup;
  readonly rsyncTasks: RsyncTaskGroup;
  readonly cloudBackups: CloudBackupGroup;

  constructor(ctx: ApiContext) {
    this.snapshotTasks = new SnapshotTaskGroup(ctx);
    this.replication = new ReplicationGroup(ctx);
    this.keychain = new KeychainGroup(ctx);
    this.scrubTasks = new ScrubTaskGroup(ctx);
    this.cloudCredentials = new CloudCredentialGroup(ctx);
    this.cloudSyncTasks = new CloudSyncTaskGroup(ctx);
    this.rsyncTasks = new RsyncTaskGroup(ctx);
    this.cloudBackups = new CloudBackupGroup(ctx);
  }
}
