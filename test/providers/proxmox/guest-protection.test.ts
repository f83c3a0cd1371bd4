// Protection against config updates that touch the drives it guards, with the resources' update
// called directly against the simulator (no terraform): Proxmox checks the flag the config holds,
// not the one the same request sets, so turning protection off and removing a drive in one apply
// needs protection off first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { silentLogger } from '../../../src/log/logger.js';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import type { VmModel, VmPlan } from '../../../src/providers/proxmox/resources/vm-schema.js';
import type { LxcModel, LxcPlan } from '../../../src/providers/proxmox/resources/lxc-schema.js';
import { pveCall, taskResult } from '../../sim/proxmox/pve-raw.js';
import { ObjectView } from '../../../src/framework/object-view.js';
import type { Value } from '../../../src/values/types.js';

const ROOT = 'root@pam!tf=root-secret';

describe('protection turned off in the apply that removes what it guards', () => {
  let sim: ProxmoxSimulator;
  let client: ProxmoxClient;
  const ctx = () =>
    ({
      provider: { client },
      logger: silentLogger,
      signal: new AbortController().signal,
      timeoutMs: undefined,
      warn: () => {},
      savePartialState: () => {},
    }) as never;

  before(async () => {
    sim = await startProxmoxSimulator({ tokens: [ROOT], taskDelayMs: 0, authFailureDelayMs: 0 });
    client = new ProxmoxClient({ endpoint: sim.url, caPem: sim.caPem, apiToken: ROOT, maxRetries: 0, taskPollMs: 5 });
  });
  after(async () => {
    await client.close();
    await sim.stop();
  });

  it('proxmox_vm: protection off first, then the disk goes', async () => {
    const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 700, scsi0: 'local-lvm:1', scsi1: 'local-lvm:1', protection: 1 });
    assert.equal(await taskResult(sim, created.data), 'OK');
    const prior = (await vmResource.read(ctx(), { node: 'pve', vmid: 700, id: null, clone: null, pool: null } as never)) as VmModel;
    assert.equal(prior.protection, true);
    const plan = { ...prior, protection: null, disk: prior.disk.filter((d) => d.interface === 'scsi0') } as VmPlan;
    const updated = (await vmResource.update(ctx(), plan, prior)) as VmModel;
    assert.deepEqual([updated.protection, updated.disk.map((d) => d.interface)], [null, ['scsi0']]);
    assert.equal(sim.state.guests.get(700)?.config.scsi1, undefined);
  });

  it('proxmox_lxc: protection off first, then the mount point goes', async () => {
    const created = await pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', {
      vmid: 701,
      ostemplate: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
      rootfs: 'local-lvm:1',
      mp0: 'local-lvm:1,mp=/srv',
      protection: 1,
    });
    assert.equal(await taskResult(sim, created.data), 'OK', created.message);
    const prior = (await lxcResource.read(ctx(), { node: 'pve', vmid: 701, id: 'pve/701', started: false } as never)) as LxcModel;
    assert.equal(prior.protection, true);
    const plan = { ...prior, protection: false, mount_point: [] } as LxcPlan;
    const updated = (await lxcResource.update(ctx(), plan, prior)) as LxcModel;
    assert.deepEqual([updated.protection, updated.mount_point.length], [false, 0]);
  });
});

describe('protection left on while the plan removes or changes what it guards', () => {
  /** The paths modifyPlan refuses the update on, for a prior state and a plan (the configuration as planned). */
  function refusals(hook: unknown, prior: Record<string, Value>, planned: Record<string, Value>): string[] {
    const refused: string[] = [];
    (hook as (ctx: object) => void)({
      creating: false,
      config: new ObjectView(planned),
      prior: new ObjectView(prior),
      planned: new ObjectView(planned),
      provider: undefined,
      setPlanned: () => {},
      requireReplace: () => {},
      error: () => {},
      warn: () => {},
      refuseUpdate: (path: string, _summary: string, detail: string) => refused.push(`${path}: ${detail}`),
    });
    return refused;
  }
  const vm = (protection: boolean, disks: string[]): Record<string, Value> => ({
    node: 'pve',
    clone: null,
    protection,
    disk: disks.map((name) => ({ interface: name, size: '1G', storage: 'local-lvm' })),
    network: [],
    usb: [],
    hostpci: [],
    cdrom: null,
    cdrom_interface: null,
    cloud_init: null,
    efi_disk: null,
    tpm_state: null,
  });

  it('proxmox_vm: a disk removed under protection is refused, naming it; with protection off, or nothing removed, not', () => {
    const [refused] = refusals(vmResource.modifyPlan, vm(true, ['scsi0', 'scsi1']), vm(true, ['scsi0']));
    assert.match(refused ?? '', /^protection: Proxmox refuses removing drives while protection is on \(scsi1\)/);
    assert.deepEqual(refusals(vmResource.modifyPlan, vm(true, ['scsi0', 'scsi1']), vm(false, ['scsi0'])), []);
    assert.deepEqual(refusals(vmResource.modifyPlan, vm(true, ['scsi0']), vm(true, ['scsi0', 'scsi1'])), []);
  });

  it('proxmox_lxc: a mount point changed or removed under protection is refused; grown, not', () => {
    const ct = (protection: boolean, mountPoints: Array<Record<string, Value>>): Record<string, Value> => ({
      node: 'pve',
      clone: null,
      template: 'local:vztmpl/debian.tar.zst',
      protection,
      rootfs: null,
      mount_point: mountPoints.map((mp) => ({
        path: '/srv',
        host_path: null,
        backup: null,
        read_only: null,
        acl: null,
        quota: null,
        mount_options: null,
        replicate: null,
        size: '1G',
        storage: 'local-lvm',
        volume: null,
        ...mp,
      })),
    });
    const lxcRefusals = (prior: Record<string, Value>, planned: Record<string, Value>) =>
      refusals(lxcResource.modifyPlan, prior, planned).filter((r) => r.startsWith('protection'));
    assert.match(lxcRefusals(ct(true, [{}, {}]), ct(true, [{ path: '/data' }]))[0] ?? '', /\(mp0, mp1\)/);
    assert.deepEqual(lxcRefusals(ct(true, [{}]), ct(true, [{ size: '2G' }])), []);
    assert.deepEqual(lxcRefusals(ct(true, [{}]), ct(false, [])), []);
  });
});
