// examples/homelab-plugin applied with the real terraform against `sim lab`: every VM disk on the
// truenasplugin storage is a zvol, an extent and a LUN mapping on the TrueNAS simulator, made by
// the Proxmox simulator through the TrueNAS API. After each step (apply, plan, growing a disk, a
// disk allocation that fails midway, destroy) what TrueNAS holds is compared with the VMs' disks.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { TrueNASClient } from '../../src/clients/truenas/index.js';
import { labEnvironment, startLab, type Lab } from '../../src/sim/lab/index.js';
import { diskVolume, isDiskKey } from '../../src/sim/proxmox/guest-config.js';
import type { Workspace } from '../helpers/terraform.js';
import { providerWorkspace } from '../helpers/providers.js';

const EXAMPLE = new URL('../../examples/homelab-plugin/', import.meta.url);
const GIB = 1024 ** 3;
const DATASET = 'tank/proxmox';
const TARGET = 'proxmox-plugin';

/** What TrueNAS must hold for a disk: its zvol with the disk's size, mapped at the volume's LUN. */
interface DiskOnNas {
  zvol: string;
  size: number;
  lun: number;
}

describe('examples/homelab-plugin against sim lab', () => {
  let lab: Lab;
  let nas: TrueNASClient;
  let ws: Workspace;

  before(async () => {
    lab = await startLab({ proxmox: { taskDelayMs: 5, authFailureDelayMs: 0 }, truenas: { loginRateLimit: false } });
    nas = new TrueNASClient({ endpoint: lab.truenas.url, apiKey: lab.truenasApiKey, cacheMaxItems: 0 });
    ws = providerWorkspace(labEnvironment(lab));
    for (const file of readdirSync(EXAMPLE).filter((name) => name.endsWith('.tf'))) ws.writeConfig(readFileSync(new URL(file, EXAMPLE), 'utf8'), file);
    await ws.init();
  });

  after(async () => {
    nas?.close();
    ws?.cleanup();
    await lab?.stop();
  });

  /** The disks of every VM on the plugin storage, from the Proxmox simulator's configs. */
  function vmDisks(): DiskOnNas[] {
    const disks: DiskOnNas[] = [];
    for (const vm of lab.proxmox.vms()) {
      for (const [key, value] of Object.entries(vm.config)) {
        const volume = isDiskKey('qemu', key) ? diskVolume(value) : undefined;
        const match = volume === undefined ? null : /^truenas-plugin:vol-(.+)-lun(\d+)$/.exec(volume);
        const size = lab.proxmox.volumes('truenas-plugin').find((v) => `${v.storage}:${v.name}` === volume)?.size;
        if (match && size !== undefined) disks.push({ zvol: `${DATASET}/${match[1]}`, size, lun: Number(match[2]) });
      }
    }
    return disks.sort((a, b) => a.zvol.localeCompare(b.zvol));
  }

  /** The same, as TrueNAS has it: zvols under the dataset, each with its extent and its mapping on the target. */
  async function nasDisks(): Promise<{ disks: DiskOnNas[]; strayExtents: string[]; strayMappings: number[] }> {
    const zvols = await nas.datasets.query([
      ['id', '^', `${DATASET}/`],
      ['type', '=', 'VOLUME'],
    ]);
    const extents = await nas.iscsi.extents.query();
    const target = (await nas.iscsi.targets.query([['name', '=', TARGET]]))[0];
    const mappings = target === undefined ? [] : await nas.iscsi.targetExtents.query([['target', '=', target.id]]);
    const disks: DiskOnNas[] = zvols.map((zvol) => {
      const extent = extents.find((e) => e.disk === `zvol/${zvol.id}`);
      const mapping = mappings.find((m) => m.extent === extent?.id);
      return { zvol: zvol.id, size: zvol.volsize ?? 0, lun: mapping?.lunid ?? -1 };
    });
    const known = new Set(zvols.map((z) => `zvol/${z.id}`));
    const strayExtents = extents.filter((e) => e.type === 'DISK' && !known.has(e.disk ?? '')).map((e) => e.name);
    const mapped = new Set(extents.filter((e) => known.has(e.disk ?? '')).map((e) => e.id));
    const strayMappings = mappings.filter((m) => !mapped.has(m.extent)).map((m) => m.lunid);
    return { disks: disks.sort((a, b) => a.zvol.localeCompare(b.zvol)), strayExtents, strayMappings };
  }

  async function assertNasMatchesVms(): Promise<void> {
    assert.deepEqual(await nasDisks(), { disks: vmDisks(), strayExtents: [], strayMappings: [] });
  }

  it('applies: each VM disk is a zvol, an extent and a mapping on TrueNAS, shown by the outputs', async () => {
    await ws.apply();
    assert.equal(lab.proxmox.vms().length, 2);
    assert.equal(vmDisks().length, 4);
    await assertNasMatchesVms();
    const zvols = ws.stateFileOutputs().truenas_zvols as Record<string, { name: string; volsize: number }>;
    assert.deepEqual(
      Object.values(zvols)
        .map((z) => [z.name, z.volsize])
        .sort(),
      vmDisks().map((d) => [d.zvol, d.size]),
    );
    assert.deepEqual(
      Object.values(zvols)
        .map((z) => z.volsize)
        .sort((a, b) => a - b),
      [8, 8, 16, 32].map((g) => g * GIB),
    );
  });

  it('plans no changes afterwards', async () => {
    const plan = await ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
    await assertNasMatchesVms();
  });

  it('grows a disk: the zvol grows', async () => {
    ws.writeConfig('vms = { app = { boot_size = "8G", data_size = "24G" }, db = { boot_size = "8G", data_size = "32G" } }\n', 'terraform.tfvars');
    await ws.apply();
    await assertNasMatchesVms();
    assert.ok(vmDisks().some((d) => d.size === 24 * GIB));
  });

  it('a VM whose disk allocation fails midway leaves no zvol, extent or mapping behind', async () => {
    // An extent already named like the second zvol of the next VM: the plugin makes that zvol,
    // then iscsi.extent.create fails, so the plugin removes the zvol; the VM create task fails
    // and Proxmox frees the VM's first disk too.
    const nextId = Math.max(...lab.proxmox.vms().map((vm) => vm.vmid)) + 1;
    const squatter = await nas.iscsi.extents.create({ name: `vm-${nextId}-disk-1`, type: 'FILE', path: '/mnt/tank/squatter', filesize: 1024 * 1024 });
    ws.writeConfig(
      'vms = { app = { boot_size = "8G", data_size = "24G" }, db = { boot_size = "8G", data_size = "32G" }, web = { boot_size = "8G", data_size = "8G" } }\n',
      'terraform.tfvars',
    );
    const failed = await ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.notEqual(failed.code, 0, 'the apply fails');
    assert.match(failed.stderr, new RegExp(`vm-${nextId}-disk-1`));
    assert.equal(lab.proxmox.vms().length, 2, 'no half-made VM');
    await nas.iscsi.extents.delete(squatter.id);
    await assertNasMatchesVms();
    // Without the obstacle the same apply succeeds.
    await ws.apply();
    assert.equal(lab.proxmox.vms().length, 3);
    await assertNasMatchesVms();
  });

  it('destroys everything: nothing left on TrueNAS', async () => {
    await ws.destroy();
    assert.deepEqual(lab.proxmox.vms(), []);
    assert.deepEqual(await nasDisks(), { disks: [], strayExtents: [], strayMappings: [] });
    assert.deepEqual(await nas.datasets.query([['id', '^', DATASET]]), []);
  });
});
