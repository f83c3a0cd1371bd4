// Where the simulator runs `check_lock`, as qemu-server and pve-container do: before the worker
// (a 500 answer) or in it (a failed task); what passes a lock (a hibernated VM's start and
// destroy); a task that keeps a `backup` lock while it runs (docs/simulators.md).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall, taskResult } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({ tokens: [ROOT], extraNodes: ['pve2'], taskDelayMs: 1, authFailureDelayMs: 0 });
  for (const vmid of [800, 801]) assert.equal(await taskResult(sim, (await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid, memory: 512 })).data), 'OK');
  assert.equal(
    await taskResult(sim, (await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 810, ostemplate: TEMPLATE, rootfs: 'local-lvm:1' })).data),
    'OK',
  );
});
after(() => sim.stop());

function config(vmid: number): Record<string, string> {
  const guest = sim.state.guests.get(vmid);
  assert.ok(guest);
  return guest.config;
}

test('a VM: config and migrate refused before the worker, destroy and start in it, with the real text', async () => {
  config(800).lock = 'backup';
  try {
    const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/800/config', { cores: 2 });
    assert.deepEqual([put.status, put.message], [500, 'VM is locked (backup)']);
    const migrate = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/800/migrate', { target: 'pve2' });
    assert.deepEqual([migrate.status, migrate.message], [500, 'VM is locked (backup)']);
    // qemu-server's destroy checks the lock only in the worker (`destroy_vm`).
    const destroy = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/qemu/800');
    assert.equal(destroy.status, 200);
    assert.equal(await taskResult(sim, destroy.data), 'VM is locked (backup)');
    assert.equal(await taskResult(sim, (await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/800/status/start')).data), 'VM is locked (backup)');
    assert.ok(sim.state.guests.has(800));
  } finally {
    delete config(800).lock;
  }
});

test('a hibernated VM (`suspended`): start resumes it and ends the lock, destroy lets it go', async () => {
  config(800).lock = 'suspended';
  const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/800/config', { cores: 2 });
  assert.equal(put.message, 'VM is locked (suspended)');
  assert.equal(await taskResult(sim, (await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/800/status/start')).data), 'OK');
  assert.equal(config(800).lock, undefined);
  assert.equal(await taskResult(sim, (await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/800/status/stop')).data), 'OK');
  config(801).lock = 'suspended';
  assert.equal(await taskResult(sim, (await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/qemu/801')).data), 'OK');
  assert.equal(sim.state.guests.has(801), false);
});

test('a container: destroy refused before the worker (after protection), migrate in the worker', async () => {
  config(810).lock = 'backup';
  config(810).protection = '1';
  try {
    const protectedOne = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/lxc/810');
    assert.equal(protectedOne.message, "can't remove CT 810 - protection mode enabled");
    delete config(810).protection;
    const destroy = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/lxc/810');
    assert.deepEqual([destroy.status, destroy.message], [500, 'CT is locked (backup)']);
    const migrate = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/810/migrate', { target: 'pve2' });
    assert.equal(migrate.status, 200);
    assert.equal(await taskResult(sim, migrate.data), 'CT is locked (backup)');
  } finally {
    delete config(810).lock;
  }
});

test('a backup-like task keeps the lock while it runs and drops it when it ends; it is refused on a locked guest', async () => {
  let release = (): void => {};
  const upid = sim.holdGuestLockByTask(810, new Promise<void>((resolve) => (release = resolve)), { jobOfSeveralGuests: true });
  assert.equal(config(810).lock, 'backup');
  assert.match(upid, /:vzdump::root@pam:$/);
  assert.throws(() => sim.holdGuestLockByTask(810, Promise.resolve()), /CT is locked \(backup\)/);
  const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/810/config', { memory: 1024 });
  assert.equal(put.message, 'CT is locked (backup)');
  release();
  assert.equal(await taskResult(sim, upid), 'OK');
  assert.equal(config(810).lock, undefined);
});

test("a snapshot's description: refused while the guest is locked, nothing to do without one", async () => {
  assert.equal(await taskResult(sim, (await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/810/snapshot', { snapname: 's1' })).data), 'OK');
  config(810).lock = 'backup';
  try {
    const described = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/810/snapshot/s1/config', { description: 'before the upgrade' });
    assert.deepEqual([described.status, described.message], [500, 'CT is locked (backup)']);
    assert.equal((await pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/810/snapshot/s1/config', {})).status, 200);
  } finally {
    delete config(810).lock;
  }
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/810/snapshot/s1/config', { description: 'before the upgrade' })).status, 200);
  assert.equal(sim.state.guests.get(810)?.snapshots.get('s1')?.description, 'before the upgrade');
});
