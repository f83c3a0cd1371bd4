// Failed applies of datacenter objects named by the configuration (pools, users, roles, groups,
// SDN zones, storages, firewall aliases, backup jobs) and of rule lists written rule by rule:
// after a create whose answer was lost, terraform's state holds what the server made (tainted),
// never an object that was there before, and the next apply converges with nothing left over.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, stateFileResources, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const NAMED = `
resource "proxmox_pool" "lost" {
  pool_id = "lost"
  comment = "made by terraform"
}
resource "proxmox_user" "lost" {
  user_id = "lost@pve"
  comment = "made by terraform"
}
resource "proxmox_role" "lost" {
  role_id    = "Lost"
  privileges = ["VM.Audit"]
}
resource "proxmox_group" "lost" {
  group_id = "lost"
}
resource "proxmox_sdn_zone" "lost" {
  zone = "lost"
  type = "simple"
}
resource "proxmox_storage" "lost" {
  storage = "lostdir"
  type    = "dir"
  path    = "/mnt/lost"
  content = ["iso"]
}
resource "proxmox_firewall_alias" "lost" {
  name = "lostnet"
  cidr = "10.77.0.0/16"
}
resource "proxmox_backup_job" "lost" {
  job_id   = "lostjob"
  schedule = "02:00"
  all      = true
  storage  = "local"
}
`;

/** The creates of the objects above, one each. */
const NAMED_CREATES = /^POST \/(pools|access\/(users|roles|groups)|cluster\/sdn\/zones|storage|cluster\/firewall\/aliases|cluster\/backup)$/;

const RULES = `
resource "proxmox_firewall_rules" "dc" {
  rule = [
    { type = "in", action = "ACCEPT", proto = "tcp", dport = "22" },
    { type = "in", action = "ACCEPT", proto = "tcp", dport = "443" },
    { type = "in", action = "DROP", proto = "tcp", dport = "25" },
  ]
}
`;

const SECOND_STEPS = `
resource "proxmox_firewall_ipset" "lost" {
  name  = "lostset"
  entry = [{ cidr = "10.1.0.0/16" }, { cidr = "10.2.0.0/16" }]
}
resource "proxmox_firewall_security_group" "lost" {
  name = "lostgrp"
  rule = [
    { type = "in", action = "ACCEPT", proto = "tcp", dport = "80" },
    { type = "in", action = "ACCEPT", proto = "tcp", dport = "443" },
  ]
}
`;

describe('proxmox datacenter faults: a lost create answer leaves no orphan', () => {
  let e2e: ProxmoxE2e;

  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  async function failingApply(): Promise<string> {
    const result = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.notEqual(result.code, 0, 'the apply fails');
    return result.stderr;
  }

  /** What the simulator holds of the objects NAMED configures. */
  function named(): Record<string, boolean> {
    const { state } = e2e.sim;
    return {
      pool: state.pools.has('lost'),
      user: state.users.has('lost@pve'),
      role: state.roles.has('Lost'),
      group: state.groups.has('lost'),
      storage: state.storages.has('lostdir'),
    };
  }

  it('records every object whose create answer was lost, tainted; the next apply replaces them and converges', async () => {
    e2e.config(NAMED);
    Object.assign(e2e.sim.faults, { dropAnswers: 8, match: NAMED_CREATES });
    const output = await failingApply();
    assert.equal(e2e.sim.faults.dropAnswers, 0, 'every create was answered into the void');
    assert.match(output, /was\s+not\s+on\s+the\s+server\s+before\s+this\s+create\s+and\s+is\s+now:\s+it\s+is\s+kept\s+in\s+state,\s+tainted/);
    const inState = stateFileResources(e2e.ws);
    assert.deepEqual(inState.map((r) => r.address).sort(), [
      'proxmox_backup_job.lost',
      'proxmox_firewall_alias.lost',
      'proxmox_group.lost',
      'proxmox_pool.lost',
      'proxmox_role.lost',
      'proxmox_sdn_zone.lost',
      'proxmox_storage.lost',
      'proxmox_user.lost',
    ]);
    assert.ok(
      inState.every((r) => r.tainted),
      'each is tainted',
    );
    assert.deepEqual(Object.values(named()), [true, true, true, true, true]);

    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
    assert.ok(stateFileResources(e2e.ws).every((r) => !r.tainted));
    assert.deepEqual(Object.values(named()), [true, true, true, true, true]);
  });

  it('never adopts an object that was there before: the create fails, state stays without it', async () => {
    e2e.sim.state.pools.set('theirs', { comment: 'made by hand', members: new Set() });
    e2e.config(`${NAMED}
resource "proxmox_pool" "theirs" {
  pool_id = "theirs"
}
`);
    Object.assign(e2e.sim.faults, { dropAnswers: 1, match: /^POST \/pools$/ });
    const output = await failingApply();
    assert.doesNotMatch(output, /kept\s+in\s+state/);
    assert.equal(
      stateFileResources(e2e.ws).some((r) => r.address === 'proxmox_pool.theirs'),
      false,
    );
    assert.equal(e2e.sim.state.pools.get('theirs')?.comment, 'made by hand');
    e2e.sim.state.pools.delete('theirs');
  });

  it('a rule list update whose rule create lost its answer: state holds the rules the server has, the next apply converges', async () => {
    e2e.config(NAMED + RULES.replace(/^.*dport = "(443|25)".*\n/gm, ''));
    await e2e.ws.apply();
    e2e.config(NAMED + RULES);
    Object.assign(e2e.sim.faults, { dropAnswers: 1, match: /^POST \/cluster\/firewall\/rules$/ });
    await failingApply();
    assert.equal(e2e.sim.state.firewall.cluster.rules.length, 2, 'the server made the rule whose answer was lost');
    const rules = stateFileResources(e2e.ws).find((r) => r.address === 'proxmox_firewall_rules.dc');
    assert.equal((rules?.values.rule as unknown[] | undefined)?.length, 2, 'state holds the two rules the server has');
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
    assert.equal(e2e.sim.state.firewall.cluster.rules.length, 3);
  });

  it('an IP set whose entry, and a security group whose rule, was refused after the create: both in state, tainted, as the server holds them; the next apply converges', async () => {
    e2e.config(NAMED + RULES + SECOND_STEPS);
    Object.assign(e2e.sim.faults, { serverErrors: 2, serverErrorStatus: 500, match: /^POST \/cluster\/firewall\/(ipset\/lostset|groups\/lostgrp)$/ });
    await failingApply();
    assert.equal(e2e.sim.faults.serverErrors, 0, 'both second steps were refused');
    const cluster = e2e.sim.state.firewall.cluster;
    const ipset = stateFileResources(e2e.ws).find((r) => r.address === 'proxmox_firewall_ipset.lost');
    const group = stateFileResources(e2e.ws).find((r) => r.address === 'proxmox_firewall_security_group.lost');
    assert.equal(ipset?.tainted, true);
    assert.equal(group?.tainted, true);
    assert.equal(cluster.ipsets.get('lostset')?.entries.length, 0);
    assert.equal(ipset?.values.entry, null, 'state holds the entries the server has: none');
    assert.equal(group?.values.rule, null, 'likewise the rules');
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
    assert.equal(cluster.ipsets.get('lostset')?.entries.length, 2);
    assert.equal(cluster.groups.get('lostgrp')?.rules.length, 2);
  });

  it('destroys everything', async () => {
    await e2e.ws.destroy();
    assert.deepEqual(Object.values(named()), [false, false, false, false, false]);
  });
});
