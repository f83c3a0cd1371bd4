// examples/homelab applied with the real terraform against both simulators, with settings only
// from the environment: apply, outputs, an empty second plan, destroy. The Proxmox simulator
// presents the target's LUN as a real node does, so the VM attaches it as an existing volume.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { startTrueNASSimulator } from '../../src/sim/truenas/index.js';
import type { Workspace } from '../helpers/terraform.js';
import { PVE_TOKEN } from '../providers/proxmox/harness.js';
import { providerWorkspace } from '../helpers/providers.js';

const EXAMPLE = new URL('../../examples/homelab/', import.meta.url);
const TRUENAS_KEY = '1-homelabsimulatorkey0123456789abcdef';
const TARGET_IQN = 'iqn.2005-10.org.freenas.ctl:proxmox';
const LUN_SIZE = 32 * 1024 ** 3;

describe('examples/homelab against both simulators', () => {
  let proxmox: ProxmoxSimulator;
  let truenas: Awaited<ReturnType<typeof startTrueNASSimulator>>;
  let ws: Workspace;

  before(async () => {
    truenas = await startTrueNASSimulator({ apiKeys: [TRUENAS_KEY] });
    proxmox = await startProxmoxSimulator({ tokens: [PVE_TOKEN], taskDelayMs: 5, authFailureDelayMs: 0 });
    // The LUN the TrueNAS side exports (the example's default lun_size), as the node would see it.
    proxmox.addIscsiLun(TARGET_IQN, { lun: 0, size: LUN_SIZE });
    ws = providerWorkspace({
      TRUENAS_ENDPOINT: truenas.url,
      TRUENAS_API_KEY: TRUENAS_KEY,
      PROXMOX_VE_ENDPOINT: proxmox.url,
      PROXMOX_VE_API_TOKEN: PVE_TOKEN,
      PROXMOX_VE_INSECURE: 'true',
    });
    for (const file of readdirSync(EXAMPLE).filter((name) => name.endsWith('.tf'))) {
      ws.writeConfig(readFileSync(new URL(file, EXAMPLE), 'utf8'), file);
    }
    await ws.init();
  });

  after(async () => {
    ws?.cleanup();
    await Promise.allSettled([proxmox?.stop(), truenas?.stop()]);
  });

  it('applies cleanly, attaching the LUN rather than allocating on the iSCSI storage', async () => {
    await ws.apply();
    assert.equal(await ws.output('zvol_path'), '/dev/zvol/tank/proxmox-lun0');
    assert.equal(await ws.output('iscsi_target_iqn'), TARGET_IQN);
    const lun = String(await ws.output('lun_volume'));
    assert.match(lun, /^truenas-iscsi:0\.0\.0\.scsi-36589cfc[0-9a-f]+$/);
    const vmid = Number(await ws.output('vm_id'));
    const vm = proxmox.vms().find((g) => g.vmid === vmid);
    assert.ok(vm, 'the VM exists');
    assert.equal(vm.status, 'running');
    assert.equal(vm.config.scsi1, `${lun},size=32G`);
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
