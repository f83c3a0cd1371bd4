// Failed applies of guest and node resources, planned and applied in-process against the
// simulator with faults: after a write fails part-way, the state returned with the error holds
// what the server holds (nothing orphaned, nothing dropped) and the next apply converges.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { networkBridgeResource } from '../../../src/providers/proxmox/resources/network-bridge.js';
import { defaultFaults } from '../../../src/sim/proxmox/faults.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

describe('guest and node resources after a failed apply', () => {
  let h: Harness;
  before(async () => (h = await startHarness({}, { maxRetries: 0 })));
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
});
