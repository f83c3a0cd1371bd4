// cpu_units of proxmox_vm and proxmox_lxc: Proxmox VE 9 runs cgroup v2 only, and its API clamps a
// CPU weight above 10000 to 10000 before storing it (pve-common src/PVE/CGroup.pm:493-505
// `clamp_cpu_shares` @f665029; qemu-server API2/Qemu.pm:1286-1287,2107-2108 @e6352be; pve-container
// API2/LXC.pm:263-264, API2/LXC/Config.pm:168-169 @94f5585). A larger value would read back as
// 10000 and plan a change on every refresh: validate refuses it, naming cpu_units.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

describe('cpu_units above the cgroup v2 weight range', () => {
  it('the server stores 10000 for a larger weight', async () => {
    await h.client.qemu.create('pve', { vmid: 760, memory: 512, cores: 1, cpuunits: 20_000 });
    assert.equal(h.sim.state.guests.get(760)?.config.cpuunits, '10000');
    await h.client.qemu.update('pve', 760, { cpuunits: 10_001 });
    assert.equal(h.sim.state.guests.get(760)?.config.cpuunits, '10000');
    await h.client.qemu.update('pve', 760, { cpuunits: 9_999 });
    assert.equal(h.sim.state.guests.get(760)?.config.cpuunits, '9999');
  });

  for (const [kind, resource, base] of [
    ['proxmox_vm', vmResource, { node: 'pve', vmid: 761, name: 'weights' }],
    [
      'proxmox_lxc',
      lxcResource,
      { node: 'pve', vmid: 762, template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst', rootfs: { storage: 'local-lvm', size: '4G' } },
    ],
  ] as const) {
    it(`${kind}: refused by validate above 10000, taken up to it`, () => {
      const guest = inProcessWith(resource, providerData(h.client));
      const errors = guest.validate({ ...base, cpu_units: 20_000 });
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.match(errors[0] ?? '', /10000/, errors[0]);
      assert.deepEqual(guest.validate({ ...base, cpu_units: 10_000 }), []);
    });
  }
});
