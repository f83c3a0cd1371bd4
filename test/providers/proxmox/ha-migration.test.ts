// proxmox_vm/proxmox_lxc's migration (shared/guest-move.ts `migrateIfMoved`) of an HA-managed
// guest against the simulator: the state records the target node only once the HA stack has moved
// the guest there; a failed HA migration fails the apply and the state says where the guest is.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProxmoxHaMigrationError } from '../../../src/clients/proxmox/index.js';
import { migrateIfMoved } from '../../../src/providers/proxmox/shared/guest-move.js';
import { pveCall } from '../../sim/proxmox/pve-raw.js';
import { startHarness, TOKEN, type Harness } from '../../clients/proxmox/harness.js';
import { recordingContext } from './in-process.js';

const HANG_GUARD = { timeout: 30_000 };
const PLAN = { node: 'pve2', shutdown_timeout: 30, migrate_target_storage: null };

let h: Harness;
before(async () => {
  h = await startHarness({ extraNodes: ['pve2'] });
  for (const vmid of [600, 601]) {
    await h.client.qemu.create('pve', { vmid, memory: 512, cores: 1 });
    assert.equal((await pveCall(h.sim, TOKEN, 'POST', '/cluster/ha/resources', { sid: `vm:${vmid}`, state: 'stopped' })).status, 200);
  }
});
after(() => h.close());

const prior = (vmid: number) => ({ node: 'pve', id: `pve/${vmid}`, vmid });

test('the state moves to the target only once the HA stack moved the guest; the next change lands there', HANG_GUARD, async () => {
  const { ctx, saved } = recordingContext(h.client);
  const release = h.sim.holdTasks();
  let where: string | undefined;
  try {
    let settled = false;
    const move = migrateIfMoved(ctx, 'qemu', h.client.qemu, PLAN, prior(600)).finally(() => {
      settled = true;
      where = h.sim.state.guests.get(600)?.node;
    });
    const waits = (): boolean => h.logs.some((line) => line.message.startsWith('the guest is HA managed') && line.fields.vmid === 600);
    while (!waits() && !settled) await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    assert.deepEqual(await move, { node: 'pve2', vmid: 600 });
  } finally {
    release();
  }
  assert.equal(where, 'pve2', 'the migration returned only once the guest was on the target');
  assert.deepEqual(saved, [{ node: 'pve2', id: 'pve2/600', vmid: 600 }]);
  await h.client.qemu.update('pve2', 600, { cores: 2 });
  assert.equal(h.sim.state.guests.get(600)?.config.cores, '2');
});

test('a failed HA migration fails the apply with the reason, and the state stays on the source', HANG_GUARD, async () => {
  const { ctx, saved } = recordingContext(h.client);
  Object.assign(h.sim.faults, { failTasks: 1, taskMatch: /^qmigrate$/, taskFailureMessage: 'migration aborted' });
  try {
    await assert.rejects(
      migrateIfMoved(ctx, 'qemu', h.client.qemu, PLAN, prior(601)),
      /HA migration of guest 601 to node pve2 failed: .*'migration aborted'; the guest is on node pve/,
    );
  } finally {
    Object.assign(h.sim.faults, { failTasks: 0, taskMatch: undefined });
  }
  assert.deepEqual(saved, []);
  assert.equal(h.sim.state.guests.get(601)?.node, 'pve');
});

test('an HA migration that failed with the guest on the target (HA state error): the state follows the guest', async () => {
  const { ctx, saved } = recordingContext(h.client);
  const failing = {
    ...h.client.qemu,
    status: h.client.qemu.status.bind(h.client.qemu),
    migrate: () => Promise.reject(new ProxmoxHaMigrationError(601, 'pve2', 'pve2', "its HA state is 'error'")),
  } as unknown as typeof h.client.qemu;
  await assert.rejects(migrateIfMoved(ctx, 'qemu', failing, PLAN, prior(601)), ProxmoxHaMigrationError);
  assert.deepEqual(saved, [{ node: 'pve2', id: 'pve2/601', vmid: 601 }]);
});
