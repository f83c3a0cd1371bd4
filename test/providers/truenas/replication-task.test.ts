// truenas_replication_task: the server's _validate rules said at plan time (plugins/replication.py
// @TS-25.10.6), SSH+NETCAT's active side against the simulator, and the bound snapshot task ids
// kept in the configured order though the server reads them back as a set.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Value } from '../../../src/values/types.js';
import { replicationInput, replicationSchema, replicationTaskResource, replicationToModel } from '../../../src/providers/truenas/resources/replication-task.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { configErrors } from '../../helpers/validate-config.js';
import { simWithClient } from './sim-client.js';

const NULLS = Object.fromEntries(Object.keys(replicationSchema.attributes).map((name) => [name, null])) as Record<string, Value>;
const BASE: Record<string, Value> = { ...NULLS, name: 'r', source_datasets: ['tank/a'], target_dataset: 'tank/b' };
const errors = (config: Record<string, Value>) => configErrors(replicationTaskResource.validateConfig, { ...BASE, ...config });

describe('truenas_replication_task plan-time rules', () => {
  const push = { transport: 'SSH', ssh_credentials: 1, also_include_naming_schema: ['auto-%Y-%m-%d_%H-%M'], auto: false };
  const cases: [string, Record<string, Value>, string[]][] = [
    ['a valid SSH push', push, []],
    ['SSH+NETCAT without netcat_active_side', { ...push, transport: 'SSH+NETCAT' }, ['netcat_active_side: Missing netcat_active_side']],
    ['SSH+NETCAT with its active side', { ...push, transport: 'SSH+NETCAT', netcat_active_side: 'REMOTE' }, []],
    ['netcat_active_side over SSH', { ...push, netcat_active_side: 'LOCAL' }, ['netcat_active_side: netcat_active_side without SSH+NETCAT']],
    [
      'compression and speed_limit over SSH+NETCAT',
      { ...push, transport: 'SSH+NETCAT', netcat_active_side: 'LOCAL', compression: 'LZ4', speed_limit: 1000 },
      ['compression: compression with SSH+NETCAT transport', 'speed_limit: speed_limit with SSH+NETCAT transport'],
    ],
    [
      'an automatic PULL without schedule',
      { transport: 'SSH', ssh_credentials: 1, direction: 'PULL', naming_schema: ['auto-%Y-%m-%d_%H-%M'] },
      ['auto: Nothing triggers the replication'],
    ],
    [
      'a PULL holding pending snapshots',
      { transport: 'SSH', ssh_credentials: 1, direction: 'PULL', naming_schema: ['auto-%Y-%m-%d_%H-%M'], auto: false, hold_pending_snapshots: true },
      ['hold_pending_snapshots: PUSH only'],
    ],
    ['a PUSH selecting no snapshots', { transport: 'LOCAL', auto: false }, ['periodic_snapshot_task_ids: Nothing selects the snapshots']],
    [
      'replicate with exclude and without properties',
      { ...push, replicate: true, recursive: true, retention_policy: 'SOURCE', exclude: ['tank/a/b'], properties: false },
      ['exclude: exclude with replicate', 'properties: replicate needs properties'],
    ],
    ['only_matching_schedule without schedule', { ...push, only_matching_schedule: true }, ['only_matching_schedule: only_matching_schedule without schedule']],
    [
      'name_regex with naming schemas and CUSTOM retention',
      { ...push, name_regex: 'auto-.*', retention_policy: 'CUSTOM', lifetime_value: 1, lifetime_unit: 'DAY' },
      ['name_regex: name_regex with naming schemas', 'retention_policy: CUSTOM retention with name_regex'],
    ],
  ];
  for (const [name, config, expected] of cases) it(name, () => assert.deepEqual(errors(config), expected));

  it('refuses fractional ids, lifetimes, speed limits and retries', () => {
    const attrs = replicationSchema.attributes as unknown as Record<string, { validators: readonly { validate(v: Value): string | undefined }[] }>;
    for (const name of ['ssh_credentials', 'lifetime_value', 'speed_limit', 'retries'])
      assert.ok(
        attrs[name]!.validators.some((v) => v.validate(1.5) !== undefined),
        name,
      );
  });
});

describe('truenas_replication_task against the simulator (25.10)', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  beforeEach(async () => {
    ({ sim, client } = await simWithClient());
    await client.call('pool.dataset.create', [{ name: 'tank/a' }]);
  });
  afterEach(async () => {
    client.close();
    await sim.stop();
  });

  const plan = (overrides: Record<string, unknown>) =>
    ({
      ...Object.fromEntries(Object.keys(replicationSchema.attributes).map((name) => [name, null])),
      name: 'r',
      direction: 'PUSH',
      transport: 'LOCAL',
      source_datasets: ['tank/a'],
      target_dataset: 'tank/b',
      recursive: false,
      exclude: [],
      properties: true,
      properties_exclude: [],
      properties_override: {},
      encryption: false,
      replicate: false,
      periodic_snapshot_task_ids: [],
      naming_schema: [],
      also_include_naming_schema: [],
      auto: false,
      only_matching_schedule: false,
      allow_from_scratch: false,
      readonly: 'SET',
      hold_pending_snapshots: false,
      retention_policy: 'NONE',
      large_block: true,
      embed: false,
      compressed: true,
      retries: 5,
      enabled: true,
      ...overrides,
    }) as unknown as Parameters<typeof replicationInput>[0];

  it('creates an SSH+NETCAT task with its active side and reads it back', async () => {
    // Seeded directly: the connection's key pair and host key are not what this test is about.
    const ssh = sim.state.keychain.insert({
      name: 'remote',
      type: 'SSH_CREDENTIALS',
      attributes: { host: 'backup.lan', port: 22, username: 'root', private_key: 0, remote_host_key: 'ssh-ed25519 AAAA', connect_timeout: 10 },
    });
    const task = await client.protection.replication.create(
      replicationInput(
        plan({ transport: 'SSH+NETCAT', ssh_credentials: ssh.id, netcat_active_side: 'REMOTE', also_include_naming_schema: ['auto-%Y-%m-%d_%H-%M'] }),
      ),
    );
    assert.equal(replicationToModel(task, {}).netcat_active_side, 'REMOTE');
  });

  it('keeps the configured order of the bound snapshot tasks', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t = (await client.call('pool.snapshottask.create', [
        { dataset: 'tank/a', lifetime_value: 1, lifetime_unit: 'DAY', naming_schema: `s${i}-%Y-%m-%d_%H-%M`, schedule: { minute: '0' } },
      ])) as { id: number };
      ids.push(t.id);
    }
    const configured = [...ids].reverse();
    const task = await client.protection.replication.create(replicationInput(plan({ periodic_snapshot_task_ids: configured })));
    assert.deepEqual(
      task.periodic_snapshot_tasks.map((t) => t.id),
      ids,
      'the server reads the set back ascending',
    );
    assert.deepEqual(replicationToModel(task, { periodic_snapshot_task_ids: configured }).periodic_snapshot_task_ids, configured);
    assert.deepEqual(replicationToModel(task, { periodic_snapshot_task_ids: [ids[0]!] }).periodic_snapshot_task_ids, ids);
  });
});
