// proxmox_lxc.is_template read back: only the template conversion writes the `template` key
// (pve-container API2/LXC.pm:1872 @94f5585). A container that was a template and has no key now is
// another container made under the VMID outside terraform: the refresh must not keep the old
// `true` from state (which hid the change), while a container configured false reads false.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

const CT_TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

/** The imported state of container `vmid` on node pve. */
async function imported(vmid: number): Promise<Attributes> {
  const { state, errors } = await inProcessWith(lxcResource, providerData(h.client)).importId(`pve/${vmid}`);
  assert.ok(state, errors.join('; '));
  return state;
}

describe('proxmox_lxc is_template', () => {
  const ct = () => inProcessWith(lxcResource, providerData(h.client));

  it('a template replaced outside terraform by a plain container under its VMID does not read as a template', async () => {
    await h.client.lxc.create('pve', { vmid: 730, ostemplate: CT_TEMPLATE, rootfs: 'local-lvm:4' });
    await h.client.lxc.template('pve', 730);
    const state = await imported(730);
    assert.equal(state.is_template, true);
    // Deleted and made again as a plain container (no `template` key) by someone else.
    delete h.sim.state.guests.get(730)!.config['template'];
    const fresh = await ct().refresh(state);
    assert.notEqual(fresh.is_template, true, 'the refresh shows that the container is no template');
  });

  it('a container configured as no template reads false', async () => {
    await h.client.lxc.create('pve', { vmid: 731, ostemplate: CT_TEMPLATE, rootfs: 'local-lvm:4' });
    const state = await imported(731);
    assert.equal((await ct().refresh({ ...state, is_template: false })).is_template, false);
  });
});
