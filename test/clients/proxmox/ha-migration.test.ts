// The migration of an HA-managed guest (client ha-migration.ts against the simulator): the migrate
// call only queues the request (`hamigrate` task) and the HA stack migrates the guest later in a
// task of its own; the client's migrate returns once the guest is on the target node, and fails
// naming where the guest is when the HA migration failed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProxmoxHaMigrationError } from '../../../src/clients/proxmox/ha-migration.js';
import { pveCall } from '../../sim/proxmox/pve-raw.js';
import { startHarness, TOKEN, type Harness } from './harness.js';

/** Without the wait under test a held migration would never be released: fail instead of hanging. */
const HANG_GUARD = { timeout: 30_000 };

let h: Harness;
before(async () => {
  h = await startHarness({ extraNodes: ['pve2'] });
  await h.client.qemu.create('pve', { vmid: 500, memory: 512, cores: 1 });
  const template = (await h.client.storage.content('pve', 'local', { content: 'vztmpl' }))[0]?.volid ?? '';
  await h.client.lxc.create('pve', { vmid: 510, ostemplate: template, hostname: 'ct', rootfs: 'local-lvm:4', memory: 512 });
  for (const sid of ['vm:500', 'ct:510']) assert.equal((await pveCall(h.sim, TOKEN, 'POST', '/cluster/ha/resources', { sid, state: 'stopped' })).status, 200);
});
after(() => h.close());

function tasksOf(type: string, vmid: number) {
  return [...h.sim.tasks.values()].filter((task) => task.type === type && task.id === String(vmid));
}

async function hastate(vmid: number): Promise<unknown> {
  const listed = (await pveCall(h.sim, TOKEN, 'GET', '/cluster/resources', { type: 'vm' })).data as Array<Record<string, unknown>>;
  return listed.find((entry) => entry.vmid === vmid)?.hastate;
}

test('an HA VM: the call queues the request, the client waits for the HA migration task, then the VM is on the target', HANG_GUARD, async () => {
  const release = h.sim.holdTasks();
  try {
    let settled = false;
    const migrate = h.client.qemu.migrate('pve', 500, { target: 'pve2', running: false, withLocalDisks: true });
    void migrate.then(
      () => (settled = true),
      () => (settled = true),
    );
    const waits = (): boolean => h.logs.some((line) => line.message.startsWith('the guest is HA managed') && line.fields.vmid === 500);
    while (!waits() && !settled) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(settled, false, 'the migrate call does not return while the HA migration runs');
    const [request] = tasksOf('hamigrate', 500);
    assert.equal(request?.exitstatus, 'OK');
    assert.ok(request?.log.includes('Requesting HA migration for VM 500 to node pve2'));
    const [moving] = tasksOf('qmigrate', 500);
    assert.deepEqual([moving?.status, moving?.owner.userid], ['running', 'root@pam'], "the LRM's migration runs as root");
    assert.equal(h.sim.state.guests.get(500)?.node, 'pve');
    assert.equal(h.sim.state.guests.get(500)?.config.lock, 'migrate');
    assert.equal(await hastate(500), 'migrate');
    release();
    await migrate;
  } finally {
    release();
  }
  assert.equal(h.sim.state.guests.get(500)?.node, 'pve2');
  assert.equal(h.sim.state.guests.get(500)?.config.lock, undefined);
  assert.equal(await hastate(500), 'stopped');
});

test('an HA container whose HA migration fails: the migrate call fails naming the node it stayed on', HANG_GUARD, async () => {
  Object.assign(h.sim.faults, { failTasks: 1, taskMatch: /^vzmigrate$/, taskFailureMessage: "storage 'local-lvm' is not available on node 'pve2'" });
  try {
    await assert.rejects(h.client.lxc.migrate('pve', 510, { target: 'pve2', running: false }), (error: unknown) => {
      assert.ok(error instanceof ProxmoxHaMigrationError);
      assert.equal(error.node, 'pve');
      assert.match(
        error.message,
        /HA migration of guest 510 to node pve2 failed: the migration task .*:vzmigrate:510:root@pam: ended with 'storage 'local-lvm' is not available on node 'pve2''; the guest is on node pve/,
      );
      return true;
    });
  } finally {
    Object.assign(h.sim.faults, { failTasks: 0, taskMatch: undefined });
  }
  assert.equal(tasksOf('hamigrate', 510)[0]?.exitstatus, 'OK', 'the request itself succeeded');
  assert.equal(h.sim.state.guests.get(510)?.node, 'pve');
  assert.equal(await hastate(510), 'stopped');
});
