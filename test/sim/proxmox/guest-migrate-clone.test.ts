// Guest migration to another storage and container clones as qemu-server and pve-container do
// them: the target-storage checks of `migrate_vm` (privilege, content type, node), volumes copied
// to the named storage; a container cloned from a template or a snapshot.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall, taskResult } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
const MOVER = 'ops@pve!mover=mover-secret';

let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({ tokens: [ROOT, { token: MOVER, privsep: true }], extraNodes: ['pve2'], taskDelayMs: 1, authFailureDelayMs: 0 });
  sim.grant('/', 'ops@pve', 'Administrator');
  sim.grant('/vms', 'ops@pve!mover', 'PVEVMAdmin');
  await ok(pveCall(sim, ROOT, 'POST', '/storage', { storage: 'fast', type: 'dir', path: '/srv/fast', content: 'images,rootdir' }));
});
after(() => sim.stop());

async function ok(answer: Promise<{ status: number; data: unknown; message: string }>): Promise<void> {
  const done = await answer;
  assert.equal(done.status, 200, done.message);
  if (typeof done.data === 'string' && done.data.startsWith('UPID:')) assert.equal(await taskResult(sim, done.data), 'OK');
}

test('a VM migrates with targetstorage: its local disk is copied onto that storage; the storage must hold images and be writable', async () => {
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 700, memory: 512, scsi0: 'local-lvm:1' }));
  const noImages = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/700/migrate', { target: 'pve2', targetstorage: 'local' });
  assert.equal(noImages.status, 500);
  assert.equal(noImages.message, "storage 'local' does not support vm images");
  const denied = await pveCall(sim, MOVER, 'POST', '/nodes/pve/qemu/700/migrate', { target: 'pve2', targetstorage: 'fast' });
  assert.equal(denied.status, 403);
  assert.equal(denied.message, 'Permission check failed (/storage/fast, Datastore.AllocateSpace)');
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/700/migrate', { target: 'pve2', targetstorage: 'fast' }));
  const guest = sim.state.guests.get(700);
  assert.equal(guest?.node, 'pve2');
  assert.match(guest?.config.scsi0 ?? '', /^fast:/);
});

test('a container migrates with target-storage; rootdir content is required', async () => {
  const template = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 701, ostemplate: template, rootfs: 'local-lvm:1' }));
  const wrong = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/701/migrate', { target: 'pve2', 'target-storage': 'local' });
  assert.equal(wrong.message, "storage 'local' does not support CT rootdirs");
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/701/migrate', { target: 'pve2', 'target-storage': 'fast' }));
  assert.match(sim.state.guests.get(701)?.config.rootfs ?? '', /^fast:/);
});

test('a running container is copied only from a snapshot; a linked clone needs a template', async () => {
  const template = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 710, ostemplate: template, rootfs: 'local-lvm:1', start: 1 }));
  const running = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/710/clone', { newid: 711, full: 1 });
  assert.equal(running.message, 'Cannot do full clones on a running container without snapshots');
  const linked = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/710/clone', { newid: 711, full: 0 });
  assert.equal(linked.message, "Linked clone feature for 'local-lvm:vm-710-disk-0' is not available");
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/710/snapshot', { snapname: 'before' }));
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/710/clone', { newid: 711, full: 1, snapname: 'before', hostname: 'copy', storage: 'fast' }));
  const copy = sim.state.guests.get(711)?.config ?? {};
  assert.equal(copy.hostname, 'copy');
  assert.match(copy.rootfs ?? '', /^fast:/);
});

test("a container's raw lxc lines: in GET config's lxc array, kept by a snapshot and its rollback, copied by a clone", async () => {
  const template = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 720, ostemplate: template, rootfs: 'local-lvm:1', unprivileged: 1 }));
  const ct = sim.state.guests.get(720);
  assert.ok(ct);
  const maps: Array<[string, string]> = [
    ['lxc.idmap', 'u 0 100000 65536'],
    ['lxc.idmap', 'g 0 100000 65536'],
  ];
  ct.lxc = maps.map(([key, value]): [string, string] => [key, value]);
  const config = await pveCall(sim, ROOT, 'GET', '/nodes/pve/lxc/720/config');
  assert.deepEqual((config.data as { lxc?: unknown }).lxc, maps);
  // The API takes no raw keys.
  const refused = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/720/config', { 'lxc.idmap': 'u 0 1 1' });
  assert.equal(refused.status, 400);
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/720/snapshot', { snapname: 'mapped' }));
  ct.lxc = [];
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/720/clone', { newid: 721, full: 1, snapname: 'mapped' }));
  assert.deepEqual(sim.state.guests.get(721)?.lxc, maps);
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/720/snapshot/mapped/rollback'));
  assert.deepEqual(sim.state.guests.get(720)?.lxc, maps);
});

test("a stopped container's volume moves to another storage (move_volume); a running one, a snapshotted source with delete and unused keys are refused", async () => {
  const template = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 730, ostemplate: template, rootfs: 'local-lvm:1', mp0: 'local-lvm:1,mp=/srv', start: 1 }));
  const running = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/730/move_volume', { volume: 'rootfs', storage: 'fast', delete: 1 });
  assert.equal(running.message, 'cannot move volumes of a running container');
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/730/status/stop', {}));
  const noRootdir = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/730/move_volume', { volume: 'rootfs', storage: 'local', delete: 1 });
  assert.deepEqual([noRootdir.status, noRootdir.errors], [400, { storage: "storage 'local' does not support container directories" }]);
  const denied = await pveCall(sim, MOVER, 'POST', '/nodes/pve/lxc/730/move_volume', { volume: 'mp0', storage: 'fast' });
  assert.equal(denied.message, 'Permission check failed (/storage/fast, Datastore.AllocateSpace)');
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/730/snapshot', { snapname: 'before' }));
  const snapshotted = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/730/move_volume', { volume: 'rootfs', storage: 'fast', delete: 1 });
  assert.equal(snapshotted.message, "you can't move a volume with snapshots and delete the source");
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/730/move_volume', { volume: 'mp0', storage: 'fast' }));
  assert.match(sim.state.guests.get(730)?.config.mp0 ?? '', /^fast:.*mp=\/srv/);
  assert.match(sim.state.guests.get(730)?.config.unused0 ?? '', /^local-lvm:/, 'without delete the source stays as unused0');
  await ok(pveCall(sim, ROOT, 'DELETE', '/nodes/pve/lxc/730/snapshot/before'));
  const old = sim.state.guests.get(730)?.config.rootfs?.split(',')[0] ?? '';
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/730/move_volume', { volume: 'rootfs', storage: 'fast', delete: 1 }));
  assert.match(sim.state.guests.get(730)?.config.rootfs ?? '', /^fast:/);
  assert.equal(sim.state.volumes.has(old), false, 'delete=1 freed the source');
  const unused = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/730/move_volume', { volume: 'unused0', storage: 'fast' });
  assert.equal(unused.message, "cannot move volume 'unused0', only configured volumes can be moved to another storage");
});
