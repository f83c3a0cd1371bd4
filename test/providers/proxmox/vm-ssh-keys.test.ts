// proxmox_vm's cloud_init.ssh_keys: Proxmox keeps the text sent (URL-encoded; qemu-server
// API2/Qemu.pm:2102-2105 @e6352be only checks it). A key read from a file ends with a line feed
// (`file("id.pub")`), and one element may hold two keys: reading the text back into keys, one a
// line, loses both, so the configured list is kept when it holds the same keys.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl admin@laptop';
const OTHER = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB5pXn0sLz+5T3bqUqJc0m5n5D7M7T8a1E7rA9u0Z1jK ops@desk';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

describe('proxmox_vm cloud_init.ssh_keys', () => {
  const vm = () => inProcessWith(vmResource, { ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
  const config = (vmid: number, keys: string[]): Attributes => ({
    node: 'pve',
    vmid,
    name: `keys${vmid}`,
    memory: 512,
    cores: 1,
    started: false,
    cloud_init: { storage: 'local-lvm', user: 'admin', ssh_keys: keys },
  });

  it('a key read from a file (a final line feed), and two keys in one element: the next plan is empty', async () => {
    for (const [vmid, keys] of [
      [750, [`${KEY}\n`]],
      [751, [`${KEY}\n${OTHER}\n`]],
    ] as const) {
      const applied = await vm().apply(config(vmid, [...keys]), null);
      assert.deepEqual(applied.errors, []);
      assert.equal(decodeURIComponent(String(h.sim.state.guests.get(vmid)?.config.sshkeys)), keys.join('\n'), 'the server keeps the text sent');
      assert.deepEqual(await vm().changesAfterRefresh(config(vmid, [...keys]), applied.state), []);
    }
  });

  it('keys changed outside terraform still show as a change', async () => {
    await h.client.qemu.update('pve', 750, { sshkeys: encodeURIComponent(OTHER) });
    const state = (await vm().importId('pve/750')).state;
    assert.ok(state);
    const fresh = await vm().refresh({ ...state, cloud_init: { ...(state.cloud_init as Attributes), ssh_keys: [`${KEY}\n`] } });
    assert.deepEqual((fresh.cloud_init as Attributes).ssh_keys, [OTHER]);
    assert.ok((await vm().changesAfterRefresh(config(750, [`${KEY}\n`]), fresh)).includes('cloud_init'));
  });
});
