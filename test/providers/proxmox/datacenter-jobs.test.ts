// Datacenter jobs and HA, in process: calendar-event schedules, retention mapping, the PVE 9
// refusal of HA groups, and the simulator's server-side checks of backup jobs and HA rules
// (selection conflicts, unmanaged resources, groups migrated to rules). Table cases, no terraform.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { calendarEventProblem } from '../../../src/clients/proxmox/calendar-event.js';
import { ProxmoxApiError } from '../../../src/clients/proxmox/index.js';
import { pruneBackups, retentionOf } from '../../../src/providers/proxmox/resources/backup-job.js';
import { optionParams, optionsOf, resetParams } from '../../../src/providers/proxmox/resources/cluster-options.js';
import { assertHaGroupsSupported } from '../../../src/providers/proxmox/resources/ha-group.js';
import { haRuleResource } from '../../../src/providers/proxmox/resources/ha-rule.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';

const schedules: Array<[string, boolean]> = [
  ['sun 01:00', true],
  ['mon..fri 22:30', true],
  ['sat,sun 03:15', true],
  ['*-*-1 03:00', true],
  ['2025-01-01 00:00', true],
  ['*/15', true],
  ['*:0/20', true],
  ['daily', true],
  ['hourly', true],
  ['mon', true],
  ['every night', false],
  ['25:00', false],
  ['12:61', false],
  ['sun 01:00 extra words', false],
  ['funday 01:00', false],
  ['*-13-1 00:00', false],
  ['', false],
];

test('calendar events: what the server parses passes, the rest is refused with a reason', () => {
  for (const [schedule, valid] of schedules) {
    const problem = calendarEventProblem(schedule);
    assert.equal(problem === undefined, valid, `${JSON.stringify(schedule)}: ${problem ?? 'accepted'}`);
  }
});

test('retention: attributes to prune-backups and back', () => {
  const none = { keep_all: null, keep_last: null, keep_hourly: null, keep_daily: null, keep_weekly: null, keep_monthly: null, keep_yearly: null };
  assert.equal(pruneBackups(none), undefined);
  assert.equal(pruneBackups({ ...none, keep_last: 3, keep_weekly: 4 }), 'keep-last=3,keep-weekly=4');
  assert.equal(pruneBackups({ ...none, keep_daily: 0 }), 'keep-daily=0');
  assert.deepEqual(retentionOf({ 'prune-backups': { 'keep-last': 3, 'keep-weekly': 4 } }), { ...none, keep_last: 3, keep_weekly: 4 });
  assert.deepEqual(retentionOf({}), none);
});

let h: Harness;
before(async () => {
  h = await startHarness();
  h.sim.state.guests.set(100, {
    kind: 'qemu',
    vmid: 100,
    node: 'pve',
    config: { name: 'web' },
    pending: {},
    pendingDelete: new Set(),
    status: 'stopped',
    snapshots: new Map(),
  });
});
after(() => h.close());

/** The server's answer to a call: 'ok' or its status and text. */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (err) {
    if (!(err instanceof ProxmoxApiError)) throw err;
    const params = Object.entries(err.errors).map(([k, v]) => ` ${k}: ${v}`);
    return `${err.status} ${err.serverMessage}${params.join('')}`;
  }
}

// Groups.pm refuses by have_groups_been_migrated (groups.cfg holds none), not by version: a
// cluster upgraded to 9 keeps its groups usable until the HA manager migrates them.
test('HA groups: refused once the server has migrated them to rules, naming proxmox_ha_rule; usable while groups exist', async () => {
  await assert.rejects(
    assertHaGroupsSupported(h.client, 'g1'),
    /migrated its HA groups to HA rules \(cannot read group: ha groups have been migrated to rules\): use proxmox_ha_rule/,
  );
  h.sim.state.datacenter.haGroups.set('old', { nodes: 'pve' });
  try {
    await assertHaGroupsSupported(h.client, 'g1');
    await assertHaGroupsSupported(h.client, 'old');
  } finally {
    h.sim.state.datacenter.haGroups.delete('old');
  }
});

// verify_vzdump_parameters runs inside cfs_lock_file, which turns its parameter errors into a 500 text.
test('simulated server: backup job selections, retention and notes as verify_vzdump_parameters checks them', async () => {
  const dc = h.client.datacenter;
  const cases: Array<[Record<string, string | boolean>, string]> = [
    [
      { schedule: 'sun 01:00', vmid: '100', all: true },
      "500 cfs-lock 'file-jobs_cfg' error: 400 Parameter verification failed.\nall: option conflicts with option 'vmid'",
    ],
    [{ schedule: 'sun 01:00', vmid: '100', pool: 'lab' }, "500 pool 'lab' does not exist"],
    [{ schedule: 'sun 01:00' }, "500 cfs-lock 'file-jobs_cfg' error: 400 Parameter verification failed.\nvmid: property is missing"],
    [{ vmid: '100' }, "400 Parameter verification failed. schedule: neither 'starttime' nor 'schedule' were set"],
    [
      { schedule: 'sun 01:00', all: true, 'prune-backups': 'keep-daily=x' },
      "500 cfs-lock 'file-jobs_cfg' error: 400 Parameter verification failed.\nprune-backups: invalid format - keep-daily: type check ('integer') failed - got 'x'",
    ],
    [
      { schedule: 'sun 01:00', all: true, storage: 'local', 'notes-template': '{{name}}' },
      "500 cfs-lock 'file-jobs_cfg' error: 400 Parameter verification failed.\nnotes-template: found unknown: variable 'name' at char 2",
    ],
    [{ schedule: 'sun 01:00', exclude: '100' }, 'ok'],
  ];
  for (const [index, [params, expected]] of cases.entries())
    assert.equal(await outcome(dc.create('backup', `job${index}`, params)), expected, JSON.stringify(params));
  assert.equal(h.sim.state.datacenter.backupJobs.get('job6')?.all, '1', 'exclude implies all');
  assert.equal(await outcome(dc.get('backup', 'nope')), "400 Parameter verification failed. id: No such job 'nope'");
  assert.equal(await dc.find('backup', 'nope'), undefined, 'a missing job reads as gone');
});

test('simulated server: HA rules need managed resources and existing nodes; groups are migrated', async () => {
  const dc = h.client.datacenter;
  assert.equal(
    await outcome(dc.create('ha/rules', 'r1', { type: 'node-affinity', resources: 'vm:100', nodes: 'pve' })),
    '500 create ha rule failed: cannot use unmanaged resource(s) vm:100.',
  );
  assert.equal(await outcome(dc.create('ha/resources', 'vm:101', {})), "500 resource 'vm:101' does not exist in cluster");
  assert.equal(await outcome(dc.create('ha/resources', 'vm:100', { state: 'started' })), 'ok');
  assert.equal(
    await outcome(dc.create('ha/rules', 'r1', { type: 'node-affinity', resources: 'vm:100', nodes: 'pve,pve9' })),
    '500 create ha rule failed: cannot use non-existent node(s) pve9.',
  );
  assert.match(
    await outcome(dc.create('ha/rules', 'r2', { type: 'resource-affinity', resources: 'vm:100', affinity: 'negative' })),
    /Rule 'r2' is invalid\.\nresources: rule is ineffective as there are less than two resources/,
  );
  assert.equal(await outcome(dc.create('ha/rules', 'r1', { type: 'node-affinity', resources: 'vm:100', nodes: 'pve:2' })), 'ok');
  assert.equal(await outcome(dc.create('ha/groups', 'g1', { type: 'group', nodes: 'pve' })), '500 cannot create group: ha groups have been migrated to rules');
  // Deleting the resource purges it from the rule, which, left empty, goes too.
  assert.equal(await outcome(dc.delete('ha/resources', 'vm:100')), 'ok');
  assert.equal(h.sim.state.datacenter.haRules.size, 0);
  assert.equal(await dc.find('ha/rules', 'r1'), undefined);
  assert.equal(await dc.find('ha/resources', 'vm:100'), undefined);
});

// Rules.pm create/update `delete $param->{disable} if !$param->{disable}`; NodeAffinity.pm writes
// `node:prio` only for a priority other than 0, parsed as a number.
test('simulated server: HA rules ignore disable=0, are re-enabled by deleting disable, and store node priorities as numbers', async () => {
  const dc = h.client.datacenter;
  const rules = h.sim.state.datacenter.haRules;
  assert.equal(await outcome(dc.create('ha/resources', 'vm:100', {})), 'ok');
  assert.equal(await outcome(dc.create('ha/rules', 'r3', { type: 'node-affinity', resources: 'vm:100', nodes: 'pve:05', disable: true })), 'ok');
  assert.deepEqual(rules.get('r3'), { type: 'node-affinity', resources: 'vm:100', nodes: 'pve:5', disable: '1' });
  assert.equal(await outcome(dc.update('ha/rules', 'r3', { type: 'node-affinity', disable: false, nodes: 'pve:0' })), 'ok');
  assert.deepEqual(rules.get('r3'), { type: 'node-affinity', resources: 'vm:100', nodes: 'pve', disable: '1' }, 'disable=0 changes nothing');
  assert.equal((await dc.get('ha/rules', 'r3')).nodes, 'pve');
  assert.equal(await outcome(dc.update('ha/rules', 'r3', { type: 'node-affinity' }, ['affinity'])), "500 update HA rules failed: no such option 'affinity'");
  assert.equal(await outcome(dc.update('ha/rules', 'r3', { type: 'node-affinity' }, ['disable'])), 'ok');
  assert.equal(rules.get('r3')?.disable, undefined);
  assert.equal(await outcome(dc.delete('ha/resources', 'vm:100')), 'ok');
});

test('simulated server: an HA resource update sets, then deletes (update_resources_config): a key in both ends deleted, an unknown one refused', async () => {
  const dc = h.client.datacenter;
  const resources = h.sim.state.datacenter.haResources;
  assert.equal(await outcome(dc.create('ha/resources', 'vm:100', { comment: 'web', max_restart: 2 })), 'ok');
  assert.equal(await outcome(dc.update('ha/resources', 'vm:100', { comment: 'new', failback: false }, ['comment'])), 'ok');
  assert.equal(resources.get('vm:100')?.comment, undefined, 'set and deleted in one call: deleted');
  assert.equal(resources.get('vm:100')?.failback, '0');
  assert.equal(await outcome(dc.update('ha/resources', 'vm:100', { max_restart: 3 }, ['nodes'])), "500 update resources config failed: no such option 'nodes'");
  assert.equal(resources.get('vm:100')?.max_restart, '2', 'a refused update writes nothing');
  assert.equal(await outcome(dc.delete('ha/resources', 'vm:100')), 'ok');
});

// Tools.pm parse_node_priority keeps the priority as a number; NodeAffinity.pm writes it only when not 0.
test('HA rule nodes: priority 0 and zero-padded priorities refused with the spelling the server keeps; no upper bound of 1000', () => {
  const [nodes] = haRuleResource.schema.attributes.nodes.validators;
  assert.ok(nodes);
  const problem = (...items: string[]) => nodes.validate(items);
  assert.equal(problem('pve1:0'), 'element 1 must leave out priority 0, the default (the server stores "pve1:0" as "pve1"): write "pve1"');
  assert.equal(problem('pve1', 'pve2:05'), 'element 2 must have its priority without leading zeros ("pve2:5"), got "pve2:05"');
  assert.equal(problem('pve1', 'pve2:5', 'pve3:1000000'), undefined);
  assert.match(problem('pve_1') ?? '', /must be "NODE" or "NODE:PRIORITY"/);
});

test('datacenter options: flattened attributes to property strings and back', () => {
  const none = Object.fromEntries(Object.keys(optionsOf({})).map((k) => [k, null])) as ReturnType<typeof optionsOf>;
  assert.deepEqual(optionParams({ ...none, keyboard: 'de', migration_network: '10.0.0.0/24', next_id_lower: 1000, next_id_upper: 2000 }, {}), {
    keyboard: 'de',
    migration: 'secure,network=10.0.0.0/24',
    'next-id': 'lower=1000,upper=2000',
  });
  assert.deepEqual(optionParams({ ...none, migration_type: 'insecure', ha_shutdown_policy: 'migrate', bwlimit_restore: 500 }, {}), {
    migration: 'insecure',
    ha: 'shutdown_policy=migrate',
    bwlimit: 'restore=500',
  });
  assert.deepEqual(
    optionsOf({ keyboard: 'de', migration: { type: 'insecure', network: '10.0.0.0/24' }, 'next-id': { lower: 1000, upper: 2000 }, max_workers: '4' }),
    {
      ...none,
      keyboard: 'de',
      migration_type: 'insecure',
      migration_network: '10.0.0.0/24',
      next_id_lower: 1000,
      next_id_upper: 2000,
      max_workers: 4,
    },
  );
});

// parse_datacenter_config never decodes bwlimit, and reads the description's comment lines each with a "\n".
test("datacenter options: bwlimit read from its raw property string, the description without the reader's newline", () => {
  const read = optionsOf({ bwlimit: 'migration=1000,restore=500.5', description: 'Lab\nsecond line\n', mac_prefix: 'BC:24:11' });
  assert.deepEqual([read.bwlimit_migration, read.bwlimit_restore, read.bwlimit_default], [1000, 500.5, null]);
  assert.equal(read.description, 'Lab\nsecond line');
  assert.equal(optionsOf({ description: '' }).description, null);
});

// set_options replaces a key whole: the server's sub-keys are kept, only what differs is sent.
test("datacenter options: writes merge into the server's property strings and skip what the server holds in another spelling", () => {
  const none = Object.fromEntries(Object.keys(optionsOf({})).map((k) => [k, null])) as ReturnType<typeof optionsOf>;
  const current = {
    'tag-style': { shape: 'circle', 'color-map': 'prod:ff0000', 'case-sensitive': 1 },
    migration: { type: 'insecure' },
    bwlimit: 'migration=1000,restore=100',
    'next-id': { lower: 500, upper: 2000 },
    keyboard: 'de',
    console: 'html5',
    mac_prefix: 'BC:24:11',
    description: 'Lab\n',
  };
  assert.deepEqual(
    optionParams(
      { ...none, tag_style_ordering: 'config', migration_network: '10.0.0.0/24', bwlimit_restore: 500, next_id_lower: 1000, keyboard: 'de' },
      current,
    ),
    {
      'tag-style': 'shape=circle,color-map=prod:ff0000,case-sensitive=1,ordering=config',
      migration: 'insecure,network=10.0.0.0/24',
      bwlimit: 'migration=1000,restore=500',
      'next-id': 'lower=1000,upper=2000',
    },
  );
  assert.deepEqual(optionParams({ ...none, console: 'applet', mac_prefix: 'bc:24:11', description: 'Lab\n\n' }, current), {});
});

// reset_on_destroy removes only what the configuration set: whole options, or sub-keys out of the server's string.
test('datacenter options: reset removes the managed options and sub-keys only', () => {
  const current = {
    keyboard: 'de',
    language: 'en',
    description: '',
    'tag-style': { shape: 'circle', 'color-map': 'prod:ff0000' },
    migration: { type: 'insecure', network: '10.0.0.0/24' },
    bwlimit: 'restore=500',
  };
  assert.deepEqual(resetParams(['keyboard', 'tag_style_shape', 'migration_type', 'bwlimit_restore', 'http_proxy'], current), {
    set: { 'tag-style': 'color-map=prod:ff0000', migration: 'secure,network=10.0.0.0/24' },
    remove: ['bwlimit', 'keyboard'],
  });
});
