// Failed applies of guest and node resources, planned and applied in-process against the
// simulator with faults: after a write fails part-way, the state returned with the error holds
// what the server holds (nothing orphaned, nothing dropped) and the next apply converges.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { networkBridgeResource } from '../../../src/providers/proxmox/resources/network-bridge.js';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import { defaultFaults } from '../../../src/sim/proxmox/faults.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

describe('guest and node resources after a failed apply', () => {
  let h: Harness;
  before(async () => (h = await startHarness({ extraNodes: ['pve2'] }, { maxRetries: 0 })));
  after(() => h.close());
  beforeEach(() => Object.assign(h.sim.faults, defaultFaults()));

  it('proxmox_network_bridge: a create whose answer was lost leaves no pending change, and the next apply creates it', async () => {
    const bridge = inProcessWith(networkBridgeResource, providerData(h.client));
    const config = { node: 'pve', name: 'vmbr8', ports: ['eno2'] };
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^POST \/nodes\/pve\/network$/ });
    const failed = await bridge.apply(config, null);
    assert.equal(h.sim.faults.dropAnswers, 0, 'the fault was hit');
    assert.notDeepEqual(failed.errors, []);
    assert.equal(h.sim.state.nodeNetworks.get('pve')?.pending, undefined, 'nothing left pending');
    const retried = await bridge.apply(config, null);
    assert.deepEqual(retried.errors, []);
    assert.equal(h.sim.state.nodeNetworks.get('pve')?.live.has('vmbr8'), true);
  });

  const disk = { interface: 'scsi0', storage: 'local-lvm', size: '1G' };
  const rootfs = { storage: 'local-lvm', size: '1G' };
  const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  for (const guest of [
    { kind: 'proxmox_vm', resource: vmResource, vmid: 120, config: { name: 'mover', disk: [disk] }, update: /^(PUT|POST) \/nodes\/pve2\/qemu\/120\/config$/ },
    {
      kind: 'proxmox_lxc',
      resource: lxcResource,
      vmid: 220,
      config: { hostname: 'mover', template: TEMPLATE, rootfs },
      update: /^PUT \/nodes\/pve2\/lxc\/220\/config$/,
    },
  ]) {
    it(`${guest.kind}: a config change failing after the migration keeps the guest in state, on its new node`, async () => {
      const runtime = inProcessWith(guest.resource, providerData(h.client));
      const config = { node: 'pve', vmid: guest.vmid, started: false, migrate: true, cores: 1, ...guest.config };
      const created = await runtime.apply(config, null);
      assert.deepEqual(created.errors, []);
      Object.assign(h.sim.faults, { serverErrors: 1, serverErrorStatus: 500, match: guest.update });
      const failed = await runtime.apply({ ...config, node: 'pve2', cores: 2 }, created.state);
      assert.equal(h.sim.faults.serverErrors, 0, 'the fault was hit');
      assert.notDeepEqual(failed.errors, []);
      // The server's truth: moved, the cores not changed.
      assert.deepEqual([failed.state?.['node'], failed.state?.['id'], failed.state?.['cores']], ['pve2', `pve2/${guest.vmid}`, 1]);
      const converged = await runtime.apply({ ...config, node: 'pve2', cores: 2 }, failed.state);
      assert.deepEqual([converged.errors, converged.state['node'], converged.state['cores']], [[], 'pve2', 2]);
    });
  }
});
