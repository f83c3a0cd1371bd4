// examples/homelab applied with the real terraform against both simulators, with settings only
// from the environment (as `truemox sim lab` prints it): apply, outputs, an empty second plan,
// destroy. The Proxmox simulator finds the target's LUN on the TrueNAS simulator as a real node
// does (no --iscsi-lun), so the VM attaches it as an existing volume.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { labEnvironment, startLab, type Lab } from '../../src/sim/lab/index.js';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import type { Workspace } from '../helpers/terraform.js';
import { providerWorkspace } from '../helpers/providers.js';

const EXAMPLE = new URL('../../examples/homelab/', import.meta.url);
const TARGET_IQN = 'iqn.2005-10.org.freenas.ctl:proxmox';

describe('examples/homelab against sim lab', () => {
  let lab: Lab;
  let proxmox: ProxmoxSimulator;
  let ws: Workspace;

  before(async () => {
    lab = await startLab({ proxmox: { taskDelayMs: 5, authFailureDelayMs: 0 } });
    proxmox = lab.proxmox;
    ws = providerWorkspace(labEnvironment(lab));
    for (const file of readdirSync(EXAMPLE).filter((name) => name.endsWith('.tf'))) {
      ws.writeConfig(readFileSync(new URL(file, EXAMPLE), 'utf8'), file);
    }
    await ws.init();
  });

  after(async () => {
    ws?.cleanup();
    await lab?.stop();
  });

  it('applies cleanly, attaching the LUN rather than allocating on the iSCSI storage', async () => {
    await ws.apply();
    const outputs = ws.stateFileOutputs();
    assert.equal(outputs.zvol_path, '/dev/zvol/tank/proxmox-lun0');
    assert.equal(outputs.iscsi_target_iqn, TARGET_IQN);
    const lun = String(outputs.lun_volume);
    assert.match(lun, /^truenas-iscsi:0\.0\.0\.scsi-36589cfc[0-9a-f]+$/);
    const vmid = Number(outputs.vm_id);
    const vm = proxmox.vms().find((g) => g.vmid === vmid);
    assert.ok(vm, 'the VM exists');
    assert.equal(vm.status, 'running');
    assert.equal(vm.config.scsi1, `${lun},size=32G`, 'the size the node found on TrueNAS');
    assert.deepEqual(proxmox.state.iscsiLuns.get(TARGET_IQN), [{ lun: 0, size: 32 * 1024 ** 3 }], 'the LUN came from the TrueNAS simulator');
    assert.deepEqual(proxmox.volumes('truenas-iscsi'), [], 'nothing allocated on the iSCSI storage');
    assert.equal(proxmox.state.storages.get('truenas-iscsi')?.options.target, TARGET_IQN);
  });

  it('plans no changes afterwards', async () => {
    const plan = await ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('destroys everything', async () => {
    await ws.destroy();
    assert.deepEqual(proxmox.vms(), []);
    assert.equal(proxmox.state.storages.has('truenas-iscsi'), false);
  });
});
