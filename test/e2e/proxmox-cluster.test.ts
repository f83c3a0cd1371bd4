// The datacenter operations family with the real terraform against the simulator, on the
// lifecycle harness: datacenter options, backup jobs, replication jobs, HA resources and rules,
// metric servers (create all, update all in place, import, destroy, nothing left), and the
// plan-time refusals.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator, SimGuest } from '../../src/sim/proxmox/index.js';
import { runReplicationRemovals } from '../../src/sim/proxmox/handlers/jobs.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { findTerraform } from '../helpers/terraform.js';
import { PROXMOX_PROVIDER, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

interface Variant {
  options: string;
  schedule: string;
  retention: string;
  replicationRate: number;
  influxBucket: string;
  haState: string;
  nodes: string;
  /** A rule is re-enabled by deleting `disable` (the server ignores disable=0). */
  ruleDisabled: boolean;
  comment: string;
}

const FIRST: Variant = {
  // Read back otherwise by the server: bwlimit as a raw string, the description with a newline,
  // applet as html5, the default MAC prefix upper-case.
  options:
    'keyboard = "de"\n  migration_type = "insecure"\n  migration_network = "10.10.10.0/24"\n  next_id_lower = 1000\n  next_id_upper = 2000\n' +
    '  bwlimit_migration = 1000\n  description = "Lab datacenter"\n  console = "applet"\n  mac_prefix = "bc:24:11"\n  tag_style_ordering = "config"',
  schedule: 'sun 01:00',
  retention: 'keep_daily = 7',
  replicationRate: 50,
  influxBucket: 'pve',
  haState: 'started',
  nodes: '["pve:2", "pve2:1"]',
  ruleDisabled: true,
  comment: 'web',
};
const SECOND: Variant = {
  options:
    'keyboard = "en-us"\n  migration_type = "secure"\n  migration_network = "10.10.10.0/24"\n  next_id_lower = 5000\n  next_id_upper = 6000\n  ha_shutdown_policy = "migrate"\n' +
    '  bwlimit_migration = 2000\n  bwlimit_restore = 500\n  description = "Lab\\nsecond line"\n  console = "xtermjs"\n  mac_prefix = "AA:BB:CC"\n  tag_style_ordering = "config"',
  schedule: 'mon..fri 22:30',
  retention: 'keep_last = 3\n  keep_weekly = 4',
  replicationRate: 80,
  influxBucket: 'proxmox',
  haState: 'stopped',
  nodes: '["pve2"]',
  ruleDisabled: false,
  comment: 'web tier',
};

function clusterConfig(v: Variant): string {
  return `
resource "proxmox_cluster_options" "dc" {
  ${v.options}
  reset_on_destroy = true
}
resource "proxmox_backup_job" "nightly" {
  job_id         = "nightly"
  schedule       = "${v.schedule}"
  all            = true
  exclude        = [200]
  storage        = "local"
  compress       = "zstd"
  mode           = "snapshot"
  ${v.retention}
  notes_template = "{{guestname}} on {{node}}"
  comment        = "${v.comment}"
}
resource "proxmox_backup_job" "web" {
  job_id   = "web"
  schedule = "*-*-1 03:00"
  vmids    = [100]
  enabled  = false
}
resource "proxmox_replication" "web" {
  id       = "100-0"
  target   = "pve2"
  schedule = "*/30"
  rate     = ${v.replicationRate}
  comment  = "${v.comment}"
}
resource "proxmox_ha_resource" "web" {
  sid          = "vm:100"
  state        = "${v.haState}"
  max_restart  = 2
  comment      = "${v.comment}"
}
resource "proxmox_ha_resource" "db" {
  sid = "ct:200"
}
resource "proxmox_ha_rule" "web_nodes" {
  rule      = "web-nodes"
  type      = "node-affinity"
  resources = [proxmox_ha_resource.web.sid]
  nodes     = ${v.nodes}
  strict    = true
  disable   = ${v.ruleDisabled}
}
resource "proxmox_metrics_server" "influx" {
  id            = "influx"
  type          = "influxdb"
  server        = "192.0.2.50"
  port          = 8086
  influxdbproto = "https"
  organization  = "lab"
  bucket        = "${v.influxBucket}"
  token         = "influx-token-1"
}
resource "proxmox_metrics_server" "graphite" {
  id     = "graphite"
  type   = "graphite"
  server = "192.0.2.51"
  port   = 2003
  proto  = "tcp"
  path   = "pve"
}
resource "proxmox_ha_rule" "apart" {
  rule      = "apart"
  type      = "resource-affinity"
  resources = [proxmox_ha_resource.web.sid, proxmox_ha_resource.db.sid]
  affinity  = "negative"
  comment   = "${v.comment}"
}
data "proxmox_cluster_status" "dc" {}
data "proxmox_ha_status" "dc" {
  depends_on = [proxmox_ha_resource.web, proxmox_ha_resource.db]
}
data "proxmox_ceph_status" "dc" {}
data "proxmox_node_disks" "free" {
  node        = "pve"
  unused_only = true
}
data "proxmox_node_tasks" "pve" {
  node   = "pve"
  source = "all"
  limit  = 5
}
`;
}

/** A data source's attributes as the state file holds them (read from disk: no terraform command). */
function dataSource(configDir: string, type: string, name: string): Record<string, unknown> {
  const state = JSON.parse(readFileSync(join(configDir, 'terraform.tfstate'), 'utf8')) as {
    resources: { mode: string; type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[];
  };
  const found = state.resources.find((r) => r.mode === 'data' && r.type === type && r.name === name);
  assert.ok(found, `data.${type}.${name} is in the state`);
  return found.instances[0]?.attributes ?? {};
}

function guest(kind: SimGuest['kind'], vmid: number, disk: string): SimGuest {
  const config: Record<string, string> =
    kind === 'qemu' ? { name: `vm${vmid}`, scsi0: `${disk},size=8G` } : { hostname: `ct${vmid}`, rootfs: `${disk},size=8G` };
  return { kind, vmid, node: 'pve', config, pending: {}, pendingDelete: new Set(), status: 'stopped', snapshots: new Map() };
}

/** Options set outside Terraform: a write keeps the unmodelled tag colours, destroy keeps them and the unmanaged language. */
const SEEDED_OPTIONS: Readonly<Record<string, string>> = { language: 'en', 'tag-style': 'shape=circle,color-map=prod:ff0000' };

const clusterCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox datacenter operations',
  steps: [
    {
      config: clusterConfig(FIRST),
      expect: {
        'proxmox_cluster_options.dc': 'create',
        'proxmox_backup_job.nightly': 'create',
        'proxmox_backup_job.web': 'create',
        'proxmox_replication.web': 'create',
        'proxmox_ha_resource.web': 'create',
        'proxmox_ha_rule.web_nodes': 'create',
        'proxmox_ha_rule.apart': 'create',
        'proxmox_metrics_server.influx': 'create',
        'proxmox_metrics_server.graphite': 'create',
      },
      prepare({ target: { state } }) {
        // A second node to replicate to, a ZFS pool, and the guests (on it) the jobs and HA manage.
        state.nodes.push('pve2');
        state.storages.set('tank', { storage: 'tank', type: 'zfspool', options: { pool: 'tank', content: 'images,rootdir' }, secrets: {}, capacity: 2 ** 40 });
        state.guests.set(100, guest('qemu', 100, 'tank:vm-100-disk-0'));
        state.guests.set(200, guest('lxc', 200, 'tank:subvol-200-disk-0'));
        Object.assign(state.datacenter.options, SEEDED_OPTIONS);
      },
      check({ target: { state }, ws }) {
        const dc = state.datacenter;
        assert.deepEqual(dc.options, {
          ...SEEDED_OPTIONS,
          keyboard: 'de',
          migration: 'insecure,network=10.10.10.0/24',
          bwlimit: 'migration=1000',
          description: 'Lab datacenter\n',
          console: 'html5',
          'tag-style': 'shape=circle,color-map=prod:ff0000,ordering=config',
        });
        assert.deepEqual(state.nextId, { lower: 1000, upper: 2000 });
        assert.deepEqual(dc.backupJobs.get('nightly'), {
          schedule: 'sun 01:00',
          all: '1',
          exclude: '200',
          storage: 'local',
          compress: 'zstd',
          mode: 'snapshot',
          enabled: '1',
          'prune-backups': 'keep-daily=7',
          'notes-template': '{{guestname}} on {{node}}',
          comment: 'web',
        });
        assert.equal(dc.backupJobs.get('web')?.enabled, '0');
        assert.equal(dc.backupJobs.get('web')?.vmid, '100');
        assert.deepEqual(dc.replication.get('100-0'), {
          type: 'local',
          guest: '100',
          target: 'pve2',
          source: 'pve',
          schedule: '*/30',
          rate: '50',
          comment: 'web',
          disable: '0',
        });
        assert.equal(dc.haResources.get('vm:100')?.max_restart, '2');
        assert.equal(dc.haRules.get('web-nodes')?.strict, '1');
        assert.equal(dc.haRules.get('web-nodes')?.disable, '1');
        assert.equal(dc.haRules.get('apart')?.affinity, 'negative');
        assert.deepEqual(dc.metricServers.get('influx'), {
          type: 'influxdb',
          server: '192.0.2.50',
          port: '8086',
          disable: '0',
          influxdbproto: 'https',
          organization: 'lab',
          bucket: 'pve',
        });
        assert.equal(dc.metricTokens.get('influx'), 'influx-token-1', 'the token is kept apart');
        assert.equal(dc.metricServers.get('graphite')?.proto, 'tcp');
        // The status data sources.
        const cluster = dataSource(ws.configDir, 'proxmox_cluster_status', 'dc');
        assert.equal(cluster.cluster_name, 'truemox');
        assert.equal(cluster.quorate, true);
        assert.deepEqual(
          (cluster.nodes as { name: string; online: boolean }[]).map((n) => [n.name, n.online]),
          [
            ['pve', true],
            ['pve2', true],
          ],
        );
        const ha = dataSource(ws.configDir, 'proxmox_ha_status', 'dc');
        assert.equal(ha.quorate, true);
        assert.equal(ha.master_node, 'pve');
        assert.deepEqual(
          (ha.resources as { sid: string; state: string }[]).map((r) => [r.sid, r.state]),
          [
            ['ct:200', 'started'],
            ['vm:100', 'started'],
          ],
        );
        const ceph = dataSource(ws.configDir, 'proxmox_ceph_status', 'dc');
        assert.deepEqual([ceph.installed, ceph.reason, ceph.health], [false, 'binary not installed: /usr/bin/ceph-mon', null]);
        const disks = dataSource(ws.configDir, 'proxmox_node_disks', 'free').disks as { device: string; used: string | null }[];
        assert.deepEqual(
          disks.map((d) => [d.device, d.used]),
          [
            ['/dev/nvme0n1', null],
            ['/dev/sdb', null],
            ['/dev/sdc', null],
            ['/dev/sdd', null],
          ],
          'the system disk (partitions) is not free',
        );
        const tasks = dataSource(ws.configDir, 'proxmox_node_tasks', 'pve').tasks as { upid: string; start_time: number }[];
        assert.ok(tasks.length <= 5 && tasks.every((t) => t.upid.startsWith('UPID:pve:')));
      },
    },
    {
      config: clusterConfig(SECOND),
      expect: {
        'proxmox_cluster_options.dc': 'update',
        'proxmox_backup_job.nightly': 'update',
        'proxmox_replication.web': 'update',
        'proxmox_ha_resource.web': 'update',
        'proxmox_ha_rule.web_nodes': 'update',
        'proxmox_ha_rule.apart': 'update',
        'proxmox_metrics_server.influx': 'update',
      },
      check({ target: { state } }) {
        const dc = state.datacenter;
        assert.deepEqual(dc.options, {
          ...SEEDED_OPTIONS,
          keyboard: 'en-us',
          migration: 'secure,network=10.10.10.0/24',
          ha: 'shutdown_policy=migrate',
          bwlimit: 'migration=2000,restore=500',
          description: 'Lab\nsecond line\n',
          console: 'xtermjs',
          mac_prefix: 'AA:BB:CC',
          'tag-style': 'shape=circle,color-map=prod:ff0000,ordering=config',
        });
        assert.deepEqual(state.nextId, { lower: 5000, upper: 6000 });
        assert.equal(dc.backupJobs.get('nightly')?.schedule, 'mon..fri 22:30');
        assert.equal(dc.backupJobs.get('nightly')?.['prune-backups'], 'keep-last=3,keep-weekly=4');
        assert.equal(dc.replication.get('100-0')?.rate, '80');
        assert.equal(dc.haResources.get('vm:100')?.state, 'stopped');
        assert.equal(dc.haRules.get('web-nodes')?.nodes, 'pve2');
        assert.equal(dc.haRules.get('web-nodes')?.disable, undefined, 're-enabled');
        assert.equal(dc.haRules.get('apart')?.comment, 'web tier');
        assert.equal(dc.metricServers.get('influx')?.bucket, 'proxmox');
        assert.equal(dc.metricTokens.get('influx'), 'influx-token-1', 'an unchanged token is not sent again');
      },
    },
  ],
  imports: [
    { address: 'proxmox_cluster_options.dc', unreadable: ['reset_on_destroy', 'managed_options'] },
    { address: 'proxmox_backup_job.nightly' },
    { address: 'proxmox_backup_job.web' },
    { address: 'proxmox_replication.web' },
    { address: 'proxmox_ha_resource.web' },
    { address: 'proxmox_ha_rule.web_nodes' },
    { address: 'proxmox_ha_rule.apart' },
    { address: 'proxmox_metrics_server.influx', unreadable: ['token'] },
    { address: 'proxmox_metrics_server.graphite' },
  ],
  leftovers({ state: { datacenter, nextId } }) {
    return [
      // reset_on_destroy removes what the configuration set and nothing else.
      ...Object.keys(datacenter.options)
        .filter((key) => datacenter.options[key] !== SEEDED_OPTIONS[key])
        .map((key) => `datacenter option ${key}`),
      ...Object.keys(SEEDED_OPTIONS)
        .filter((key) => datacenter.options[key] !== SEEDED_OPTIONS[key])
        .map((key) => `datacenter option ${key} set outside Terraform was lost`),
      ...(nextId.lower !== 100 || nextId.upper !== 1_000_000 ? ['datacenter option next-id'] : []),
      ...[...datacenter.backupJobs.keys()].map((id) => `backup job ${id}`),
      // Deleting a replication job marks it; the next replication run on the source removes it.
      ...[...datacenter.replication].filter(([, job]) => job.remove_job === undefined).map(([id]) => `replication ${id}`),
      ...[...datacenter.haResources.keys()].map((sid) => `ha resource ${sid}`),
      ...[...datacenter.haRules.keys()].map((id) => `ha rule ${id}`),
      ...[...datacenter.metricServers.keys()].map((id) => `metric server ${id}`),
    ];
  },
};

describe('datacenter operations with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it('refuses bad schedules, selections, ids and rule options at plan time, naming the attribute', async () => {
    e2e.config(`resource "proxmox_backup_job" "bad" {
  job_id         = "1st"
  schedule       = "every night"
  vmids          = [100, 42]
  pool           = "lab"
  notes_template = "{{name}}"
}
resource "proxmox_replication" "bad" {
  id       = "100"
  target   = "pve2"
  schedule = "25:00"
}
resource "proxmox_cluster_options" "bad" {
  mac_prefix    = "BD:24"
  next_id_lower = 2000
  next_id_upper = 1000
}
resource "proxmox_metrics_server" "bad" {
  id     = "bad"
  type   = "graphite"
  server = "192.0.2.9"
  port   = 2003
  bucket = "pve"
}
resource "proxmox_ha_rule" "bad" {
  rule      = "bad"
  type      = "resource-affinity"
  resources = ["vm:100", "qemu:101"]
  nodes     = ["pve:05"]
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    const errors = result.stderr.replace(/\s+/g, ' ');
    for (const expected of [
      '"every" is not a weekday list',
      '"42" is not a VMID from 100 to 999999999',
      '"vmids"',
      '"pool"',
      'unknown variable(s) name',
      'notes_template',
      '"id" must be "<VMID>-<job number>"',
      '"25:00" is not a time',
      '"vm:<VMID>" or "ct:<VMID>"',
      'A resource-affinity rule needs affinity',
      'nodes belong to node-affinity rules',
      '"nodes" element 1 must have its priority without leading zeros ("pve:5"), got "pve:05"',
      '"job_id" must be an id of a letter',
      'a unicast MAC prefix',
      'A "graphite" metric server does not take bucket.',
      'next_id_upper (1000) must be above next_id_lower (2000)',
    ]) {
      assert.ok(errors.includes(expected), `missing "${expected}" in:\n${result.stderr}`);
    }
  });

  // examples/datacenter is applied by nobody here (a second workspace would cost an init and
  // several terraform runs); it is validated against this provider's schema, in a folder of its
  // own that borrows the workspace's installed providers and lock file.
  it('validates examples/datacenter', async () => {
    const example = fileURLToPath(new URL('../../examples/datacenter/', import.meta.url));
    const dir = join(e2e.ws.dir, 'datacenter-example');
    mkdirSync(dir);
    for (const file of readdirSync(example).filter((f) => f.endsWith('.tf'))) copyFileSync(join(example, file), join(dir, file));
    copyFileSync(join(e2e.ws.configDir, '.terraform.lock.hcl'), join(dir, '.terraform.lock.hcl'));
    const env = { ...process.env, ...e2e.ws.env, TF_DATA_DIR: join(e2e.ws.configDir, '.terraform') };
    const { stdout } = await promisify(execFile)(findTerraform(), [`-chdir=${dir}`, 'validate', '-no-color'], { env });
    assert.match(stdout, /The configuration is valid/);
  });

  it('replaces a replication job with the same id once the replication run has removed the old one', async () => {
    const { sim, ws } = e2e;
    const nodes = [...sim.state.nodes];
    sim.state.nodes.push('pve2', 'pve3');
    sim.state.storages.set('tank', { storage: 'tank', type: 'zfspool', options: { pool: 'tank', content: 'images,rootdir' }, secrets: {}, capacity: 2 ** 40 });
    sim.state.guests.set(300, guest('qemu', 300, 'tank:vm-300-disk-0'));
    const job = (target: string) => `resource "proxmox_replication" "move" {\n  id     = "300-0"\n  target = "${target}"\n}\n`;
    e2e.config(job('pve2'));
    await ws.apply();
    assert.equal(sim.state.datacenter.replication.get('300-0')?.target, 'pve2');
    // The replication runner (pvescheduler) finishes the removal only after the provider has
    // seen the job still marked: the create must wait for it, not fail with "already exists".
    sim.requests.length = 0;
    const marked = () => sim.requests.findIndex((r) => r.method === 'DELETE' && r.template === '/cluster/replication/{id}');
    const runner = setInterval(() => {
      const deleted = marked();
      if (deleted >= 0 && sim.requests.slice(deleted).some((r) => r.method === 'GET' && r.template === '/cluster/replication'))
        runReplicationRemovals(sim.state);
    }, 50);
    try {
      e2e.config(job('pve3'));
      await ws.apply();
    } finally {
      clearInterval(runner);
    }
    assert.equal(sim.state.datacenter.replication.get('300-0')?.target, 'pve3');
    assert.equal(sim.state.datacenter.replication.get('300-0')?.remove_job, undefined);
    const polls = sim.requests.slice(marked()).filter((r) => r.method === 'GET' && r.template === '/cluster/replication');
    assert.ok(polls.length >= 2, 'the create polled the job list until the old job was gone');
    e2e.config('');
    await ws.apply();
    runReplicationRemovals(sim.state);
    sim.state.guests.delete(300);
    sim.state.nodes.splice(0, sim.state.nodes.length, ...nodes);
  });

  it('creates, updates, imports and destroys backup jobs, replication, HA resources and rules', async () => {
    e2e.config('');
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [clusterCase]);
  });
});
