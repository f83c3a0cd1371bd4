// The QEMU and LXC endpoint groups against the simulator: create/config/update/resize/power/
// clone/snapshots/delete, task waiting and failures, locks and digests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ProxmoxApiError,
  ProxmoxClient,
  ProxmoxTaskError,
  ProxmoxTaskTimeoutError,
  isLockTimeout,
  isNotFound,
  parseDisk,
  parseNetDevice,
} from '../../../src/clients/proxmox/index.js';
import { TOKEN, startHarness, type Harness } from './harness.js';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

test('qemu create allocates disks, generates a MAC and normalises the config', async () => {
  const vmid = await h.client.cluster.nextId();
  assert.equal(vmid, 100);
  const task = await h.client.qemu.create('pve', {
    vmid,
    name: 'web',
    memory: 2048,
    cores: 2,
    scsi0: 'local-lvm:32,ssd=1',
    net0: 'virtio,bridge=vmbr0,firewall=1',
    tags: 'Prod;web,prod',
    description: 'hello  \n',
  });
  assert.equal(task?.exitstatus, 'OK');
  assert.equal(task?.type, 'qmcreate');
  const config = await h.client.qemu.config('pve', vmid);
  assert.equal(config.memory, '2048');
  assert.equal(config.cores, 2);
  assert.equal(config.scsi0, 'local-lvm:vm-100-disk-0,size=32G,ssd=1');
  assert.match(String(config.net0), /^virtio=BC:24:11:[0-9A-F]{2}:[0-9A-F]{2}:[0-9A-F]{2},bridge=vmbr0,firewall=1$/);
  assert.equal(parseNetDevice(String(config.net0)).bridge, 'vmbr0');
  assert.equal(config.tags, 'prod;web');
  assert.equal(config.description, 'hello');
  assert.match(String(config.digest), /^[0-9a-f]{40}$/);
  const volumes = await h.client.storage.content('pve', 'local-lvm', { vmid });
  assert.deepEqual(
    volumes.map((v) => [v.volid, v.size]),
    [['local-lvm:vm-100-disk-0', 32 * 1024 ** 3]],
  );
  assert.equal((await h.client.qemu.list('pve')).find((g) => g.vmid === vmid)?.name, 'web');
  await assert.rejects(
    h.client.qemu.create('pve', { vmid }),
    (err: unknown) => err instanceof ProxmoxApiError && err.status === 500 && /VM 100 already exists on node 'pve'/.test(err.serverMessage),
  );
});

test('update: set and delete keys, digest check, unknown delete key, no options', async () => {
  const before = await h.client.qemu.config('pve', 100);
  await h.client.qemu.update('pve', 100, { cores: 4, onboot: true }, { delete: ['tags'], digest: String(before.digest) });
  const after = await h.client.qemu.config('pve', 100);
  assert.equal(after.cores, 4);
  assert.equal(after.onboot, 1);
  assert.equal(after.tags, undefined);
  await assert.rejects(h.client.qemu.update('pve', 100, { cores: 1 }, { digest: String(before.digest) }), /checksum mismatch \(file change by other user\?\)/);
  await assert.rejects(
    h.client.qemu.update('pve', 100, {}, { delete: ['nosuchkey'] }),
    (err: unknown) => err instanceof ProxmoxApiError && err.status === 400 && err.errors.delete === "unknown option 'nosuchkey'",
  );
  await assert.rejects(h.client.qemu.update('pve', 100, {}), /no options specified/);
  const task = await h.client.qemu.updateAsync('pve', 100, { name: 'web2' }, { delete: ['agent'] });
  assert.equal(task?.exitstatus, 'WARNINGS: 1');
  assert.equal((await h.client.qemu.config('pve', 100)).name, 'web2');
});

test('deleting a disk detaches it to unused0; deleting unused0 frees the volume', async () => {
  await h.client.qemu.update('pve', 100, { scsi1: 'local-lvm:4' });
  assert.equal((await h.client.qemu.config('pve', 100)).scsi1, 'local-lvm:vm-100-disk-1,size=4G');
  await h.client.qemu.update('pve', 100, {}, { delete: ['scsi1'] });
  assert.equal((await h.client.qemu.config('pve', 100)).unused0, 'local-lvm:vm-100-disk-1');
  await h.client.qemu.update('pve', 100, {}, { delete: ['unused0'] });
  assert.equal(h.sim.state.volumes.has('local-lvm:vm-100-disk-1'), false);
});

test('resize grows in a task; shrinking fails inside the task with the real text', async () => {
  await h.client.qemu.resize('pve', 100, 'scsi0', '+8G');
  assert.equal(parseDisk(String((await h.client.qemu.config('pve', 100)).scsi0)).size, '40G');
  await h.client.qemu.resize('pve', 100, 'scsi0', '48G');
  await assert.rejects(h.client.qemu.resize('pve', 100, 'scsi0', '10G'), (err: unknown) => {
    assert.ok(err instanceof ProxmoxTaskError);
    assert.equal(err.exitStatus, 'shrinking disks is not supported');
    assert.ok(err.logTail.some((line) => line.includes('TASK ERROR')));
    return true;
  });
});

test('power: start, pending changes while running, reboot applies them, stop', async () => {
  await h.client.qemu.power('pve', 100, 'start');
  assert.equal((await h.client.qemu.status('pve', 100)).status, 'running');
  await assert.rejects(h.client.qemu.power('pve', 100, 'start'), /VM 100 already running/);
  await h.client.qemu.update('pve', 100, { cores: 8 });
  assert.equal((await h.client.qemu.config('pve', 100)).cores, 8);
  assert.equal((await h.client.qemu.config('pve', 100, { current: true })).cores, 4);
  assert.deepEqual(
    (await h.client.qemu.pending('pve', 100)).find((p) => p.key === 'cores'),
    { key: 'cores', value: 4, pending: '8' },
  );
  await h.client.qemu.power('pve', 100, 'reboot');
  assert.equal((await h.client.qemu.config('pve', 100, { current: true })).cores, 8);
  await assert.rejects(h.client.qemu.delete('pve', 100), /VM 100 is running - destroy failed/);
  await h.client.qemu.power('pve', 100, 'shutdown');
  await h.client.qemu.power('pve', 100, 'stop');
  assert.equal((await h.client.qemu.status('pve', 100)).status, 'stopped');
});

test('snapshots: create, list, describe, rollback, delete', async () => {
  await h.client.qemu.createSnapshot('pve', 100, 'before', { description: 'first' });
  await h.client.qemu.update('pve', 100, { cores: 1 });
  const list = await h.client.qemu.snapshots('pve', 100);
  assert.deepEqual(
    list.map((s) => s.name),
    ['before', 'current'],
  );
  assert.equal((await h.client.qemu.snapshotConfig('pve', 100, 'before')).cores, 8);
  await h.client.qemu.updateSnapshot('pve', 100, 'before', 'renamed');
  assert.equal((await h.client.qemu.snapshots('pve', 100))[0]?.description, 'renamed');
  await h.client.qemu.rollbackSnapshot('pve', 100, 'before');
  assert.equal((await h.client.qemu.config('pve', 100)).cores, 8);
  await assert.rejects(h.client.qemu.createSnapshot('pve', 100, 'before'), /snapshot name 'before' already used/);
  await h.client.qemu.deleteSnapshot('pve', 100, 'before');
  assert.deepEqual(
    (await h.client.qemu.snapshots('pve', 100)).map((s) => s.name),
    ['current'],
  );
  await assert.rejects(h.client.qemu.snapshotConfig('pve', 100, 'before'), (err: unknown) => isNotFound(err));
});

test('clone copies disks to new volumes and joins a pool', async () => {
  await h.client.pools.create('clones');
  await h.client.qemu.clone('pve', 100, { newid: 101, name: 'web-copy', pool: 'clones', full: true });
  const config = await h.client.qemu.config('pve', 101);
  assert.equal(config.name, 'web-copy');
  assert.equal(config.scsi0, 'local-lvm:vm-101-disk-0,size=48G,ssd=1');
  assert.deepEqual(
    (await h.client.pools.get('clones')).members.map((m) => m.id),
    ['qemu/101'],
  );
});

test('a failing task is an error with the log tail; a task timeout is its own error', async () => {
  h.sim.faults.failTasks = 1;
  h.sim.faults.taskFailureMessage = 'storage activation failed';
  await assert.rejects(
    h.client.qemu.power('pve', 101, 'start'),
    (err: unknown) => err instanceof ProxmoxTaskError && err.exitStatus === 'storage activation failed',
  );
  // The start task runs until released: it outlives the 50 ms wait however slow the machine
  // (a 500 ms task was over by the first status poll when the machine took that long).
  const release = h.sim.holdTasks();
  try {
    await assert.rejects(h.client.qemu.power('pve', 101, 'start', {}, { timeoutMs: 50 }), (err: unknown) => err instanceof ProxmoxTaskTimeoutError);
  } finally {
    release();
  }
  // The start ends after the wait gave up: wait for it (an explicit signal, not a sleep).
  await Promise.all([...h.sim.tasks.values()].map((task) => task.done));
  await h.client.qemu.power('pve', 101, 'stop');
});

test('concurrent writes wait for the config lock, time out with the real text, and the client retries them', async () => {
  h.sim.timing.lockTimeoutMs = 50;
  const retriesBefore = h.client.stats.retries;
  // The lock is held until released here, after the client has retried: no delay races the machine's speed.
  let release = (): void => {};
  const held = h.sim.holdConfigLock(101, new Promise<void>((resolve) => (release = resolve)));
  const update = h.client.qemu.update('pve', 101, { cores: 3 });
  while (h.client.stats.retries === retriesBefore) await new Promise((resolve) => setTimeout(resolve, 10));
  release();
  await update;
  await held;
  assert.equal((await h.client.qemu.config('pve', 101)).cores, 3);
  const noRetry = new ProxmoxClient({ endpoint: h.sim.url, caPem: h.sim.caPem, apiToken: TOKEN, maxRetries: 0 });
  let releaseAgain = (): void => {};
  const heldAgain = h.sim.holdConfigLock(101, new Promise<void>((resolve) => (releaseAgain = resolve)));
  try {
    await assert.rejects(
      noRetry.qemu.update('pve', 101, { cores: 2 }),
      (err: unknown) => isLockTimeout(err) && /can't lock file '\/var\/lock\/qemu-server\/lock-101.conf' - got timeout/.test((err as Error).message),
    );
  } finally {
    releaseAgain();
  }
  await heldAgain;
  await noRetry.close();
  h.sim.timing.lockTimeoutMs = 10_000;
});

test('a VM under creation is locked: a change waits for the create task; missing VMs are "not found"', async () => {
  // The create task is held running (not raced against a delay) while the update meets its lock.
  const release = h.sim.holdTasks();
  const creating = h.client.qemu.create('pve', { vmid: 150, memory: 512 });
  while (!h.sim.state.guests.has(150)) await new Promise((resolve) => setTimeout(resolve, 10));
  let updated: Promise<void>;
  try {
    let settled = false;
    updated = h.client.qemu.update('pve', 150, { cores: 2 }).finally(() => (settled = true));
    // The update was refused "VM is locked (create)" and now waits for the create task it found.
    while (!h.logs.some((line) => line.message.startsWith('guest is locked by a running task') && line.fields.vmid === 150) && !settled)
      await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(settled, false, 'the update waits for the create task');
  } finally {
    release();
  }
  await creating;
  await updated;
  assert.equal((await h.client.qemu.config('pve', 150)).cores, 2);
  await h.client.qemu.delete('pve', 150, { purge: true, destroyUnreferencedDisks: true });
  await assert.rejects(h.client.qemu.config('pve', 150), (err: unknown) => isNotFound(err));
  await assert.rejects(h.client.qemu.status('pve', 150), (err: unknown) => isNotFound(err));
});

test('delete frees the disks and leaves the pool', async () => {
  await h.client.qemu.delete('pve', 101, { purge: true });
  assert.equal(h.sim.state.guests.has(101), false);
  assert.equal(
    [...h.sim.state.volumes.keys()].some((id) => id.includes('vm-101-')),
    false,
  );
  assert.deepEqual((await h.client.pools.get('clones')).members, []);
});

test('lxc: create from the seeded template, config, resize, power, snapshot, clone, delete', async () => {
  const template = (await h.client.storage.content('pve', 'local', { content: 'vztmpl' }))[0]?.volid ?? '';
  await h.client.lxc.create('pve', {
    vmid: 200,
    ostemplate: template,
    hostname: 'ct1',
    rootfs: 'local-lvm:8',
    net0: 'name=eth0,bridge=vmbr0,ip=dhcp',
    password: 'hunter2hunter2',
    memory: 1024,
  });
  const config = await h.client.lxc.config('pve', 200);
  assert.equal(config.rootfs, 'local-lvm:vm-200-disk-0,size=8G');
  assert.match(String(config.net0), /^name=eth0,bridge=vmbr0,hwaddr=BC:24:11:[0-9A-F:]{8},ip=dhcp,type=veth$/);
  assert.equal(config.ostype, 'debian');
  assert.equal(config.password, undefined);
  await h.client.lxc.update('pve', 200, { memory: 2048 });
  assert.equal((await h.client.lxc.config('pve', 200)).memory, 2048);
  await h.client.lxc.resize('pve', 200, 'rootfs', '+2G');
  assert.equal(parseDisk(String((await h.client.lxc.config('pve', 200)).rootfs)).size, '10G');
  await h.client.lxc.power('pve', 200, 'start');
  assert.equal((await h.client.lxc.status('pve', 200)).status, 'running');
  await h.client.lxc.createSnapshot('pve', 200, 's1', { description: 'ct snap' });
  assert.deepEqual(
    (await h.client.lxc.snapshots('pve', 200)).map((s) => s.name),
    ['s1', 'current'],
  );
  await h.client.lxc.power('pve', 200, 'stop');
  await h.client.lxc.clone('pve', 200, { newid: 201, hostname: 'ct2' });
  assert.equal((await h.client.lxc.config('pve', 201)).hostname, 'ct2');
  await h.client.lxc.rollbackSnapshot('pve', 200, 's1');
  await h.client.lxc.deleteSnapshot('pve', 200, 's1');
  await h.client.lxc.delete('pve', 201, { purge: true });
  await h.client.lxc.delete('pve', 200, { purge: true });
  assert.deepEqual(await h.client.lxc.list('pve'), []);
  await assert.rejects(h.client.lxc.config('pve', 200), (err: unknown) => isNotFound(err) && /lxc\/200.conf' does not exist/.test((err as Error).message));
});

test('drift made out of band is what the client reads next', async () => {
  await h.client.qemu.create('pve', { vmid: 300, name: 'drift', cores: 1 });
  const guest = h.sim.vms().find((vm) => vm.vmid === 300);
  assert.ok(guest);
  guest.config.cores = '6';
  assert.equal((await h.client.qemu.config('pve', 300)).cores, 6);
  h.sim.state.guests.delete(300);
  assert.deepEqual(h.sim.containers(), []);
  assert.ok(h.sim.volumes('local').length === 2 && h.sim.tokens().some((t) => t.tokenid === 'tf'));
  await assert.rejects(h.client.qemu.config('pve', 300), (err: unknown) => isNotFound(err));
});

test("a task wait cut short by the caller's time limit says the task did not finish; a user abort stays an abort", async () => {
  const upid = 'UPID:pve:00001000:01A2C3C4:6B0F30D5:qmcreate:700:root@pam:';
  const timedOut = new AbortController();
  timedOut.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  await assert.rejects(
    h.client.tasks.wait(upid, { signal: timedOut.signal, timeoutMs: 5000 }),
    (err: unknown) => err instanceof ProxmoxTaskTimeoutError && /not finished after 5000 ms/.test(err.message),
  );
  const cancelled = new AbortController();
  cancelled.abort();
  await assert.rejects(h.client.tasks.wait(upid, { signal: cancelled.signal }), (err: unknown) => !(err instanceof ProxmoxTaskTimeoutError));
});
