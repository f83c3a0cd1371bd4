// Where the simulator runs `check_lock`, as qemu-server and pve-container do: before the worker
// (a 500 answer) or in it (a failed task); what passes a lock (a hibernated VM's start and
// destroy); a task that keeps a `backup` lock while it runs; the locks of migrations and volume
// moves, held as long as their task runs and gone when it ends, failed or not (docs/simulators.md).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall, taskResult } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

/** Without the locks under test these tests would wait forever for a lock that never comes: fail them instead. */
const HANG_GUARD = { timeout: 30_000 };

let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({ tokens: [ROOT], extraNodes: ['pve2'], taskDelayMs: 1, authFailureDelayMs: 0 });
  const dir = { storage: 'dir2', type: 'dir', path: '/srv/dir2', content: 'images,rootdir' };
  assert.equal((await pveCall(sim, ROOT, 'POST', '/storage', dir)).status, 200);
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
  // A container reads every comment line back with its line feed (pve-container LXC/Config.pm:1174-1175).
  assert.equal(sim.state.guests.get(810)?.snapshots.get('s1')?.description, 'before the upgrade\n');
});

/** Waits until `condition` holds while the task `upid` runs, checking between event-loop turns (no wall-clock bound). */
async function until(upid: unknown, condition: () => boolean): Promise<void> {
  const task = sim.tasks.get(String(upid));
  while (!condition()) {
    if (task?.status !== 'running') assert.fail(`task ${String(upid)} ended (${task?.exitstatus ?? 'unknown'}) before the condition held`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const FLOCK_TIMEOUT_800 = "can't lock file '/var/lock/qemu-server/lock-800.conf' - got timeout";

test('a migration holds the config file lock and sets `migrate` while it runs; both go when it ends', HANG_GUARD, async () => {
  sim.timing.lockTimeoutMs = 50;
  const release = sim.holdTasks();
  try {
    const migrate = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/800/migrate', { target: 'pve2' });
    assert.equal(migrate.status, 200);
    await until(migrate.data, () => config(800).lock === 'migrate');
    // Calls that take the flock time out on it; the early lock check of a second migration sees the lock.
    const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/800/config', { cores: 2 });
    assert.deepEqual([put.status, put.message], [500, FLOCK_TIMEOUT_800]);
    const again = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/800/migrate', { target: 'pve2' });
    assert.deepEqual([again.status, again.message], [500, 'VM is locked (migrate)']);
    assert.equal(sim.state.guests.get(800)?.node, 'pve');
    release();
    assert.equal(await taskResult(sim, migrate.data), 'OK');
    assert.equal(config(800).lock, undefined);
    assert.equal(sim.state.guests.get(800)?.node, 'pve2');
    assert.equal(config(800).cores, undefined, 'the timed-out update changed nothing');
  } finally {
    release();
    sim.timing.lockTimeoutMs = 10_000;
  }
  assert.equal(await taskResult(sim, (await pveCall(sim, ROOT, 'POST', '/nodes/pve2/qemu/800/migrate', { target: 'pve' })).data), 'OK');
});

test('a migration that fails after setting `migrate` removes it', HANG_GUARD, async () => {
  const lvm = sim.state.storages.get('local-lvm');
  assert.ok(lvm);
  lvm.options.nodes = 'pve';
  const release = sim.holdTasks();
  try {
    const migrate = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/810/migrate', { target: 'pve2' });
    await until(migrate.data, () => config(810).lock === 'migrate');
    release();
    assert.equal(await taskResult(sim, migrate.data), "storage 'local-lvm' is not available on node 'pve2'");
    assert.equal(config(810).lock, undefined);
    assert.equal(sim.state.guests.get(810)?.node, 'pve');
  } finally {
    release();
    delete lvm.options.nodes;
  }
});

test("a container's volume move sets `disk` before its worker: refused meanwhile with the real text, gone when it ends", async () => {
  const release = sim.holdTasks();
  try {
    const move = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/810/move_volume', { volume: 'rootfs', storage: 'dir2' });
    assert.equal(move.status, 200);
    assert.equal(config(810).lock, 'disk', 'locked when the call answers');
    const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/810/config', { memory: 1024 });
    assert.deepEqual([put.status, put.message], [500, 'CT is locked (disk)']);
    const destroy = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/lxc/810');
    assert.deepEqual([destroy.status, destroy.message], [500, 'CT is locked (disk)']);
    const second = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/810/move_volume', { volume: 'rootfs', storage: 'dir2' });
    assert.deepEqual([second.status, second.message], [500, 'CT is locked (disk)']);
    const snapshot = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/810/snapshot', { snapname: 'during' });
    release();
    assert.equal(await taskResult(sim, snapshot.data), 'CT is locked (disk)');
    assert.equal(await taskResult(sim, move.data), 'OK');
    assert.equal(config(810).lock, undefined);
    assert.match(config(810).rootfs ?? '', /^dir2:/);
  } finally {
    release();
  }
});

test("a container's volume move that fails removes `disk`", async () => {
  sim.faults.failTasks = 1;
  sim.faults.taskMatch = /^move_volume$/;
  const release = sim.holdTasks();
  try {
    const move = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/810/move_volume', { volume: 'rootfs', storage: 'local-lvm' });
    assert.equal(config(810).lock, 'disk');
    release();
    assert.equal(await taskResult(sim, move.data), 'simulated task failure');
    assert.equal(config(810).lock, undefined);
    assert.match(config(810).rootfs ?? '', /^dir2:/);
  } finally {
    release();
    sim.faults.failTasks = 0;
    delete sim.faults.taskMatch;
  }
});

test("a VM's disk move sets no config lock but holds the config file lock while it copies", HANG_GUARD, async () => {
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/800/config', { scsi0: 'local-lvm:1' })).status, 200);
  sim.timing.lockTimeoutMs = 50;
  const release = sim.holdTasks();
  try {
    const move = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/800/move_disk', { disk: 'scsi0', storage: 'dir2', format: 'qcow2' });
    await until(move.data, () => (sim.tasks.get(String(move.data))?.log.length ?? 0) > 0);
    assert.equal(config(800).lock, undefined);
    const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/800/config', { cores: 2 });
    assert.deepEqual([put.status, put.message], [500, FLOCK_TIMEOUT_800]);
    // A caller that timed out leaves the lock with its holder: the next one times out too.
    const again = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/800/config', { cores: 2 });
    assert.deepEqual([again.status, again.message], [500, FLOCK_TIMEOUT_800]);
    release();
    assert.equal(await taskResult(sim, move.data), 'OK');
    assert.match(config(800).scsi0 ?? '', /^dir2:/);
  } finally {
    release();
    sim.timing.lockTimeoutMs = 10_000;
  }
});
