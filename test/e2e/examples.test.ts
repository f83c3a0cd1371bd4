// The worked examples that the demo does not run (examples/cloud-image-vm, examples/datacenter,
// examples/protect-vm-disks when present) applied with the real terraform against the lab, each
// unchanged as a module of one workspace: one init, one apply, an empty plan, one destroy, and
// nothing left on either simulator. Each example configures its providers from the environment
// only, as `truemox sim lab` prints it, so what runs here is what a user pastes.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { labEnvironment, startLab, type Lab } from '../../src/sim/lab/index.js';
import type { Workspace } from '../helpers/terraform.js';
import { providerWorkspace } from '../helpers/providers.js';

const EXAMPLES = ['cloud-image-vm', 'datacenter', 'protect-vm-disks'].filter((name) =>
  existsSync(fileURLToPath(new URL(`../../examples/${name}/main.tf`, import.meta.url))),
);

function rootModule(dir: string): string {
  const modules = EXAMPLES.map((name) => {
    const source = relative(dir, fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)));
    return `module "${name.replaceAll('-', '_')}" {\n  source = "${source}"\n}\n`;
  });
  return modules.join('');
}

describe('worked examples against sim lab', () => {
  let lab: Lab;
  let ws: Workspace;
  let proxmoxBefore: { vms: number; storages: number };
  let truenasBefore: string;

  before(async () => {
    // 25.10: the first release with NVMe-oF, which examples/protect-vm-disks exports a zvol with.
    // Two pools: examples/protect-vm-disks replicates to the second, as `sim lab --pool tank --pool backup`.
    lab = await startLab({
      truenasVersion: '25.10.6',
      truenas: {
        pools: [
          { name: 'tank', size: 1024 ** 4 },
          { name: 'backup', size: 1024 ** 4 },
        ],
      },
      proxmox: { taskDelayMs: 0, authFailureDelayMs: 0 },
    });
    proxmoxBefore = { vms: lab.proxmox.vms().length, storages: lab.proxmox.state.storages.size };
    truenasBefore = JSON.stringify(lab.truenas.state.inventory());
    ws = providerWorkspace(labEnvironment(lab));
    ws.writeConfig(rootModule(ws.configDir));
    await ws.init();
  });

  after(async () => {
    ws?.cleanup();
    await lab?.stop();
  });

  it('has the examples to run', () => {
    assert.deepEqual(EXAMPLES, ['cloud-image-vm', 'datacenter', 'protect-vm-disks']);
  });

  it('applies every example unchanged and plans no changes afterwards', async () => {
    await ws.apply();
    // cloud-image-vm: the VM's boot disk came from the downloaded image.
    const vms = lab.proxmox.vms();
    assert.ok(
      vms.some((vm) => Object.values(vm.config).some((value) => typeof value === 'string' && value.includes('size=16G'))),
      'a VM with the 16G boot disk imported from the image',
    );
    // datacenter: the nightly backup job and the container under HA are there.
    const { datacenter } = lab.proxmox.state;
    assert.equal(datacenter.backupJobs.get('nightly')?.schedule, '*-*-* 02:30');
    assert.equal(datacenter.haResources.size, 1);
    // protect-vm-disks: the zvol's hourly task, its replication to the second pool, and the NVMe-oF export.
    const truenas = lab.truenas.state;
    const [task] = truenas.snapshotTasks.list();
    assert.deepEqual([task?.dataset, task?.schedule.minute, task?.schedule.hour], ['tank/vm-disks', '0', '*']);
    const [replication] = truenas.replications.list();
    assert.deepEqual(
      [replication?.transport, replication?.source_datasets, replication?.target_dataset, replication?.periodic_snapshot_tasks],
      ['LOCAL', ['tank/vm-disks'], 'backup/vm-disks', [task?.id]],
    );
    const [namespace] = truenas.nvmet.namespaces.list();
    assert.equal(namespace?.device_path, 'zvol/tank/vm-disks-nvme');
    assert.equal(truenas.nvmet.hostSubsys.list().length, 1);
    assert.equal(truenas.nvmet.portSubsys.list().length, 1);
    const plan = await ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('destroys everything it made', async () => {
    await ws.destroy();
    assert.equal(lab.proxmox.vms().length, proxmoxBefore.vms);
    assert.equal(lab.proxmox.state.storages.size, proxmoxBefore.storages);
    const { datacenter } = lab.proxmox.state;
    assert.deepEqual([...datacenter.backupJobs.keys(), ...datacenter.haResources.keys(), ...datacenter.haRules.keys()], []);
    assert.equal(JSON.stringify(lab.truenas.state.inventory()), truenasBefore, 'TrueNAS holds what it held before');
  });
});
