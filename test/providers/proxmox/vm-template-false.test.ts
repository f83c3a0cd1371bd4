// proxmox_vm `template = false`: only the template conversion writes `template: 1` (qemu-server
// API2/Qemu.pm:6581 @e6352be); a VM that is none has no such key. Read as null, the configured
// false made the create an inconsistent result and planned the VM's replacement on every refresh.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

describe('proxmox_vm template', () => {
  const vm = () => inProcessWith(vmResource, { ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
  const config = (vmid: number, template: boolean | null): Attributes => ({
    node: 'pve',
    vmid,
    name: `tpl${vmid}`,
    memory: 512,
    cores: 1,
    started: false,
    template,
  });

  it('false: created without errors, no key on the server, and the next plan is empty', async () => {
    const applied = await vm().apply(config(770, false), null);
    assert.deepEqual(applied.errors, []);
    assert.equal(h.sim.state.guests.get(770)?.config.template, undefined);
    assert.equal(applied.state.template, false);
    assert.deepEqual(await vm().changesAfterRefresh(config(770, false), applied.state), []);
  });

  it('unset on import, and true after the conversion', async () => {
    const imported = await vm().importId('pve/770');
    assert.equal(imported.state?.template, null);
    assert.deepEqual(await vm().changesAfterRefresh(config(770, null), imported.state ?? {}), []);
    const applied = await vm().apply(config(771, true), null);
    assert.deepEqual(applied.errors, []);
    assert.equal(applied.state.template, true);
    assert.deepEqual(await vm().changesAfterRefresh(config(771, true), applied.state), []);
  });
});
