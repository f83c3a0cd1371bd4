// The read endpoints the data sources use, answered as the real server answers them: statistics
// only with Sys.Audit, cluster members that are down, storages per node, volumes filtered by
// check_volume_access, running tasks, a login that needs a second factor.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { GIB } from '../../../src/sim/proxmox/state.js';
import { pveCall, taskResult } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
/** Datastore.Audit on every storage and VM.Audit on the guests, nothing more. */
const AUDITOR = 'ops@pve!audit=audit-secret';

let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({
    tokens: [ROOT, { token: AUDITOR, privsep: true }],
    users: [{ userid: 'alice@pve', password: 'alice-password' }],
    extraNodes: ['pve2'],
    taskDelayMs: 0,
    authFailureDelayMs: 0,
  });
  sim.grant('/', 'ops@pve', 'Administrator');
  sim.grant('/', 'ops@pve!audit', 'PVEAuditor');
  sim.state.storages.set('pve2-iso', {
    storage: 'pve2-iso',
    type: 'dir',
    options: { path: '/srv/iso', content: 'iso', nodes: 'pve2' },
    secrets: {},
    capacity: 10 * GIB,
  });
  sim.state.storages.set('off', { storage: 'off', type: 'dir', options: { path: '/srv/off', content: 'iso', disable: '1' }, secrets: {}, capacity: 10 * GIB });
  sim.state.storages.get('local')!.options.content = 'iso,vztmpl,backup,snippets';
  sim.state.volumes.set('local:snippets/user.yaml', { storage: 'local', name: 'snippets/user.yaml', size: 10, format: 'snippet', content: 'snippets' });
});
after(() => sim.stop());

test('/nodes and /cluster/resources: node statistics only with Sys.Audit on the node; a node that is down is offline and bare', async () => {
  const asRoot = (await pveCall(sim, ROOT, 'GET', '/nodes')).data as Array<Record<string, unknown>>;
  assert.equal(asRoot[0]?.maxcpu, 8);
  sim.grant('/nodes/pve', 'ops@pve!audit', 'NoAccess');
  try {
    const audited = (await pveCall(sim, AUDITOR, 'GET', '/nodes')).data as Array<Record<string, unknown>>;
    assert.deepEqual(
      audited.find((n) => n.node === 'pve'),
      { id: 'node/pve', node: 'pve', type: 'node', status: 'online', level: '' },
    );
    const resources = (await pveCall(sim, AUDITOR, 'GET', '/cluster/resources', { type: 'node' })).data as Array<Record<string, unknown>>;
    assert.equal(resources.find((n) => n.node === 'pve')?.maxmem, undefined);
    assert.equal(typeof resources.find((n) => n.node === 'pve2')?.maxmem, 'number');
  } finally {
    sim.state.acl = sim.state.acl.filter((e) => !(e.path === '/nodes/pve' && e.roleid === 'NoAccess'));
  }
  sim.state.offlineNodes.add('pve2');
  try {
    const nodes = (await pveCall(sim, ROOT, 'GET', '/nodes')).data as Array<Record<string, unknown>>;
    assert.deepEqual(
      nodes.find((n) => n.node === 'pve2'),
      { id: 'node/pve2', node: 'pve2', type: 'node', status: 'offline' },
    );
    const proxied = await pveCall(sim, ROOT, 'GET', '/nodes/pve2/version');
    assert.deepEqual([proxied.status, proxied.message], [595, 'No route to host']);
    const status = (await pveCall(sim, ROOT, 'GET', '/cluster/status')).data as Array<Record<string, unknown>>;
    assert.deepEqual(
      status.map((e) => [e.id, e.type === 'cluster' ? e.quorate : e.online]),
      [
        ['cluster', 0],
        ['node/pve', 1],
        ['node/pve2', 0],
      ],
    );
  } finally {
    sim.state.offlineNodes.delete('pve2');
  }
  const version = await pveCall(sim, AUDITOR, 'GET', '/nodes/pve2/version');
  assert.deepEqual(version.data, { version: '9.1.3', release: '9.1', repoid: 'a1b2c3d4e5f6a7b8' });
  // A name the cluster does not know: the proxy's address lookup fails (remote_node_ip), 500.
  for (const path of ['/nodes/nope/qemu', '/nodes/nope/lxc', '/nodes/nope/network', '/nodes/nope/dns']) {
    const unknown = await pveCall(sim, ROOT, 'GET', path);
    assert.deepEqual(
      [unknown.status, unknown.message],
      [500, "hostname lookup 'nope' failed - failed to get address info for: nope: Name or service not known"],
      path,
    );
  }
});

test("a node that is down: calls proxied to it answer 595, a guest's firewall (not proxied) still answers", async () => {
  const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve2/qemu', { vmid: 701, memory: 512 });
  assert.equal(await taskResult(sim, created.data), 'OK');
  sim.state.offlineNodes.add('pve2');
  try {
    const config = await pveCall(sim, ROOT, 'GET', '/nodes/pve2/qemu/701/config');
    assert.deepEqual([config.status, config.message], [595, 'No route to host']);
    const hostOptions = await pveCall(sim, ROOT, 'GET', '/nodes/pve2/firewall/options');
    assert.deepEqual([hostOptions.status, hostOptions.message], [595, 'No route to host']);
    for (const path of ['/nodes/pve2/qemu/701/firewall/rules', '/nodes/pve2/qemu/701/firewall/aliases', '/nodes/pve2/qemu/701/firewall/ipset']) {
      assert.equal((await pveCall(sim, ROOT, 'GET', path)).status, 200, path);
    }
  } finally {
    sim.state.offlineNodes.delete('pve2');
  }
  const removed = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve2/qemu/701');
  assert.equal(await taskResult(sim, removed.data), 'OK');
});

test("a guest's firewall rules, aliases and IP sets: any node name answers the guest's file (no proxyto); its options are proxied to the node named", async () => {
  const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 703, memory: 512 });
  assert.equal(await taskResult(sim, created.data), 'OK');
  const alias = await pveCall(sim, ROOT, 'POST', '/nodes/pve2/qemu/703/firewall/aliases', { name: 'gw', cidr: '10.0.0.1' });
  assert.equal(alias.status, 200, alias.message);
  for (const node of ['pve', 'pve2', 'nope']) {
    const read = await pveCall(sim, ROOT, 'GET', `/nodes/${node}/qemu/703/firewall/aliases`);
    assert.deepEqual([read.status, (read.data as Array<Record<string, unknown>>).map((entry) => entry.name)], [200, ['gw']], node);
  }
  const rule = await pveCall(sim, ROOT, 'POST', '/nodes/nope/lxc/799/firewall/rules', { type: 'in', action: 'ACCEPT' });
  assert.equal(rule.status, 200, rule.message);
  assert.equal(((await pveCall(sim, ROOT, 'GET', '/nodes/pve/lxc/799/firewall/rules')).data as unknown[]).length, 1);
  assert.equal((await pveCall(sim, ROOT, 'GET', '/nodes/nope/qemu/703/firewall/ipset')).status, 200);
  const lookupFailed = [500, "hostname lookup 'nope' failed - failed to get address info for: nope: Name or service not known"];
  const options = await pveCall(sim, ROOT, 'GET', '/nodes/nope/qemu/703/firewall/options');
  assert.deepEqual([options.status, options.message], lookupFailed);
  assert.equal((await pveCall(sim, ROOT, 'GET', '/nodes/pve2/qemu/703/firewall/options')).status, 200, 'the node the VM is not on answers too');
  const hostRules = await pveCall(sim, ROOT, 'GET', '/nodes/nope/firewall/rules');
  assert.deepEqual([hostRules.status, hostRules.message], lookupFailed);
});

test('/cluster/resources: a guest on a node that is down is "unknown" without name or template; a nameless one is "VM <id>"', async () => {
  const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve2/qemu', { vmid: 700, memory: 512, tags: 'web' });
  assert.equal(await taskResult(sim, created.data), 'OK');
  const listed = async () =>
    ((await pveCall(sim, ROOT, 'GET', '/cluster/resources', { type: 'vm' })).data as Array<Record<string, unknown>>).find((r) => r.vmid === 700);
  assert.deepEqual([(await listed())?.name, (await listed())?.template, (await listed())?.status], ['VM 700', 0, 'stopped']);
  sim.state.offlineNodes.add('pve2');
  try {
    assert.deepEqual(await listed(), { id: 'qemu/700', type: 'qemu', vmid: 700, node: 'pve2', status: 'unknown', tags: 'web' });
  } finally {
    sim.state.offlineNodes.delete('pve2');
  }
});

test('/nodes/{node}/storage: every storage, those not usable here with enabled 0; content matches any type and keeps usable ones; an unknown storage is a 400', async () => {
  const all = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/storage')).data as Array<Record<string, unknown>>;
  assert.deepEqual(
    all.filter((s) => s.enabled === 0).map((s) => [s.storage, s.active, s.total]),
    [
      ['pve2-iso', 0, 0],
      ['off', 0, 0],
    ],
  );
  const enabledFlag = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/storage', { enabled: 1 })).data as Array<Record<string, unknown>>;
  assert.ok(
    enabledFlag.some((s) => s.storage === 'pve2-iso'),
    '`enabled` leaves out only disabled storages',
  );
  assert.ok(!enabledFlag.some((s) => s.storage === 'off'));
  const withContent = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/storage', { content: 'iso,images' })).data as Array<Record<string, unknown>>;
  assert.deepEqual(withContent.map((s) => s.storage).sort(), ['local', 'local-lvm']);
  const unknown = await pveCall(sim, ROOT, 'GET', '/nodes/pve/storage', { storage: 'nope' });
  assert.deepEqual([unknown.status, unknown.errors], [400, { storage: 'No such storage.' }]);
});

test('.../storage/{storage}/content: only volumes check_volume_access allows; a storage not usable here fails', async () => {
  const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 701, memory: 512, scsi0: 'local-lvm:1' });
  assert.equal(await taskResult(sim, created.data), 'OK');
  const volids = async (token: string, storage: string) =>
    ((await pveCall(sim, token, 'GET', `/nodes/pve/storage/${storage}/content`)).data as Array<{ volid: string }>).map((v) => v.volid);
  assert.ok((await volids(ROOT, 'local')).includes('local:snippets/user.yaml'));
  assert.deepEqual(await volids(AUDITOR, 'local'), ['local:iso/debian-12.7.0-amd64-netinst.iso', 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst']);
  assert.deepEqual(await volids(AUDITOR, 'local-lvm'), [], 'a guest disk needs VM.Config.Disk on the guest');
  assert.deepEqual(await volids(ROOT, 'local-lvm'), ['local-lvm:vm-701-disk-0']);
  const elsewhere = await pveCall(sim, ROOT, 'GET', '/nodes/pve/storage/pve2-iso/content');
  assert.deepEqual([elsewhere.status, elsewhere.message], [500, "storage 'pve2-iso' is not available on node 'pve'"]);
  const disabled = await pveCall(sim, ROOT, 'GET', '/nodes/pve/storage/off/content');
  assert.deepEqual([disabled.status, disabled.message], [500, "storage 'off' is disabled"]);
});

test('/nodes/{node}/tasks: running tasks read RUNNING with the token in `user`, `errors` keeps every task not OK, `userfilter` ignores case', async () => {
  const release = sim.holdTasks();
  let upid = '';
  try {
    const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 702, memory: 512 });
    upid = String(created.data);
    const active = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/tasks', { source: 'active', errors: 1, userfilter: 'ROOT@PAM' })).data as Array<
      Record<string, unknown>
    >;
    // The active file's entries keep a token's task user whole; the archive's split it.
    assert.deepEqual(
      active.map((t) => [t.upid, t.status, t.endtime, t.user, t.tokenid]),
      [[upid, 'RUNNING', undefined, 'root@pam!tf', undefined]],
    );
  } finally {
    release();
  }
  assert.equal(await taskResult(sim, upid), 'OK');
  const task = sim.tasks.get(upid);
  assert.ok(task);
  task.exitstatus = 'WARNINGS: 2';
  const failedOnly = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/tasks', { errors: 1 })).data as Array<Record<string, unknown>>;
  assert.ok(failedOnly.some((t) => t.upid === upid && t.status === 'WARNINGS: 2' && t.user === 'root@pam' && t.tokenid === 'tf'));
  const okOnly = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/tasks', { statusfilter: 'ok' })).data as Array<Record<string, unknown>>;
  assert.ok(!okOnly.some((t) => t.upid === upid));
});

test('/nodes/{node}/disks/list: health UNKNOWN when SMART is skipped, `mounted` only for a mounted disk, wwn "unknown" for the virtual disk', async () => {
  const disks = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/disks/list', { skipsmart: 1 })).data as Array<Record<string, unknown>>;
  assert.ok(disks.every((d) => d.health === 'UNKNOWN' && !('mounted' in d)));
  assert.equal(disks.find((d) => d.devpath === '/dev/sdd')?.wwn, 'unknown');
});

test('POST /access/ticket: a user with a second factor gets a challenge ticket and NeedTFA, which is no login', async () => {
  const user = sim.state.users.get('alice@pve');
  assert.ok(user);
  user.tfa = true;
  try {
    const answer = await pveCall(sim, ROOT, 'POST', '/access/ticket', { username: 'alice@pve', password: 'alice-password' });
    const data = answer.data as Record<string, unknown>;
    assert.equal(data.NeedTFA, 1);
    assert.match(String(data.ticket), /^PVE:!tfa!\S+:[0-9A-F]{8}::/);
    assert.equal('cap' in data, false);
    const used = await pveCall(sim, `alice@pve!none=x`, 'POST', '/access/ticket', { username: 'alice@pve', password: String(data.ticket) });
    assert.equal(used.status, 401, 'the challenge ticket is no password either');
  } finally {
    user.tfa = false;
  }
});

test("POST /access/users/{userid}/token/{tokenid}: a token is never 'self', so it needs User.Modify on the user's groups; the user's ticket needs nothing", async () => {
  sim.state.users.set('bob@pve', { userid: 'bob@pve', enable: true, expire: 0, groups: new Set(), tokens: new Map(), password: 'bob-password' });
  sim.state.users.get('bob@pve')!.tokens.set('own', { comment: '', expire: 0, privsep: false, secret: 'own-secret' });
  const byToken = await pveCall(sim, 'bob@pve!own=own-secret', 'POST', '/access/users/bob@pve/token/second', {});
  assert.equal(byToken.status, 403);
  const asBob = new ProxmoxClient({ endpoint: sim.url, caPem: sim.caPem, username: 'bob@pve', password: 'bob-password', maxRetries: 0 });
  try {
    const created = await asBob.access.createToken('bob@pve', 'second', {});
    assert.equal(created['full-tokenid'], 'bob@pve!second');
  } finally {
    await asBob.close();
  }
});

test('/access/permissions: a token reads its own privileges (propagate flags, the path asked even when empty); another principal needs Sys.Audit on /access', async () => {
  sim.grant('/storage/local', 'ops@pve!audit', 'PVEDatastoreUser', false);
  try {
    const own = (await pveCall(sim, AUDITOR, 'GET', '/access/permissions', { path: '/storage/local' })).data as Record<string, Record<string, number>>;
    // PVEDatastoreUser on the path itself, not propagated, and within the user's Administrator.
    assert.deepEqual(own, { '/storage/local': { 'Datastore.AllocateSpace': 0, 'Datastore.Audit': 0 } });
    const nothing = (await pveCall(sim, AUDITOR, 'GET', '/access/permissions', { path: '/nodes/pve', userid: 'ops@pve!nosuch' })).data;
    assert.deepEqual(nothing, { '/nodes/pve': {} }, 'a token of its own user: allowed, holding nothing');
    const all = (await pveCall(sim, AUDITOR, 'GET', '/access/permissions')).data as Record<string, Record<string, number>>;
    assert.equal(all['/']?.['Sys.Audit'], 1);
    const other = await pveCall(sim, AUDITOR, 'GET', '/access/permissions', { userid: 'alice@pve' });
    assert.deepEqual([other.status, other.data], [200, {}], 'Sys.Audit on /access (PVEAuditor has it): allowed; alice holds nothing');
    sim.grant('/access', 'ops@pve!audit', 'NoAccess');
    const refused = await pveCall(sim, AUDITOR, 'GET', '/access/permissions', { userid: 'alice@pve' });
    assert.deepEqual([refused.status, refused.message], [403, 'Permission check failed (/access, Sys.Audit)']);
  } finally {
    sim.state.acl = sim.state.acl.filter((e) => !(['/storage/local', '/access'].includes(e.path) && e.ugid === 'ops@pve!audit'));
  }
});
