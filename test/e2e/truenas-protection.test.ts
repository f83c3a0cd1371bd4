// Data protection with the real terraform against the simulators of 25.04, 25.10 and 26.0 at once
// (a provider per release, one workspace, one init), every resource on every release, on the lifecycle
// harness: periodic snapshot tasks and replication (25.04's are legacy schemas), SSH key pairs,
// connections and scrub tasks; the snapshots a task takes when the simulated clock moves on, and
// their local replication to a second pool; cloud sync credentials (a stored sensitive secret on
// 25.04, a write-only one from 25.10, kept out of the plan and state); backup tasks: cloud sync
// (encryption password stored on 25.04, write-only from 25.10), rsync (to a module on 25.04, over
// the SSH connection from 25.10) and a restic cloud backup on an S3 credential.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { generateOpenSshKeyPair } from '../../src/sim/truenas/ssh-keys.js';
import { providerWorkspace } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { TRUENAS_KEY, TRUENAS_RELEASES, type TrueNASRelease } from '../providers/truenas/harness.js';

interface Sims {
  readonly [release: string]: TrueNASSimulator;
}

type Alias = TrueNASRelease['alias'];
const ALIASES: Alias[] = TRUENAS_RELEASES.map((release) => release.alias);
/** The releases from 25.10 (write-only secrets; rsync over an SSH connection). */
const NEWER = ALIASES.filter((alias) => alias !== 'v2504');

function providers(sims: Sims): string {
  const blocks = ALIASES.map(
    (alias) => `provider "truenas-${alias}" {
  endpoint = "${sims[alias]!.url}"
  api_key  = "${TRUENAS_KEY}"
}`,
  );
  return `terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
${TRUENAS_RELEASES.map((release) => `    ${release.provider} = { source = "truemox/${release.provider}" }`).join('\n')}
  }
}
${blocks.join('\n')}
`;
}

interface Settings {
  lifetime?: number;
  schedule?: string;
  retention?: string;
  port?: number;
  threshold?: number;
  scrubPool?: string;
  keyName?: string;
  cloudRegion?: string;
  cloudSecretVersion?: number;
  /** Backup tasks: their description, transfer mode and what cloud backups keep. */
  taskNote?: string;
  transferMode?: string;
  keepLast?: number;
}

/**
 * The replication target's encryption key: in state (sensitive) at version 1, write-only from
 * version 2 (the server answers it in clear; the state must not keep it then).
 */
const REPLICATION_KEY = 'replication-stored-key';
const replicationKeyWo = (version: number) => `replication-write-only-${version}`;
function replicationKey(version: number): string {
  return version === 1
    ? `encryption_key = "${REPLICATION_KEY}"`
    : `encryption_key_wo = "${replicationKeyWo(version)}"
  encryption_key_wo_version = ${version}`;
}

/** The write-only B2 key per secrets_wo_version: sent to 25.10, never in a plan or state. */
const b2Key = (version: number) => `b2-write-only-key-${version}`;
const S3_SECRET = 's3-stored-secret';

function protectionConfig(alias: Alias, s: Settings = {}): string {
  const retention =
    s.retention === 'CUSTOM'
      ? 'retention_policy = "CUSTOM"\n  lifetime_value   = 4\n  lifetime_unit    = "WEEK"'
      : `retention_policy = "${s.retention ?? 'SOURCE'}"`;
  return `
resource "truenas_periodic_snapshot_task" "${alias}" {
  provider       = truenas-${alias}
  dataset        = "tank/vms"
  recursive      = true
  schedule       = "${s.schedule ?? '0 * * * *'}"
  lifetime_value = ${s.lifetime ?? 2}
  lifetime_unit  = "DAY"
}
resource "truenas_replication_task" "${alias}" {
  provider                   = truenas-${alias}
  name                       = "vms-to-backup"
  transport                  = "LOCAL"
  source_datasets            = ["tank/vms"]
  target_dataset             = "backup/vms"
  recursive                  = true
  periodic_snapshot_task_ids = [truenas_periodic_snapshot_task.${alias}.id]
  ${retention}
  properties_override        = { atime = "off" }
  encryption                 = true
  encryption_key_format      = "PASSPHRASE"
  encryption_key_location    = "$TrueNAS"
  ${replicationKey(s.cloudSecretVersion ?? 1)}
}
${snapshotsData(alias)}
${keychainAndScrub(alias, s)}
${cloudCredential(alias, s)}
${backupTasks(alias, s)}`;
}

/** The sync's write-only encryption password on 25.10 and the backup's on 25.04, per version. */
const syncPassword = (version: number) => `sync-write-only-${version}`;
const resticPassword = (version: number) => `restic-write-only-${version}`;
const STORED_SYNC_PASSWORD = 'sync-stored-password';

/**
 * Backup tasks on /mnt/tank/vms: a cloud sync task on both (its encryption password in state on
 * 25.04, write-only on 25.10); an rsync task to a module on 25.04 and over the SSH connection on
 * 25.10 (no remote to check the path on); a restic cloud backup on 25.04's S3 credential with a
 * write-only password.
 */
function backupTasks(alias: Alias, s: Settings): string {
  const version = s.cloudSecretVersion ?? 1;
  const note = s.taskNote ?? 'nightly';
  const secret =
    alias === 'v2504'
      ? `encryption_password = "${STORED_SYNC_PASSWORD}"`
      : `encryption_password_wo         = "${syncPassword(version)}"\n  encryption_password_wo_version = ${version}`;
  const sync = `resource "truenas_cloudsync_task" "${alias}" {
  provider      = truenas-${alias}
  description   = "vms ${note}"
  path          = "/mnt/tank/vms"
  credentials   = truenas_cloudsync_credential.${alias}.id
  bucket        = "nas-vms"
  folder        = "vms"
  direction     = "PUSH"
  transfer_mode = "${s.transferMode ?? 'SYNC'}"
  schedule      = "${s.schedule ?? '0 * * * *'}"
  encryption    = true
  ${secret}
  bwlimit {
    time      = "08:00"
    bandwidth = 1048576
  }
}`;
  const rsync =
    alias === 'v2504'
      ? `resource "truenas_rsync_task" "${alias}" {
  provider     = truenas-${alias}
  description  = "vms ${note}"
  path         = "/mnt/tank/vms"
  user         = "root"
  remotehost   = "rsync.example"
  remotemodule = "vms"
  extra        = ["--bwlimit=1000"]
}`
      : `resource "truenas_rsync_task" "${alias}" {
  provider             = truenas-${alias}
  description          = "vms ${note}"
  path                 = "/mnt/tank/vms"
  user                 = "root"
  mode                 = "SSH"
  ssh_credentials      = truenas_ssh_connection.${alias}.id
  remotepath           = "/srv/vms"
  archive              = ${s.taskNote ? 'true' : 'false'}
  validate_remote_path = false
}`;
  // restic has a configuration for S3 (and Storj) only: from 25.10 the backup has an S3 credential of its own.
  const backup = `resource "truenas_cloud_backup" "${alias}" {
  provider            = truenas-${alias}
  description         = "vms ${note}"
  path                = "/mnt/tank/vms"
  credentials         = truenas_cloudsync_credential.${alias === 'v2504' ? alias : `${alias}_s3`}.id
  bucket              = "nas-restic"
  folder              = "vms"
  keep_last           = ${s.keepLast ?? 7}
  password_wo         = "${resticPassword(1)}"
  password_wo_version = 1
}`;
  const listed = `data "truenas_cloudsync_tasks" "${alias}" {
  provider   = truenas-${alias}
  name_regex = "^vms "
  depends_on = [truenas_cloudsync_task.${alias}]
}`;
  return [sync, rsync, backup, listed].join('\n');
}

/** The write-only passwords reached the servers and are in no plan or state; the stored one is not printed. */
function assertTaskSecrets(sims: Sims, ws: Workspace, plan: string, version: number): void {
  assert.equal(sims['v2510']!.state.cloudSyncTasks.list()[0]?.encryption_password, syncPassword(version), 'the write-only password reached 25.10');
  assert.equal(sims['v2504']!.state.cloudBackups.list()[0]?.password, resticPassword(1));
  const stateFile = readFileSync(join(ws.configDir, 'terraform.tfstate'), 'utf8');
  for (const secret of [syncPassword(1), syncPassword(2), resticPassword(1)]) {
    assert.equal(stateFile.includes(secret), false, 'no write-only password in the state');
    assert.equal(plan.includes(secret), false, 'no write-only password in the plan');
  }
  assert.equal(plan.includes(STORED_SYNC_PASSWORD), false, 'the sensitive password is not printed');
}

/** An S3 credential with its secret in state (sensitive) on 25.04; a B2 one with a write-only key on 25.10. */
function cloudCredential(alias: Alias, s: Settings): string {
  if (alias === 'v2504') return s3Credential(alias, alias, s);
  const version = s.cloudSecretVersion ?? 1;
  return `resource "truenas_cloudsync_credential" "${alias}" {
  provider           = truenas-${alias}
  name               = "offsite-b2"
  provider_type      = "B2"
  settings           = { account = "b2-account" }
  secrets_wo         = { key = "${b2Key(version)}" }
  secrets_wo_version = ${version}
}
${s3Credential(alias, `${alias}_s3`, s)}`;
}

/** 26.0's S3 credential also addresses its (MinIO) endpoint virtual-hosted style and names the rclone provider. */
const S3_ADDRESSING_26 = ', force_path_style = "false", provider = "Minio"';

function s3Credential(alias: Alias, name: string, s: Settings): string {
  return `resource "truenas_cloudsync_credential" "${name}" {
  provider      = truenas-${alias}
  name          = "offsite-s3"
  provider_type = "S3"
  settings      = { access_key_id = "AKIAEXAMPLE", endpoint = "https://s3.example.net", region = "${s.cloudRegion ?? 'eu-1'}"${alias === 'v2600' ? S3_ADDRESSING_26 : ''} }
  secrets       = { secret_access_key = "${S3_SECRET}" }
}`;
}

/** The B2 credential's key on the 25.10 simulator, and that no write-only key is in the plan or the state file. */
function assertCloudSecrets(sims: Sims, ws: Workspace, plan: string, version: number): void {
  for (const alias of NEWER) {
    const b2 = sims[alias]!.state.cloudCredentials.list().find((c) => c.name === 'offsite-b2');
    assert.equal(b2?.provider['key'], b2Key(version), `${alias}: the write-only key reached the server`);
  }
  const stateFile = readFileSync(join(ws.configDir, 'terraform.tfstate'), 'utf8');
  for (const v of [1, 2]) {
    assert.equal(stateFile.includes(b2Key(v)), false, 'no write-only key in the state');
    assert.equal(plan.includes(b2Key(v)), false, 'no write-only key in the plan');
  }
  assert.equal(plan.includes(S3_SECRET), false, 'the sensitive S3 secret is not printed');
}

/** A key pair made outside Terraform, imported through private_key_wo. */
const IMPORTED_KEY = generateOpenSshKeyPair('imported');

/** Keychain credentials and scrub tasks. */
function keychainAndScrub(alias: Alias, s: Settings): string {
  return `resource "truenas_ssh_keypair" "${alias}" {
  provider = truenas-${alias}
  name     = "${s.keyName ?? 'replication'}"
}
resource "truenas_ssh_keypair" "${alias}_imported" {
  provider               = truenas-${alias}
  name                   = "imported"
  private_key_wo         = ${JSON.stringify(IMPORTED_KEY.privateKey)}
  private_key_wo_version = 1
}
resource "truenas_ssh_connection" "${alias}" {
  provider        = truenas-${alias}
  name            = "offsite"
  host            = "offsite.example"
  port            = ${s.port ?? 22}
  private_key     = truenas_ssh_keypair.${alias}.id
  remote_host_key = truenas_ssh_keypair.${alias}.public_key
}
resource "truenas_scrub_task" "${alias}" {
  provider  = truenas-${alias}
  pool      = "${s.scrubPool ?? 'tank'}"
  threshold = ${s.threshold ?? 35}
}
`;
}

function snapshotsData(alias: Alias): string {
  return `data "truenas_snapshots" "${alias}_copies" {
  provider      = truenas-${alias}
  dataset       = "backup/vms/disk0"
  naming_schema = "auto-%Y-%m-%d_%H-%M"
  depends_on    = [truenas_replication_task.${alias}]
}
data "truenas_replication_task" "${alias}" {
  provider = truenas-${alias}
  name     = truenas_replication_task.${alias}.name
}
`;
}

const config = (s: Settings = {}) => ALIASES.map((alias) => protectionConfig(alias, s)).join('\n');
const perRelease = (type: string, action: 'create' | 'update' | 'replace') => Object.fromEntries(ALIASES.map((alias) => [`${type}.${alias}`, action]));
const HOUR = 3_600_000;
const UPDATED: Settings = {
  lifetime: 3,
  schedule: '30 */2 * * *',
  retention: 'CUSTOM',
  port: 2222,
  threshold: 7,
  keyName: 'replication-key',
  cloudRegion: 'us-2',
  cloudSecretVersion: 2,
  taskNote: 'hourly',
  transferMode: 'COPY',
  keepLast: 14,
};

/** 26.0's S3 path-style addressing against a 25.10 server: refused at plan naming the key, nothing sent. */
const pathStyleRefusedOn2510 = {
  config: `resource "truenas_cloudsync_credential" "minio" {
  provider      = truenas-v2510
  name          = "minio"
  provider_type = "S3"
  settings      = { access_key_id = "AKIAEXAMPLE", endpoint = "https://minio.example.net", force_path_style = "true" }
  secrets       = { secret_access_key = "${S3_SECRET}" }
}
`,
  check({ target }: { readonly target: Sims }, result: { readonly stdout: string; readonly stderr: string }) {
    const out = (result.stdout + result.stderr).replace(/\s+/g, ' ');
    assert.match(out, /S3's "force_path_style" setting needs TrueNAS 26\.0 or later/);
    assert.match(out, /This server runs TrueNAS 25\.10/);
    assert.equal(target['v2510']!.state.cloudCredentials.list().length, 0, 'nothing was sent');
  },
};

const protectionCase: LifecycleCase<Sims> = {
  name: 'truenas data protection resources',
  steps: [
    {
      config: config(),
      refused: pathStyleRefusedOn2510,
      expect: {
        ...perRelease('truenas_periodic_snapshot_task', 'create'),
        ...perRelease('truenas_replication_task', 'create'),
        ...perRelease('truenas_ssh_keypair', 'create'),
        ...Object.fromEntries(ALIASES.map((alias) => [`truenas_ssh_keypair.${alias}_imported`, 'create'])),
        ...Object.fromEntries(NEWER.map((alias) => [`truenas_cloudsync_credential.${alias}_s3`, 'create'])),
        ...perRelease('truenas_ssh_connection', 'create'),
        ...perRelease('truenas_scrub_task', 'create'),
        ...perRelease('truenas_cloudsync_credential', 'create'),
        ...perRelease('truenas_cloudsync_task', 'create'),
        ...perRelease('truenas_rsync_task', 'create'),
        ...perRelease('truenas_cloud_backup', 'create'),
      },
      async check({ target, resource, ws, plan }) {
        assertCloudSecrets(target, ws, plan, 1);
        assertTaskSecrets(target, ws, plan, 1);
        const sync = await resource('truenas_cloudsync_task.v2504');
        assert.equal(sync.values.encryption_password, STORED_SYNC_PASSWORD, 'a password configured in state stays there');
        assert.equal(sync.sensitive_values?.encryption_password, true);
        assert.deepEqual(target['v2504']!.state.cloudSyncTasks.list()[0]?.attributes, {
          bucket: 'nas-vms',
          folder: 'vms',
          fast_list: false,
          region: '',
          encryption: null,
          storage_class: '',
        });
        assert.equal(sync.values.region, null, "the provider's defaults do not show as configured");
        const overSsh = target['v2510']!.state.rsyncTasks.list()[0];
        assert.deepEqual(
          [overSsh?.mode, overSsh?.ssh_credentials],
          ['SSH', target['v2510']!.state.keychain.list().find((c) => c.type === 'SSH_CREDENTIALS')?.id],
        );
        const s3 = await resource('truenas_cloudsync_credential.v2504');
        assert.deepEqual(s3.values.settings, { access_key_id: 'AKIAEXAMPLE', endpoint: 'https://s3.example.net', region: 'eu-1' });
        assert.equal(target['v2504']!.state.cloudCredentials.list()[0]?.provider['max_upload_parts'], 10000, "the release's defaults filled in");
        const addressing = (sim: TrueNASSimulator) => {
          const { provider } = sim.state.cloudCredentials.list().find((c) => c.name === 'offsite-s3')!;
          return [provider['force_path_style'], provider['provider'], provider['sign_accept_encoding']];
        };
        assert.deepEqual(
          addressing(target['v2600']!),
          [false, 'Minio', true],
          "26.0's S3 addressing fields reached the server (sign_accept_encoding: its default)",
        );
        assert.deepEqual(addressing(target['v2510']!), [undefined, undefined, undefined], '25.10 has none of them');
        const keypair = await resource('truenas_ssh_keypair.v2510');
        assert.match(String(keypair.values.public_key), /^ssh-ed25519 /, 'the server generated the key pair');
        assert.equal(keypair.sensitive_values?.private_key, true);
        // The write-only private key reached the server; the state keeps only its public half.
        const imported = await resource('truenas_ssh_keypair.v2510_imported');
        assert.equal(imported.values.private_key, null);
        const keyFields = (key: unknown) => String(key).trim().split(/\s+/).slice(0, 2).join(' ');
        assert.equal(keyFields(imported.values.public_key), keyFields(IMPORTED_KEY.publicKey), 'derived from the imported private key');
        const onServer = target['v2510']!.state.keychain.list().find((c) => c.name === 'imported');
        assert.equal(onServer?.type === 'SSH_KEY_PAIR' ? onServer.attributes.private_key?.trim() : undefined, IMPORTED_KEY.privateKey.trim());
        const secretLine = IMPORTED_KEY.privateKey.split('\n')[2] ?? '';
        assert.equal(readFileSync(join(ws.configDir, 'terraform.tfstate'), 'utf8').includes(secretLine), false, 'no private key in the state');
        for (const alias of ALIASES) {
          const sim = target[alias]!;
          const [task] = sim.state.snapshotTasks.list();
          assert.equal(task?.schedule.minute, '0');
          assert.equal(sim.state.replications.list()[0]?.periodic_snapshot_tasks[0], task?.id);
          const replication = sim.state.replications.list()[0]!;
          assert.deepEqual(
            [replication['encryption'], replication['encryption_key'], replication['encryption_key_location'], replication['properties_override']],
            [true, REPLICATION_KEY, '$TrueNAS', { atime: 'off' }],
            `${alias}: the target's encryption and property override reached the server`,
          );
          // Two hours on the simulated clock: two hourly snapshots of tank/vms and its child, copied to backup.
          sim.advanceClock(2 * HOUR);
          const taken = [...sim.state.snapshots.keys()].filter((name) => name.startsWith('tank/vms/disk0@auto-'));
          assert.equal(taken.length, 2, `${alias}: two snapshots taken`);
          const copied = [...sim.state.snapshots.keys()].filter((name) => name.startsWith('backup/vms/disk0@auto-'));
          assert.deepEqual(copied.map((n) => n.split('@')[1]).sort(), taken.map((n) => n.split('@')[1]).sort(), `${alias}: replicated to backup`);
          assert.equal(sim.state.datasets.get('backup/vms')?.props['readonly'], 'on', 'the replication target is made read-only');
        }
      },
    },
    {
      config: config({ ...UPDATED }),
      expect: {
        ...perRelease('truenas_periodic_snapshot_task', 'update'),
        ...perRelease('truenas_replication_task', 'update'),
        ...perRelease('truenas_ssh_keypair', 'update'),
        ...perRelease('truenas_ssh_connection', 'update'),
        ...perRelease('truenas_scrub_task', 'update'),
        ...perRelease('truenas_cloudsync_credential', 'update'),
        ...perRelease('truenas_cloudsync_task', 'update'),
        ...perRelease('truenas_rsync_task', 'update'),
        ...perRelease('truenas_cloud_backup', 'update'),
      },
      async check({ target, resource, ws, plan }) {
        assertCloudSecrets(target, ws, plan, 2);
        assertTaskSecrets(target, ws, plan, 2);
        assert.equal(target['v2504']!.state.cloudBackups.list()[0]?.keep_last, 14);
        assert.equal(target['v2510']!.state.cloudSyncTasks.list()[0]?.transfer_mode, 'COPY');
        assert.equal(target['v2510']!.state.rsyncTasks.list()[0]?.archive, true);
        const listed = await resource('data.truenas_cloudsync_tasks.v2510');
        assert.deepEqual(listed.values.names, ['vms hourly'], 'the data source lists the task by description');
        assert.equal((listed.values.items as { transfer_mode: string }[])[0]?.transfer_mode, 'COPY');
        const s3 = target['v2504']!.state.cloudCredentials.list()[0]!.provider;
        assert.deepEqual([s3['region'], s3['secret_access_key']], ['us-2', S3_SECRET], 'the update kept the secret it did not change');
        const s3On26 = target['v2600']!.state.cloudCredentials.list().find((c) => c.name === 'offsite-s3')!.provider;
        assert.deepEqual(
          [s3On26['region'], s3On26['force_path_style']],
          ['us-2', false],
          'the update resent the path-style setting with the whole provider object',
        );
        for (const alias of ALIASES) {
          const sim = target[alias]!;
          assert.equal(sim.state.snapshotTasks.list()[0]?.schedule.hour, '*/2');
          assert.equal(sim.state.replications.list()[0]?.retention_policy, 'CUSTOM');
          assert.equal(sim.state.replications.list()[0]?.['encryption_key'], replicationKeyWo(2), `${alias}: the write-only key was sent`);
          const replicationState = await resource(`truenas_replication_task.${alias}`);
          assert.deepEqual([replicationState.values.encryption_key, replicationState.values.encryption_key_wo_version], [null, 2]);
          const copies = await resource(`data.truenas_snapshots.${alias}_copies`);
          assert.equal((copies.values.names as string[]).length, 2, `${alias}: the data source lists the two copies`);
          // The task's last run, as the data source reads it: the clock's two runs finished.
          const task = (await resource(`data.truenas_replication_task.${alias}`)).values;
          assert.deepEqual([task.state, task.error, task.target_dataset], ['FINISHED', null, 'backup/vms']);
          assert.match(String(task.last_run), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
          assert.match(String(task.last_snapshot), /^tank\/vms\/disk0@auto-/);
        }
      },
    },
    {
      // A scrub task belongs to one pool: another pool replaces it.
      config: config({ ...UPDATED, scrubPool: 'backup' }),
      expect: perRelease('truenas_scrub_task', 'replace'),
      check({ target }) {
        assert.equal(target['v2510']!.state.scrubTasks.list()[0]?.pool, 2);
      },
    },
  ],
  imports: [
    ...ALIASES.flatMap((alias) => [
      { address: `truenas_periodic_snapshot_task.${alias}` },
      // The key was given write-only: an import cannot know its version.
      { address: `truenas_replication_task.${alias}`, unreadable: ['encryption_key_wo_version'] },
    ]),
    ...ALIASES.flatMap((alias) => [
      { address: `truenas_ssh_keypair.${alias}` },
      { address: `truenas_ssh_keypair.${alias}_imported`, unreadable: ['private_key', 'private_key_wo_version'] },
      { address: `truenas_ssh_connection.${alias}` },
      { address: `truenas_scrub_task.${alias}` },
      { address: `truenas_cloud_backup.${alias}`, unreadable: ['password_wo_version'] },
    ]),
    { address: 'truenas_cloudsync_credential.v2504', unreadable: ['secrets'] },
    { address: 'truenas_cloudsync_task.v2504', unreadable: ['encryption_password'] },
    { address: 'truenas_rsync_task.v2504' },
    ...NEWER.flatMap((alias) => [
      { address: `truenas_cloudsync_credential.${alias}`, unreadable: ['secrets_wo_version'] },
      // The server keeps the endpoint normalised ("https://s3.example.net/"); the configured spelling is known only to the apply.
      { address: `truenas_cloudsync_credential.${alias}_s3`, unreadable: ['secrets', 'settings.endpoint'] },
      { address: `truenas_cloudsync_task.${alias}`, unreadable: ['encryption_password_wo_version'] },
      // Not stored on the server: an import reads the default (true).
      { address: `truenas_rsync_task.${alias}`, unreadable: ['validate_remote_path'] },
    ]),
  ],
  leftovers: (sims) =>
    ALIASES.flatMap((alias) => {
      const { snapshotTasks, replications, keychain, scrubTasks, cloudCredentials, cloudSyncTasks, rsyncTasks, cloudBackups } = sims[alias]!.state.inventory();
      return [
        ...(snapshotTasks ?? []).map((id) => `${alias} snapshot task ${id}`),
        ...(replications ?? []).map((id) => `${alias} replication ${id}`),
        ...(keychain ?? []).map((id) => `${alias} keychain credential ${id}`),
        ...(scrubTasks ?? []).map((id) => `${alias} scrub task ${id}`),
        ...(cloudCredentials ?? []).map((id) => `${alias} cloud credential ${id}`),
        ...(cloudSyncTasks ?? []).map((id) => `${alias} cloud sync task ${id}`),
        ...(rsyncTasks ?? []).map((id) => `${alias} rsync task ${id}`),
        ...(cloudBackups ?? []).map((id) => `${alias} cloud backup ${id}`),
      ];
    }),
};

describe('data protection with terraform on every release', () => {
  const sims: Record<string, TrueNASSimulator> = {};
  let ws: Workspace;
  before(async () => {
    for (const { alias, version } of TRUENAS_RELEASES) {
      const sim = await startTrueNASSimulator({
        version,
        apiKeys: [TRUENAS_KEY],
        loginRateLimit: false,
        badLoginDelayMs: 0,
        pools: [
          { name: 'tank', size: 1024 ** 4 },
          { name: 'backup', size: 1024 ** 4 },
        ],
      });
      // The data to protect exists before terraform: a dataset with a zvol below it.
      const txg = sim.state.nextTxg();
      sim.state.datasets.set('tank/vms', { name: 'tank/vms', type: 'FILESYSTEM', props: {}, user: {}, written: 0, createtxg: txg });
      sim.state.datasets.set('tank/vms/disk0', {
        name: 'tank/vms/disk0',
        type: 'VOLUME',
        props: { volsize: String(1024 ** 3) },
        user: {},
        written: 4096,
        createtxg: txg,
      });
      sims[alias] = sim;
    }
    ws = providerWorkspace(
      { TRUENAS_TIMEOUT: '10s' },
      TRUENAS_RELEASES.map((release) => release.provider),
    );
    ws.writeConfig(providers(sims));
    await ws.init();
  });
  after(async () => {
    ws?.cleanup();
    for (const sim of Object.values(sims)) await sim.stop();
  });

  it('refuses bad schedules, naming schemas, replication and backup task settings at plan time', async () => {
    ws.writeConfig(
      `resource "truenas_periodic_snapshot_task" "bad" {
  provider      = truenas-v2510
  dataset       = "tank/vms"
  naming_schema = "auto-%Y-%m-%d"
  schedule      = "every hour"
  exclude       = ["tank/vms/disk0"]
}
resource "truenas_replication_task" "bad" {
  provider         = truenas-v2510
  name             = "bad"
  transport        = "LOCAL"
  ssh_credentials  = 1
  source_datasets  = ["tank/vms"]
  target_dataset   = "backup/vms"
  retention_policy = "CUSTOM"
}
resource "truenas_cloudsync_task" "bad" {
  provider      = truenas-v2510
  path          = "/var/tmp"
  credentials   = 1
  direction     = "PULL"
  transfer_mode = "SYNC"
  snapshot      = true
  encryption    = true
  bwlimit {
    time = "18:00"
  }
  bwlimit {
    time = "08:00"
  }
}
resource "truenas_rsync_task" "bad" {
  provider = truenas-v2510
  path     = "/mnt/tank/vms"
  user     = "root"
}
resource "truenas_cloud_backup" "bad" {
  provider       = truenas-v2510
  path           = "/mnt/tank/vms"
  credentials    = 1
  keep_last      = 0
  snapshot       = true
  absolute_paths = true
}
`,
      'bad.tf',
    );
    try {
      const result = await ws.run(['validate', '-no-color']);
      assert.equal(result.code, 1);
      const output = result.stderr.replace(/\s+/g, ' ');
      assert.match(output, /must contain %H, %M/);
      assert.match(output, /must have five fields/);
      assert.match(output, /exclude needs recursive/);
      assert.match(output, /A LOCAL replication runs on this system: remove ssh_credentials/);
      assert.match(output, /retention_policy CUSTOM needs lifetime_value and lifetime_unit/);
      assert.match(output, /An automatic PUSH replication needs periodic_snapshot_task_ids or a schedule/);
      assert.match(output, /must lie within a pool: a path under \/mnt\/<pool>; got "\/var\/tmp"/);
      assert.match(output, /Only a PUSH task can work from a snapshot of its path/);
      assert.match(output, /The bwlimit blocks must be in time order: 18:00 comes before 08:00/);
      assert.match(output, /An rsync task in MODULE mode needs remotehost/);
      assert.match(output, /An rsync task in MODULE mode needs remotemodule/);
      assert.match(output, /keep_last/);
      assert.match(output, /A backup that keeps absolute paths cannot work from a snapshot/);
    } finally {
      ws.removeConfig('bad.tf');
    }
  });

  it('creates, updates, replaces, imports and destroys every data protection resource on both releases', async () => {
    await runLifecycles({ ws, providers: providers(sims), target: sims }, [protectionCase]);
  });
});
