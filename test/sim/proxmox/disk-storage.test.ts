// ZFS pools, volume groups, thin pools and directories made of a node's free disks, as
// pve-storage PVE/API2/Disks/*.pm makes them: refusals before the task (disk in use, layout,
// privileges), the task, the storage entry of add_storage, and delete with and without the
// clean-up options.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall, taskResult } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
/** Sys.Modify on / but no Datastore.Allocate on /storage. */
const SYS = 'ops@pve!sys=sys-secret';
let sim: ProxmoxSimulator;

before(async () => {
  sim = await startProxmoxSimulator({ tokens: [ROOT, SYS], authFailureDelayMs: 0, taskDelayMs: 0 });
  sim.addRole('DisksOnly', ['Sys.Modify', 'Sys.Audit']);
  sim.grant('/', 'ops@pve', 'DisksOnly');
});
after(() => sim.stop());

function disk(devpath: string): { used?: string; gpt: boolean } | undefined {
  return sim.state.nodeDisks.get('pve')?.find((d) => d.devpath === devpath);
}

test('refusals before the task: a disk in use, no block device, a layout the RAID level cannot have', async () => {
  const cases: Array<[Record<string, string | number>, string]> = [
    [{ name: 'busy', raidlevel: 'single', devices: '/dev/sda' }, "device '/dev/sda' is already in use"],
    [{ name: 'nodev', raidlevel: 'single', devices: '/dev/sdz' }, 'not a valid block device'],
    [{ name: 'odd', raidlevel: 'single', devices: 'sdb' }, "got unusual device path '/sdb'"],
    [{ name: 'r10', raidlevel: 'raid10', devices: '/dev/sdb,/dev/sdc,/dev/sdd' }, 'raid10 needs an even number of disks'],
    [{ name: 'two', raidlevel: 'single', devices: '/dev/sdb /dev/sdc' }, 'please give only one disk for single disk mode'],
    [{ name: 'rz', raidlevel: 'raidz2', devices: '/dev/sdb,/dev/sdc' }, 'raidz2 needs at least 4 disks'],
    [{ name: 'dr', raidlevel: 'mirror', devices: '/dev/sdb,/dev/sdc', 'draid-config': 'data=2,spares=0' }, 'draid-config set without using dRAID level'],
    [
      { name: 'dr', raidlevel: 'draid', devices: '/dev/sdb,/dev/sdc,/dev/sdd', 'draid-config': 'data=2,spares=1' },
      'At least 4 disks needed for current dRAID config',
    ],
  ];
  for (const [params, message] of cases) {
    const answer = await pveCall(sim, ROOT, 'POST', '/nodes/pve/disks/zfs', params);
    assert.deepEqual([answer.status, answer.message], [500, message], JSON.stringify(params));
  }
  const lvm = await pveCall(sim, ROOT, 'POST', '/nodes/pve/disks/lvm', { name: 'vg', device: '/dev/sda' });
  assert.deepEqual([lvm.status, lvm.message], [500, "device '/dev/sda' is already in use"]);
  assert.equal(sim.tasks.size, 0, 'no task started');
});

test('add_storage needs Datastore.Allocate on /storage; Sys.Modify alone creates without one', async () => {
  const refused = await pveCall(sim, SYS, 'POST', '/nodes/pve/disks/lvm', { name: 'vg1', device: '/dev/sdb', add_storage: 1 });
  assert.deepEqual([refused.status, refused.message], [403, 'Permission check failed (/storage, Datastore.Allocate)']);
  const made = await pveCall(sim, SYS, 'POST', '/nodes/pve/disks/lvm', { name: 'vg1', device: '/dev/sdb' });
  assert.equal(await taskResult(sim, made.data), 'OK');
  assert.match(String(made.data), /:lvmcreate:vg1:ops@pve!sys:$/);
  assert.equal(disk('/dev/sdb')?.used, 'LVM');
  assert.equal(sim.state.storages.has('vg1'), false);
  const again = await pveCall(sim, ROOT, 'POST', '/nodes/pve/disks/lvmthin', { name: 'vg1', device: '/dev/sdb' });
  assert.deepEqual([again.status, again.message], [500, "device '/dev/sdb' is already in use"]);
  const cleanup = await pveCall(sim, SYS, 'DELETE', '/nodes/pve/disks/lvm/vg1', { 'cleanup-config': 1 });
  assert.deepEqual([cleanup.status, cleanup.message], [403, 'Permission check failed (/storage, Datastore.Allocate)']);
  // Without cleanup-disks the device stays a physical volume: still in use.
  const kept = await pveCall(sim, SYS, 'DELETE', '/nodes/pve/disks/lvm/vg1');
  assert.equal(await taskResult(sim, kept.data), 'OK');
  assert.equal(disk('/dev/sdb')?.used, 'LVM');
  const gone = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/disks/lvm/vg1', { 'cleanup-disks': 1 });
  assert.equal(await taskResult(sim, gone.data), "no such volume group 'vg1'");
  // Wiped by hand, as `wipefs` would, for the next test.
  delete disk('/dev/sdb')?.used;
});

test('a mirror with add_storage: pool, storage entry, zpool status by by-id links; delete with clean-up frees both', async () => {
  const made = await pveCall(sim, ROOT, 'POST', '/nodes/pve/disks/zfs', {
    name: 'tank',
    raidlevel: 'mirror',
    devices: '/dev/sdb,/dev/sdc',
    compression: 'lz4',
    add_storage: 1,
  });
  assert.equal(await taskResult(sim, made.data), 'OK');
  assert.deepEqual([disk('/dev/sdb')?.used, disk('/dev/sdc')?.gpt], ['ZFS', true]);
  const storage = sim.state.storages.get('tank');
  assert.deepEqual([storage?.type, storage?.options.pool, storage?.options.nodes, storage?.options.content], ['zfspool', 'tank', 'pve', 'rootdir,images']);
  const twice = await pveCall(sim, ROOT, 'POST', '/nodes/pve/disks/zfs', { name: 'tank', raidlevel: 'single', devices: '/dev/sdd', add_storage: 1 });
  assert.deepEqual([twice.status, twice.message], [500, "Storage ID 'tank' already exists on node pve"]);
  const status = await pveCall(sim, ROOT, 'GET', '/nodes/pve/disks/zfs/tank');
  const tree = status.data as { children: Array<{ name: string; children: Array<{ name: string; children: Array<{ name: string }> }> }> };
  assert.equal(tree.children[0]?.children[0]?.name, 'mirror-0');
  assert.match(tree.children[0]?.children[0]?.children[0]?.name ?? '', /^\/dev\/disk\/by-id\/ata-WDC_WD10EFRX-68F_PVE-0002-part1$/);
  const missing = await pveCall(sim, ROOT, 'GET', '/nodes/pve/disks/zfs/nope');
  assert.deepEqual([missing.status, missing.message], [500, "command '/sbin/zpool status -P nope' failed: exit code 1"]);
  const removed = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/disks/zfs/tank', { 'cleanup-config': 1, 'cleanup-disks': 1 });
  assert.match(String(removed.data), /:zfsremove:tank:/);
  assert.equal(await taskResult(sim, removed.data), 'OK');
  assert.equal(sim.state.storages.has('tank'), false);
  assert.deepEqual([disk('/dev/sdb')?.used, disk('/dev/sdc')?.used], [undefined, undefined]);
});

test('a thin pool and a directory: listed, deleted without clean-up (disk kept), then the missing ones fail in the task', async () => {
  const thin = await pveCall(sim, ROOT, 'POST', '/nodes/pve/disks/lvmthin', { name: 'fast', device: '/dev/nvme0n1', add_storage: 1 });
  assert.equal(await taskResult(sim, thin.data), 'OK');
  const pools = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/disks/lvmthin')).data as Array<{ lv: string; vg: string }>;
  assert.deepEqual(
    pools.map((p) => `${p.vg}/${p.lv}`),
    ['pve/data', 'fast/fast'],
  );
  assert.deepEqual(sim.state.storages.get('fast')?.options, { vgname: 'fast', thinpool: 'fast', content: 'rootdir,images', nodes: 'pve' });
  const dir = await pveCall(sim, ROOT, 'POST', '/nodes/pve/disks/directory', { name: 'backup', device: '/dev/sdd', filesystem: 'xfs' });
  assert.equal(await taskResult(sim, dir.data), 'OK');
  const dirs = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/disks/directory')).data as Array<{ path: string; type: string; unitfile: string }>;
  assert.deepEqual(
    dirs.map((d) => [d.path, d.type, d.unitfile]),
    [['/mnt/pve/backup', 'xfs', '/etc/systemd/system/mnt-pve-backup.mount']],
  );
  assert.equal(disk('/dev/sdd')?.used, 'xfs');
  const mounted = await pveCall(sim, ROOT, 'POST', '/nodes/pve/disks/directory', { name: 'backup', device: '/dev/sdb' });
  assert.deepEqual([mounted.status, mounted.message], [500, "the path for 'backup' is already mounted: /mnt/pve/backup (/dev/sdd1)"]);
  const thinGone = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/disks/lvmthin/fast', { 'volume-group': 'fast', 'cleanup-config': 1, 'cleanup-disks': 1 });
  assert.match(String(thinGone.data), /:lvmthinremove:fast-fast:/);
  assert.equal(await taskResult(sim, thinGone.data), 'OK');
  assert.deepEqual([sim.state.storages.has('fast'), disk('/dev/nvme0n1')?.used], [false, undefined]);
  const dirKept = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/disks/directory/backup');
  assert.equal(await taskResult(sim, dirKept.data), 'OK');
  assert.equal(disk('/dev/sdd')?.used, 'xfs', 'the file system (and its data) stays without cleanup-disks');
  const dirAgain = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/disks/directory/backup');
  assert.equal(await taskResult(sim, dirAgain.data), "command 'systemctl stop mnt-pve-backup.mount' failed: exit code 5");
  const thinAgain = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/disks/lvmthin/fast', { 'volume-group': 'fast' });
  assert.equal(await taskResult(sim, thinAgain.data), 'no such thin pool fast/fast');
});
