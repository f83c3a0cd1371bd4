// proxmox_vm's cloud-init password removed from the configuration, with the resource's update
// called directly against the simulator (no terraform): Proxmox keeps `cipassword` unless a PUT
// deletes it, and masks it on read, so a write-only password (never in state) is only known gone
// from its version leaving the configuration.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import type { CloudInitModel, VmModel, VmPlan } from '../../../src/providers/proxmox/resources/vm-schema.js';
import { pveCall, taskResult } from '../../sim/proxmox/pve-raw.js';
import { startHarness, TOKEN, type Harness } from '../../clients/proxmox/harness.js';
import { operationContext } from './in-process.js';

describe('proxmox_vm: a cloud-init password dropped from the configuration is deleted on the server', () => {
  let h: Harness;
  const ctx = () => operationContext(h.client);
  before(async () => (h = await startHarness()));
  after(() => h.close());

  /** A VM with a cloud-init drive and password, read as state that set it through `password_wo` (version 1) or `password`. */
  async function vmWithPassword(vmid: number, spelling: 'password' | 'password_wo'): Promise<VmModel> {
    const created = await pveCall(h.sim, TOKEN, 'POST', '/nodes/pve/qemu', { vmid, ide0: 'local-lvm:cloudinit', ciuser: 'ops', cipassword: 'first-secret' });
    assert.equal(await taskResult(h.sim, created.data), 'OK');
    const read = (await vmResource.read(ctx(), { node: 'pve', vmid, id: null, clone: null, pool: null } as never)) as VmModel;
    const cloudInit = read.cloud_init as CloudInitModel;
    const secret = spelling === 'password' ? { password: 'first-secret', password_wo_version: null } : { password: null, password_wo_version: 1 };
    return { ...read, cloud_init: { ...cloudInit, ...secret } };
  }

  const withCloudInit = (prior: VmModel, change: Partial<CloudInitModel>): VmPlan =>
    ({ ...prior, cloud_init: { ...(prior.cloud_init as CloudInitModel), ...change } }) as VmPlan;

  it('password_wo and its version removed: cipassword is deleted, the rest kept, and the state holds no password', async () => {
    const prior = await vmWithPassword(710, 'password_wo');
    const updated = (await vmResource.update(ctx(), withCloudInit(prior, { password_wo: null, password_wo_version: null }), prior)) as VmModel;
    const config = h.sim.state.guests.get(710)?.config;
    assert.equal(config?.cipassword, undefined);
    assert.equal(config?.ciuser, 'ops');
    assert.deepEqual([updated.cloud_init?.password, updated.cloud_init?.password_wo_version], [null, null]);
  });

  it('the password_wo unchanged (same version) while another setting changes: cipassword is kept', async () => {
    const prior = await vmWithPassword(711, 'password_wo');
    await vmResource.update(ctx(), withCloudInit(prior, { user: 'admin', password_wo: 'first-secret', password_wo_version: 1 }), prior);
    const config = h.sim.state.guests.get(711)?.config;
    assert.deepEqual([config?.ciuser, config?.cipassword], ['admin', 'first-secret']);
  });

  it('the whole cloud_init block removed after a password_wo: cipassword goes with the other cloud-init settings', async () => {
    const prior = await vmWithPassword(712, 'password_wo');
    await vmResource.update(ctx(), { ...prior, cloud_init: null } as VmPlan, prior);
    const config = h.sim.state.guests.get(712)?.config;
    assert.deepEqual([config?.cipassword, config?.ciuser], [undefined, undefined]);
  });

  it('a stored password removed: cipassword is deleted as before', async () => {
    const prior = await vmWithPassword(713, 'password');
    await vmResource.update(ctx(), withCloudInit(prior, { password: null }), prior);
    assert.equal(h.sim.state.guests.get(713)?.config.cipassword, undefined);
  });
});
