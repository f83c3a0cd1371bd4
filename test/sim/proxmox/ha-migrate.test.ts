// The migrate call of an HA-managed guest (handlers/migrate.ts `startHaMigration`): a `hamigrate`
// task that only queues the request, then the HA stack's own migration task as root@pam, with the
// resource in HA state `migrate` meanwhile (`/cluster/resources` hastate, `ha/status/current`);
// a running container is shut down, moved offline and started again on the target. A VM's
// request naming a target storage is queued, and the LRM's own call (none) fails before any task.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall, taskResult } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
const HANG_GUARD = { timeout: 30_000 };

let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({ tokens: [ROOT], extraNodes: ['pve2'], taskDelayMs: 1, authFailureDelayMs: 0 });
  const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 820, ostemplate: TEMPLATE, rootfs: 'local-lvm:1', start: 1 });
  assert.equal(await taskResult(sim, created.data), 'OK');
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/ha/resources', { sid: 'ct:820' })).status, 200);
});
after(() => sim.stop());

test('a running HA container: the request task ends at once, the HA task moves it (shut down, offline, started again)', HANG_GUARD, async () => {
  assert.equal(sim.state.guests.get(820)?.status, 'running');
  const release = sim.holdTasks();
  try {
    const call = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/820/migrate', { target: 'pve2', restart: 1 });
    assert.match(String(call.data), /:hamigrate:820:root@pam!tf:$/);
    assert.equal(await taskResult(sim, call.data), 'OK');
    const moving = [...sim.tasks.values()].find((task) => task.type === 'vzmigrate' && task.id === '820');
    assert.deepEqual([moving?.status, moving?.owner.userid, moving?.node], ['running', 'root@pam', 'pve']);
    const listed = (await pveCall(sim, ROOT, 'GET', '/cluster/resources', { type: 'vm' })).data as Array<Record<string, unknown>>;
    assert.deepEqual(
      listed.filter((entry) => entry.vmid === 820).map((entry) => [entry.node, entry.hastate, entry.lock, entry.status]),
      [['pve', 'migrate', 'migrate', 'stopped']],
    );
    const current = (await pveCall(sim, ROOT, 'GET', '/cluster/ha/status/current')).data as Array<Record<string, unknown>>;
    assert.deepEqual(
      current.filter((entry) => entry.sid === 'ct:820').map((entry) => [entry.state, entry.request_state, entry.crm_state]),
      [['migrate', 'started', 'migrate']],
    );
    release();
    assert.equal(await taskResult(sim, moving?.upid), 'OK');
  } finally {
    release();
  }
  const guest = sim.state.guests.get(820);
  assert.deepEqual([guest?.node, guest?.status, guest?.config.lock], ['pve2', 'running', undefined]);
  const listed = (await pveCall(sim, ROOT, 'GET', '/cluster/resources', { type: 'vm' })).data as Array<Record<string, unknown>>;
  assert.equal(listed.find((entry) => entry.vmid === 820)?.hastate, 'started');
});

test("a VM's migrate checks that the target has every drive's storage before any task, also for an HA guest (the HA stack passes no target storage)", async () => {
  const options = { vgname: 'pve', thinpool: 'pinned', content: 'images,rootdir', nodes: 'pve' };
  sim.state.storages.set('pinned', { storage: 'pinned', type: 'lvmthin', options, secrets: {}, capacity: 1024 ** 3 });
  const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 821, memory: 512, scsi0: 'pinned:1' });
  assert.equal(await taskResult(sim, created.data), 'OK');
  const tasksBefore = sim.tasks.size;
  const refused = "storage 'pinned' is not available on node 'pve2'";
  assert.equal((await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/821/migrate', { target: 'pve2' })).message, refused);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/ha/resources', { sid: 'vm:821', state: 'stopped' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/821/migrate', { target: 'pve2' })).message, refused);
  assert.equal(sim.tasks.size, tasksBefore, 'no migration task, no hamigrate task');
  assert.equal(sim.state.guests.get(821)?.node, 'pve');
});

test(
  "an HA VM's migration naming a target storage: the call queues it, and the LRM's own call (no target storage) fails before any qmigrate task on a storage the target lacks; the service goes back to its state on the source",
  HANG_GUARD,
  async () => {
    const options = { path: '/srv/pinned-too', content: 'images,rootdir', nodes: 'pve' };
    sim.state.storages.set('pinned-too', { storage: 'pinned-too', type: 'dir', options, secrets: {}, capacity: 1024 ** 3 });
    const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 822, memory: 512, scsi0: 'pinned-too:1' });
    assert.equal(await taskResult(sim, created.data), 'OK');
    assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/ha/resources', { sid: 'vm:822', state: 'stopped' })).status, 200);
    const hastate = async (): Promise<unknown> =>
      ((await pveCall(sim, ROOT, 'GET', '/cluster/resources', { type: 'vm' })).data as Array<Record<string, unknown>>).find((entry) => entry.vmid === 822)
        ?.hastate;
    const release = sim.holdTasks();
    try {
      const call = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/822/migrate', { target: 'pve2', targetstorage: 'local-lvm' });
      assert.equal(call.status, 200, call.message);
      assert.match(String(call.data), /:hamigrate:822:root@pam!tf:$/);
      assert.equal(await taskResult(sim, call.data), 'OK');
      assert.equal(await hastate(), 'migrate', 'the CRM took the request up');
    } finally {
      release();
    }
    // The CRM's next round sees the LRM's error.
    while ((await hastate()) === 'migrate') await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(await hastate(), 'stopped');
    assert.deepEqual(
      [...sim.tasks.values()].filter((task) => task.id === '822' && task.type !== 'qmcreate').map((task) => task.type),
      ['hamigrate'],
      'no qmigrate task',
    );
    const guest = sim.state.guests.get(822);
    assert.deepEqual([guest?.node, guest?.config.scsi0?.split(',')[0], guest?.config.lock], ['pve', 'pinned-too:822/vm-822-disk-0.raw', undefined]);
  },
);
