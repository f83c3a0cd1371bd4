// proxmox_lxc's creation-only arguments (OS template, root password, SSH keys), planned and
// applied in-process against the simulator: Proxmox keeps no record of them, so removing one from
// the configuration must keep the container (a replacement would destroy it with its data); a
// change from one value to another still replaces it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';

const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

describe('proxmox_lxc creation-only arguments after creation', () => {
  let h: Harness;
  /** The provider's data, guest ids from the server's next free one. */
  const guestProvider = () => ({ ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
  before(async () => (h = await startHarness()));
  after(() => h.close());

  const base = (vmid: number) => ({
    node: 'pve',
    vmid,
    hostname: `ct${vmid}`,
    template: TEMPLATE,
    started: false,
    rootfs: { storage: 'local-lvm', size: '1G' },
  });

  for (const [name, value, other] of [
    ['password', 'first-secret', 'second-secret'],
    ['ssh_public_keys', ['ssh-ed25519 AAAAC3Nza first@host'], ['ssh-ed25519 AAAAC3Nzb second@host']],
  ] as const) {
    it(`removing ${name} keeps the container; another value replaces it`, async () => {
      const lxc = inProcessWith(lxcResource, guestProvider());
      const vmid = name === 'password' ? 201 : 202;
      const created = await lxc.apply({ ...base(vmid), [name]: value }, null);
      assert.deepEqual(created.errors, []);
      const changed = await lxc.apply({ ...base(vmid), [name]: other }, created.state);
      assert.deepEqual(changed.replacing, [name]);
      const removed = await lxc.apply(base(vmid), created.state);
      assert.deepEqual([removed.errors, removed.replacing, removed.state[name]], [[], [], null]);
      assert.deepEqual(await lxc.changesAfterRefresh(base(vmid), removed.state), []);
    });
  }

  it('removing the OS template keeps the container; another template replaces it', async () => {
    const lxc = inProcessWith(lxcResource, guestProvider());
    const created = await lxc.apply(base(203), null);
    assert.deepEqual(created.errors, []);
    const { template: _template, ...withoutTemplate } = base(203);
    const removed = await lxc.apply(withoutTemplate, created.state);
    assert.deepEqual([removed.errors, removed.replacing, removed.state['template']], [[], [], null]);
    const changed = await lxc.apply({ ...base(203), template: 'local:vztmpl/alpine.tar.xz' }, created.state);
    assert.deepEqual(changed.replacing, ['template']);
  });
});
