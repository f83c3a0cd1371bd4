// Guests whose config carries a `lock` (client guest-locks.ts against the simulator): a lock a
// running task holds is waited out and the call lands; a stale or persistent lock fails at once
// with the guest, the lock and the remedy; a task that timed out on the config flock is sent again,
// and waits first when a migration or disk move of the guest (which holds the flock all along) runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProxmoxGuestLockedError } from '../../../src/clients/proxmox/index.js';
import { pveCall } from '../../sim/proxmox/pve-raw.js';
import { startHarness, TOKEN, type Harness } from './harness.js';

/** Without the locks under test these tests would wait forever for a lock that never comes: fail them instead. */
const HANG_GUARD = { timeout: 30_000 };

let h: Harness;
before(async () => {
  h = await startHarness({ extraNodes: ['pve2'] });
  await h.client.qemu.create('pve', { vmid: 300, memory: 512, cores: 1 });
  assert.equal((await pveCall(h.sim, TOKEN, 'POST', '/storage', { storage: 'dir2', type: 'dir', path: '/srv/dir2', content: 'images,rootdir' })).status, 200);
  const template = (await h.client.storage.content('pve', 'local', { content: 'vztmpl' }))[0]?.volid ?? '';
  await h.client.lxc.create('pve', { vmid: 400, ostemplate: template, hostname: 'ct', rootfs: 'local-lvm:4', memory: 512 });
});
after(() => h.close());

function guest(vmid: number): { lock?: string; cores?: string; memory?: string } {
  const found = h.sim.state.guests.get(vmid);
  assert.ok(found);
  return found.config;
}

/**
 * Resolves once the client logged that it waits for a task of `type` holding `vmid`'s lock (no
 * clock involved); fails if `call` settled first (it did not wait).
 */
async function waiting(vmid: number, type: string, call: Promise<unknown>): Promise<void> {
  let settled = false;
  call.then(
    () => (settled = true),
    () => (settled = true),
  );
  const seen = (): boolean =>
    h.logs.some((line) => line.message.startsWith('guest is locked by a running task') && line.fields.vmid === vmid && line.fields.task_type === type);
  while (!seen() && !settled) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(seen(), 'the call waits for the task holding the lock');
}

function holder(): { until: Promise<void>; release: () => void } {
  let release = (): void => {};
  const until = new Promise<void>((resolve) => (release = resolve));
  return { until, release };
}

test('a change waits for the backup task that holds the lock, then lands', async () => {
  const backup = holder();
  h.sim.holdGuestLockByTask(300, backup.until);
  const update = h.client.qemu.update('pve', 300, { cores: 4 });
  await waiting(300, 'vzdump', update);
  assert.equal(guest(300).lock, 'backup');
  assert.equal(guest(300).cores, '1', 'nothing changed while the backup ran');
  backup.release();
  await update;
  assert.equal(guest(300).cores, '4');
  assert.equal(guest(300).lock, undefined);
});

test('a backup job of several guests (its UPID names none) holds the lock too; a refused start task is sent again', async () => {
  const backup = holder();
  h.sim.holdGuestLockByTask(300, backup.until, { jobOfSeveralGuests: true });
  const start = h.client.qemu.power('pve', 300, 'start');
  await waiting(300, 'vzdump', start);
  backup.release();
  await start;
  assert.equal(h.sim.state.guests.get(300)?.status, 'running');
  await h.client.qemu.power('pve', 300, 'stop');
});

test('a stale lock fails at once, naming the guest, the lock and `qm unlock`; nothing changed', async () => {
  guest(300).lock = 'clone';
  const puts = (): number => h.sim.requests.filter((r) => r.method === 'PUT' && r.path === '/nodes/pve/qemu/300/config').length;
  const before = puts();
  try {
    await assert.rejects(
      h.client.qemu.update('pve', 300, { cores: 2 }),
      (err: unknown) =>
        err instanceof ProxmoxGuestLockedError &&
        err.lock === 'clone' &&
        /VM 300 on node pve is locked \(clone\): no running task on node pve holds this lock/.test(err.message) &&
        err.message.includes('`qm unlock 300`'),
    );
    assert.equal(puts() - before, 1, 'sent once: no retry of a lock nothing will clear');
    assert.equal(guest(300).cores, '4');
  } finally {
    delete guest(300).lock;
  }
});

test('a hibernated VM (`suspended`) is refused at once with how to resume it; starting it resumes it', async () => {
  guest(300).lock = 'suspended';
  await assert.rejects(
    h.client.qemu.update('pve', 300, { cores: 2 }),
    (err: unknown) =>
      err instanceof ProxmoxGuestLockedError && /locked \(suspended\): it was hibernated: start it to resume it \(qm resume 300\)/.test(err.message),
  );
  // qemu-server `vm_start` skips check_lock for `suspended` and resumes the VM.
  await h.client.qemu.power('pve', 300, 'start');
  assert.equal(guest(300).lock, undefined);
  await h.client.qemu.power('pve', 300, 'stop');
});

test('containers: `mounted` names pct unmount, a stale lock pct unlock; the destroy refusal too', async () => {
  guest(400).lock = 'mounted';
  try {
    await assert.rejects(h.client.lxc.update('pve', 400, { memory: 1024 }), /CT 400 on node pve is locked \(mounted\): .*pct unmount 400/);
    guest(400).lock = 'disk';
    await assert.rejects(
      h.client.lxc.resize('pve', 400, 'rootfs', '+1G'),
      (err: unknown) => err instanceof ProxmoxGuestLockedError && /`pct unlock 400`/.test(err.message),
    );
    await assert.rejects(h.client.lxc.delete('pve', 400, { purge: true }), /CT 400 on node pve is locked \(disk\)/);
    assert.ok(h.sim.state.guests.has(400));
  } finally {
    delete guest(400).lock;
  }
});

test("the wait ends with the operation's signal: a clear error, nothing changed", async () => {
  const backup = holder();
  h.sim.holdGuestLockByTask(400, backup.until);
  const stop = new AbortController();
  try {
    const update = h.client.lxc.update('pve', 400, { memory: 2048 }, {}, { signal: stop.signal });
    await waiting(400, 'vzdump', update);
    stop.abort();
    await assert.rejects(
      update,
      (err: unknown) =>
        err instanceof ProxmoxGuestLockedError &&
        /CT 400 on node pve is locked \(backup\): task \S+ \(vzdump\) still holds it and was still running when the wait ended/.test(err.message),
    );
    assert.equal(guest(400).memory, '512');
  } finally {
    backup.release();
  }
});

test('a task that timed out waiting for the config flock is sent again', async () => {
  h.sim.timing.lockTimeoutMs = 200;
  const flock = holder();
  const held = h.sim.holdConfigLock(300, flock.until);
  const timedOut = (): boolean =>
    [...h.sim.tasks.values()].some(
      (task) =>
        task.type === 'qmstart' &&
        task.id === '300' &&
        /^can't lock file '\/var\/lock\/qemu-server\/lock-300\.conf' - got timeout$/.test(task.exitstatus ?? ''),
    );
  try {
    const start = h.client.qemu.power('pve', 300, 'start');
    while (!timedOut()) await new Promise((resolve) => setTimeout(resolve, 5));
    flock.release();
    await start;
    assert.equal(h.sim.state.guests.get(300)?.status, 'running');
  } finally {
    flock.release();
    await held;
    h.sim.timing.lockTimeoutMs = 10_000;
  }
  await h.client.qemu.power('pve', 300, 'stop');
});

/** Resolves when the simulator's task of `type` for `vmid` has written its first log line (a copy started). */
async function taskStarted(type: string, vmid: number): Promise<void> {
  const started = (): boolean =>
    [...h.sim.tasks.values()].some((task) => task.type === type && task.id === String(vmid) && task.status === 'running' && task.log.length > 0);
  while (!started()) await new Promise((resolve) => setTimeout(resolve, 5));
}

test("a change waits for a container's volume move (`disk` lock), then lands", HANG_GUARD, async () => {
  const release = h.sim.holdTasks();
  try {
    const move = h.client.lxc.moveVolume('pve', 400, { volume: 'rootfs', storage: 'dir2', delete: true });
    await taskStarted('move_volume', 400);
    assert.equal(guest(400).lock, 'disk');
    const update = h.client.lxc.update('pve', 400, { memory: 1024 });
    await waiting(400, 'move_volume', update);
    release();
    await Promise.all([move, update]);
  } finally {
    release();
  }
  assert.equal(guest(400).memory, '1024');
  assert.equal(guest(400).lock, undefined);
});

test("a change during a VM's disk move (it holds the config file lock) waits for the move, then lands", HANG_GUARD, async () => {
  await h.client.qemu.update('pve', 300, { scsi0: 'local-lvm:1', cores: 1 });
  h.sim.timing.lockTimeoutMs = 50;
  const release = h.sim.holdTasks();
  try {
    const move = h.client.qemu.moveDisk('pve', 300, { disk: 'scsi0', storage: 'dir2', format: 'qcow2', delete: true });
    await taskStarted('qmmove', 300);
    const update = h.client.qemu.update('pve', 300, { cores: 3 });
    await waiting(300, 'qmmove', update);
    assert.equal(guest(300).cores, '1', 'nothing changed while the disk moved');
    release();
    await Promise.all([move, update]);
  } finally {
    release();
    h.sim.timing.lockTimeoutMs = 10_000;
  }
  assert.equal(guest(300).cores, '3');
});

test("a change during another client's migration waits for it, then fails with the server's words: the guest left the node", HANG_GUARD, async () => {
  h.sim.timing.lockTimeoutMs = 50;
  const release = h.sim.holdTasks();
  try {
    const migrate = h.client.qemu.migrate('pve', 300, { target: 'pve2', running: false });
    await taskStarted('qmigrate', 300);
    assert.equal(guest(300).lock, 'migrate');
    const update = h.client.qemu.update('pve', 300, { cores: 2 });
    await waiting(300, 'qmigrate', update);
    release();
    await migrate;
    await assert.rejects(update, /Configuration file 'nodes\/pve\/qemu-server\/300\.conf' does not exist/);
  } finally {
    release();
    h.sim.timing.lockTimeoutMs = 10_000;
  }
  assert.equal(guest(300).cores, '3');
  assert.equal(guest(300).lock, undefined);
  await h.client.qemu.migrate('pve2', 300, { target: 'pve', running: false });
});
