// proxmox_vm cpu_flags without cpu_type: `cputype` is the optional default key of `cpu` (kvm64
// when absent: qemu-server src/PVE/QemuServer/CPUConfig.pm:295-303 @e6352be). The flags are sent
// without a model, so cpu_type reads back unset as configured (naming kvm64 made the create an
// inconsistent result and planned a change on every refresh).
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

describe('proxmox_vm cpu_flags', () => {
  const vm = () => inProcessWith(vmResource, { ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
  const config = (vmid: number, cpu: Attributes): Attributes => ({ node: 'pve', vmid, name: `cpu${vmid}`, memory: 512, cores: 1, started: false, ...cpu });

  for (const [vmid, cpu, stored] of [
    [780, { cpu_flags: ['+aes', '-pcid'] }, 'flags=+aes;-pcid'],
    [781, { cpu_type: 'host', cpu_flags: ['+aes'] }, 'host,flags=+aes'],
    [782, { cpu_type: 'x86-64-v2-AES' }, 'x86-64-v2-AES'],
  ] as const) {
    it(`${JSON.stringify(cpu)}: stored as "${stored}", and the next plan is empty`, async () => {
      const applied = await vm().apply(config(vmid, { ...cpu }), null);
      assert.deepEqual(applied.errors, []);
      assert.equal(h.sim.state.guests.get(vmid)?.config.cpu, stored);
      assert.equal(applied.state.cpu_type, 'cpu_type' in cpu ? cpu.cpu_type : null);
      assert.deepEqual(await vm().changesAfterRefresh(config(vmid, { ...cpu }), applied.state), []);
    });
  }
});
