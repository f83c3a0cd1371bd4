// proxmox_vm's `started` for a guest the HA stack manages. Its start and stop calls only ask the
// HA stack (an `hastart`/`hastop` task that sets the resource's requested state and ends: qemu-server
// src/PVE/API2/Qemu.pm:3631-3642, :3750-3768 @e6352be; pve-container API2/LXC/Status.pm:166-177,
// :266-280 @94f5585); the LRM starts or stops the guest later. The apply waits for that, so the
// state it records is the guest's (not "running = false" right after a start: an inconsistent
// result), and an HA stack that gives up fails it with the reason.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';
import { defaultFaults } from '../../../src/sim/proxmox/faults.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, TOKEN, type Harness } from '../../clients/proxmox/harness.js';
import { pveCall } from '../../sim/proxmox/pve-raw.js';
import { providerData } from './in-process.js';

const HANG_GUARD = { timeout: 30_000 };

let h: Harness;
before(async () => {
  h = await startHarness();
  for (const [kind, vmid] of [
    ['vm', 740],
    ['vm', 742],
  ] as const) {
    await h.client.qemu.create('pve', { vmid, name: `ha${vmid}`, memory: 512, cores: 1 });
    assert.equal((await pveCall(h.sim, TOKEN, 'POST', '/cluster/ha/resources', { sid: `${kind}:${vmid}`, state: 'stopped' })).status, 200);
  }
  await h.client.lxc.create('pve', { vmid: 741, ostemplate: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst', rootfs: 'local-lvm:4' });
  assert.equal((await pveCall(h.sim, TOKEN, 'POST', '/cluster/ha/resources', { sid: 'ct:741', state: 'stopped' })).status, 200);
});
after(() => h.close());

/** Runs `work` with the simulator's tasks held until the provider logs that it waits for the HA stack, then checks `meanwhile`. */
async function heldUntilWaiting<T>(vmid: number, work: () => Promise<T>, meanwhile: () => void): Promise<T> {
  const release = h.sim.holdTasks();
  try {
    let settled = false;
    const running = work().finally(() => (settled = true));
    const waits = (): boolean =>
      h.logs.some((line) => line.message.startsWith('the guest is HA managed: waiting for the HA stack to') && line.fields.vmid === vmid);
    while (!waits() && !settled) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(settled, false, 'the call waits for the HA stack');
    meanwhile();
    release();
    return await running;
  } finally {
    release();
  }
}

describe('an HA-managed guest started and stopped', () => {
  const vm = () => inProcessWith(vmResource, { ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
  const config = (started: boolean): Attributes => ({ node: 'pve', vmid: 740, name: 'ha740', memory: 512, cores: 1, started });

  it('proxmox_vm started = true: the apply returns once the LRM started it, and the next plan is empty', HANG_GUARD, async () => {
    const state = (await vm().importId('pve/740')).state;
    assert.ok(state);
    const applied = await heldUntilWaiting(
      740,
      () => vm().apply(config(true), state),
      () => {
        assert.equal(h.sim.state.guests.get(740)?.status, 'stopped', 'the request alone starts nothing');
        assert.equal(h.sim.state.datacenter.haResources.get('vm:740')?.state, 'started', 'hastart set the requested state');
      },
    );
    assert.deepEqual(applied.errors, []);
    assert.equal(applied.state.started, true);
    assert.equal(h.sim.state.guests.get(740)?.status, 'running');
    assert.deepEqual(await vm().changesAfterRefresh(config(true), applied.state), []);
  });

  it('proxmox_vm started = false: the apply returns once the LRM stopped it; the CRM set the requested state stopped', HANG_GUARD, async () => {
    const state = await vm().refresh((await vm().importId('pve/740')).state ?? {});
    const applied = await heldUntilWaiting(
      740,
      () => vm().apply(config(false), state),
      () => assert.equal(h.sim.state.guests.get(740)?.status, 'running'),
    );
    assert.deepEqual(applied.errors, []);
    assert.equal(applied.state.started, false);
    assert.equal(h.sim.state.guests.get(740)?.status, 'stopped');
    assert.equal(h.sim.state.datacenter.haResources.get('vm:740')?.state, 'stopped');
  });

  it("warns at plan time that a change of started sets the guest's HA state (a proxmox_ha_resource would set it back)", async () => {
    const stopped = (await vm().importId('pve/742')).state;
    assert.ok(stopped);
    const plan = await vm().planOnly({ ...config(true), vmid: 742, name: 'ha742' }, stopped);
    assert.deepEqual(plan.errors, []);
    assert.equal(plan.warnings.length, 1, JSON.stringify(plan.warnings));
    assert.match(plan.warnings[0] ?? '', /^HA-managed guest: starting it sets its HA state: .*vm:742 .*requested state to "started".*proxmox_ha_resource/);
    // Nothing to say when started does not change, nor for a guest HA leaves alone (`ignored`).
    assert.deepEqual((await vm().planOnly({ ...config(false), vmid: 742, name: 'ha742' }, stopped)).warnings, []);
    h.sim.state.datacenter.haResources.get('vm:742')!.state = 'ignored';
    try {
      assert.deepEqual((await vm().planOnly({ ...config(true), vmid: 742, name: 'ha742' }, stopped)).warnings, []);
    } finally {
      h.sim.state.datacenter.haResources.get('vm:742')!.state = 'stopped';
    }
  });

  it('a container: the client call returns once the LRM started it', HANG_GUARD, async () => {
    await heldUntilWaiting(
      741,
      () => h.client.lxc.power('pve', 741, 'start'),
      () => assert.equal(h.sim.state.guests.get(741)?.status, 'stopped'),
    );
    assert.equal(h.sim.state.guests.get(741)?.status, 'running');
  });

  it('an LRM start that fails: the HA state is error, and the apply fails saying so', HANG_GUARD, async () => {
    const state = (await vm().importId('pve/742')).state;
    assert.ok(state);
    Object.assign(h.sim.faults, { failTasks: 1, taskMatch: /^qmstart$/, taskFailureMessage: 'start failed: QEMU exited with code 1' });
    try {
      const applied = await vm().apply({ node: 'pve', vmid: 742, name: 'ha742', memory: 512, cores: 1, started: true }, state);
      assert.equal(applied.errors.length, 1, JSON.stringify(applied.errors));
      assert.match(applied.errors[0] ?? '', /the HA stack did not start guest 742: its HA state is 'error'/);
    } finally {
      Object.assign(h.sim.faults, defaultFaults());
    }
    assert.equal(h.sim.state.guests.get(742)?.status, 'stopped');
  });
});
