// Privileges as the real server checks them beyond the schema's coarse check: per option,
// per storage, per bridge, root@pam-only features, token privilege separation, filtered lists.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall, taskResult } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
const NARROW = 'ops@pve!narrow=narrow-secret';
const VMADMIN = 'ops@pve!vmadmin=vmadmin-secret';
const LONELY = 'lonely@pve!t=lonely-secret';

let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({
    tokens: [ROOT, { token: NARROW, privsep: true }, { token: VMADMIN, privsep: true }, { token: LONELY, privsep: true }],
    taskDelayMs: 1,
    authFailureDelayMs: 0,
  });
  // The user may do everything; each privsep token only what its own ACL grants.
  sim.grant('/', 'ops@pve', 'Administrator');
  sim.addRole('DiskOnly', ['VM.Config.Disk', 'VM.Audit']);
  sim.grant('/vms', 'ops@pve!narrow', 'DiskOnly');
  sim.grant('/vms', 'ops@pve!vmadmin', 'PVEVMAdmin');
});
after(() => sim.stop());

async function createVm(vmid: number, extra: Record<string, string> = {}): Promise<void> {
  const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid, memory: 1024, scsi0: 'local-lvm:4', net0: 'virtio,bridge=vmbr0', ...extra });
  assert.equal(created.status, 200);
  assert.equal(await taskResult(sim, created.data), 'OK');
}

test('a token holding only VM.Config.Disk cannot change memory: 403 naming /vms/<id> and VM.Config.Memory', async () => {
  await createVm(300);
  const answer = await pveCall(sim, NARROW, 'PUT', '/nodes/pve/qemu/300/config', { memory: 2048 });
  assert.equal(answer.status, 403);
  assert.equal(answer.message, 'Permission check failed (/vms/300, VM.Config.Memory)');
  assert.equal(sim.state.guests.get(300)?.config.memory, '1024');
  const cores = await pveCall(sim, NARROW, 'PUT', '/nodes/pve/qemu/300/config', { cores: 2 });
  assert.equal(cores.message, 'Permission check failed (/vms/300, VM.Config.CPU)');
  // The asynchronous writer checks before its worker starts.
  const asyncWrite = await pveCall(sim, NARROW, 'POST', '/nodes/pve/qemu/300/config', { memory: 2048 });
  assert.equal(asyncWrite.status, 403);
  // A disk-only token may still grow a disk option it holds the privilege for.
  const disk = await pveCall(sim, NARROW, 'PUT', '/nodes/pve/qemu/300/config', { scsi0: 'local-lvm:vm-300-disk-0,discard=on' });
  assert.equal(disk.status, 200, disk.message);
});

test('PVEVMAdmin alone lacks Datastore.AllocateSpace for a new disk and SDN.Use for a bridge', async () => {
  const disk = await pveCall(sim, VMADMIN, 'POST', '/nodes/pve/qemu', { vmid: 301, scsi0: 'local-lvm:4' });
  assert.equal(disk.status, 403);
  assert.equal(disk.message, 'Permission check failed (/storage/local-lvm, Datastore.AllocateSpace)');
  sim.grant('/storage/local-lvm', 'ops@pve!vmadmin', 'PVEDatastoreUser');
  const nic = await pveCall(sim, VMADMIN, 'POST', '/nodes/pve/qemu', { vmid: 301, scsi0: 'local-lvm:4', net0: 'virtio,bridge=vmbr0,tag=20' });
  assert.equal(nic.status, 403);
  assert.equal(nic.message, 'Permission check failed (/sdn/zones/localnetwork/vmbr0/20, SDN.Use)');
  // Access to the whole bridge propagates to its VLANs.
  sim.grant('/sdn/zones/localnetwork/vmbr0', 'ops@pve!vmadmin', 'PVESDNUser');
  const ok = await pveCall(sim, VMADMIN, 'POST', '/nodes/pve/qemu', { vmid: 301, scsi0: 'local-lvm:4', net0: 'virtio,bridge=vmbr0,tag=20' });
  assert.equal(ok.status, 200);
  assert.equal(await taskResult(sim, ok.data), 'OK');
});

test('options without a privilege class are root@pam-only, and a root@pam token is not root@pam', async () => {
  await createVm(302);
  const args = await pveCall(sim, VMADMIN, 'PUT', '/nodes/pve/qemu/302/config', { args: '-no-reboot' });
  assert.equal(args.status, 500);
  assert.equal(args.message, "only root can set 'args' config");
  const skiplock = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/302/config', { skiplock: 1, name: 'x' });
  assert.equal(skiplock.status, 400);
  assert.deepEqual(skiplock.errors, { skiplock: 'Only root may use this option.' });
});

test('LXC feature flags other than nesting, bind mounts and devices need root@pam, even for a root@pam token', async () => {
  const template = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  const keyctl = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 400, ostemplate: template, storage: 'local-lvm', features: 'nesting=1,keyctl=1' });
  assert.equal(keyctl.status, 403);
  assert.equal(keyctl.message, 'Permission check failed (changing feature flags (except nesting) is only allowed for root@pam)');
  const bind = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 400, ostemplate: template, storage: 'local-lvm', mp0: '/srv/data,mp=/data' });
  assert.equal(bind.message, 'Permission check failed (mount point type bind is only allowed for root@pam)');
  const device = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 400, ostemplate: template, storage: 'local-lvm', dev0: '/dev/ttyUSB0' });
  assert.equal(device.message, 'Permission check failed (configuring device passthrough is only allowed for root@pam)');
  const nesting = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 400, ostemplate: template, storage: 'local-lvm', features: 'nesting=1' });
  assert.equal(nesting.status, 200);
  assert.equal(await taskResult(sim, nesting.data), 'OK');
  assert.equal(sim.state.guests.get(400)?.config.unprivileged, '1');
});

test('privsep: a token gets only what both it and its user hold; pools grant on their members', async () => {
  // lonely@pve holds nothing, so its token's own PVEVMAdmin ACL gives nothing either.
  sim.grant('/vms', 'lonely@pve!t', 'PVEVMAdmin');
  const denied = await pveCall(sim, LONELY, 'GET', '/nodes/pve/qemu/300/config');
  assert.equal(denied.status, 403);
  assert.equal(denied.message, 'Permission check failed (/vms/300, VM.Audit)');
  // Pool ACLs reach member VMs: ops@pve!narrow gets VM.Config.Memory on VM 300 through a pool.
  await pveCall(sim, ROOT, 'POST', '/pools', { poolid: 'team' });
  await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'team', vms: '300' });
  sim.addRole('MemOnly', ['VM.Config.Memory']);
  sim.grant('/pool/team', 'ops@pve!narrow', 'MemOnly');
  const viaPool = await pveCall(sim, NARROW, 'PUT', '/nodes/pve/qemu/300/config', { memory: 2048 });
  assert.equal(viaPool.status, 200);
});

test('list endpoints return only what the caller may see', async () => {
  const storages = await pveCall(sim, NARROW, 'GET', '/storage');
  assert.deepEqual(
    (storages.data as Array<{ storage: string }>).map((s) => s.storage),
    [],
  );
  const acl = await pveCall(sim, NARROW, 'GET', '/access/acl');
  assert.deepEqual(acl.data, []);
  const users = await pveCall(sim, NARROW, 'GET', '/access/users');
  assert.deepEqual(users.data, []);
  const pools = await pveCall(sim, NARROW, 'GET', '/pools');
  assert.deepEqual(pools.data, []);
  const vms = (await pveCall(sim, NARROW, 'GET', '/nodes/pve/qemu')).data as Array<{ vmid: number }>;
  assert.ok(vms.length > 0);
  const resources = (await pveCall(sim, NARROW, 'GET', '/cluster/resources', { type: 'storage' })).data as unknown[];
  assert.deepEqual(resources, []);
  const all = (await pveCall(sim, ROOT, 'GET', '/storage')).data as unknown[];
  assert.ok(all.length >= 2);
});

test("tasks: a token sees its own, not another token's, unless it has Sys.Audit on the node", async () => {
  const started = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/300/status/start');
  await taskResult(sim, started.data);
  const foreign = await pveCall(sim, NARROW, 'GET', `/nodes/pve/tasks/${encodeURIComponent(String(started.data))}/status`);
  assert.equal(foreign.status, 403);
  assert.equal(foreign.message, 'Permission check failed (/nodes/pve, Sys.Audit)');
  const mine = (await pveCall(sim, NARROW, 'GET', '/nodes/pve/tasks')).data as Array<{ upid: string }>;
  assert.ok(mine.every((t) => t.upid.includes('ops@pve!narrow')));
});
