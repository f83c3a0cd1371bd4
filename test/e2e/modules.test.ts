// The modules in modules/ with their own `terraform test` files, run by the real terraform
// against the connected simulators (as `truemox sim lab` starts them): each module's tests pass,
// and what they created is gone afterwards (terraform test destroys in reverse order).
import assert from 'node:assert/strict';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { labEnvironment, startLab, type Lab } from '../../src/sim/lab/index.js';
import { providerWorkspace } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';

const MODULES = fileURLToPath(new URL('../../modules/', import.meta.url));

/** The module in the workspace's configuration folder, its siblings beside it (for "../x" sources). */
function moduleWorkspace(lab: Lab, name: string): Workspace {
  const ws = providerWorkspace(labEnvironment(lab));
  for (const module of readdirSync(MODULES)) {
    cpSync(join(MODULES, module), module === name ? ws.configDir : join(ws.dir, module), { recursive: true });
  }
  return ws;
}

describe('modules/ with terraform test against the simulator lab', () => {
  let lab: Lab;
  const workspaces: Workspace[] = [];

  before(async () => {
    lab = await startLab({ proxmox: { taskDelayMs: 5, authFailureDelayMs: 0 } });
  });

  after(async () => {
    for (const ws of workspaces) ws.cleanup();
    await lab?.stop();
  });

  async function terraformTest(name: string, runs: number): Promise<string> {
    const ws = moduleWorkspace(lab, name);
    workspaces.push(ws);
    await ws.init();
    const result = await ws.run(['test', '-no-color']);
    assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`);
    assert.match(result.stdout, new RegExp(`Success! ${runs} passed, 0 failed\\.`), result.stdout);
    return result.stdout;
  }

  it('truenas-iscsi-lun: a zvol mapped as a LUN, a bad LUN number refused at plan', async () => {
    await terraformTest('truenas-iscsi-lun', 3);
    const { state } = lab.truenas;
    assert.equal(state.datasets.has('tank/modtest-lun0'), false, 'the zvol is destroyed');
    assert.deepEqual(state.inventory()['extents'] ?? [], [], 'no extent left');
    assert.deepEqual(state.inventory()['targets'] ?? [], [], 'no target left');
  });

  it('proxmox-vm-on-truenas: a VM whose disk is LUN 3 of the target', async () => {
    await terraformTest('proxmox-vm-on-truenas', 2);
    assert.deepEqual(lab.proxmox.vms(), [], 'the VM is destroyed');
    assert.equal(lab.proxmox.state.storages.has('vmtest-iscsi'), false, 'the storage is removed');
    assert.equal(lab.truenas.state.datasets.has('tank/modtest-web'), false, 'the zvol is destroyed');
  });

  it('nfs-datastore: a dataset shared over NFS and mounted as storage, updated in place', async () => {
    await terraformTest('nfs-datastore', 3);
    assert.equal(lab.proxmox.state.storages.has('modtest-nfs'), false, 'the storage is removed');
    assert.equal(lab.truenas.state.datasets.has('tank/modtest-nfs'), false, 'the dataset is destroyed');
    assert.deepEqual(lab.truenas.state.inventory()['nfsShares'] ?? [], [], 'no share left');
  });

  it('cloud-image-vm: a VM booting a downloaded image with a user-data snippet', async () => {
    await terraformTest('cloud-image-vm', 2);
    assert.deepEqual(lab.proxmox.vms(), [], 'the VM is destroyed');
    assert.equal(lab.proxmox.state.storages.has('modtest-cloud'), false, 'the storage is removed');
  });
});
