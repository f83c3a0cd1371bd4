// Failed applies of guest and node resources, planned and applied in-process against the
// simulator with faults: after a write fails part-way, the state returned with the error holds
// what the server holds (nothing orphaned, nothing dropped) and the next apply converges.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { networkBridgeResource } from '../../../src/providers/proxmox/resources/network-bridge.js';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import { nodeDiskLvmResource } from '../../../src/providers/proxmox/resources/node-disk-lvm.js';
import { certificateResource } from '../../../src/providers/proxmox/resources/certificate.js';
import { generateCertificate } from '../../../src/sim/truenas/tls.js';
import { vmSnapshotResource } from '../../../src/providers/proxmox/resources/vm-snapshot.js';
import { lxcSnapshotResource } from '../../../src/providers/proxmox/resources/lxc-snapshot.js';
import { defaultFaults } from '../../../src/sim/proxmox/faults.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';

describe('guest and node resources after a failed apply', () => {
  let h: Harness;
  /** The provider's data, guest ids from the server's next free one. */
  const guestProvider = () => ({ ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
  before(async () => (h = await startHarness({ extraNodes: ['pve2'] }, { maxRetries: 0 })));
  after(() => h.close());
  beforeEach(() => Object.assign(h.sim.faults, defaultFaults()));

  it('proxmox_network_bridge: a create whose answer was lost leaves no pending change, and the next apply creates it', async () => {
    const bridge = inProcessWith(networkBridgeResource, guestProvider());
    const config = { node: 'pve', name: 'vmbr8', ports: ['eno2'] };
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^POST \/nodes\/pve\/network$/ });
    const failed = await bridge.apply(config, null);
    assert.equal(h.sim.faults.dropAnswers, 0, 'the fault was hit');
    assert.notDeepEqual(failed.errors, []);
    assert.equal(h.sim.state.nodeNetworks.get('pve')?.pending, undefined, 'nothing left pending');
    const retried = await bridge.apply(config, null);
    assert.deepEqual(retried.errors, []);
    assert.equal(h.sim.state.nodeNetworks.get('pve')?.live.has('vmbr8'), true);
  });

  const disk = { interface: 'scsi0', storage: 'local-lvm', size: '1G' };
  const rootfs = { storage: 'local-lvm', size: '1G' };
  const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  const guests: Array<{ kind: string; resource: unknown; vmid: number; config: Attributes; update: RegExp }> = [
    { kind: 'proxmox_vm', resource: vmResource, vmid: 120, config: { name: 'mover', disk: [disk] }, update: /^(PUT|POST) \/nodes\/pve2\/qemu\/120\/config$/ },
    {
      kind: 'proxmox_lxc',
      resource: lxcResource,
      vmid: 220,
      config: { hostname: 'mover', template: TEMPLATE, rootfs },
      update: /^PUT \/nodes\/pve2\/lxc\/220\/config$/,
    },
  ];
  for (const guest of guests) {
    it(`${guest.kind}: a config change failing after the migration keeps the guest in state, on its new node`, async () => {
      const runtime = inProcessWith(guest.resource, guestProvider());
      const config = { node: 'pve', vmid: guest.vmid, started: false, migrate: true, cores: 1, ...guest.config };
      const created = await runtime.apply(config, null);
      assert.deepEqual(created.errors, []);
      Object.assign(h.sim.faults, { serverErrors: 1, serverErrorStatus: 500, match: guest.update });
      const failed = await runtime.apply({ ...config, node: 'pve2', cores: 2 }, created.state);
      assert.equal(h.sim.faults.serverErrors, 0, 'the fault was hit');
      assert.notDeepEqual(failed.errors, []);
      // The server's truth: moved, the cores not changed.
      assert.deepEqual([failed.state?.['node'], failed.state?.['id'], failed.state?.['cores']], ['pve2', `pve2/${guest.vmid}`, 1]);
      const converged = await runtime.apply({ ...config, node: 'pve2', cores: 2 }, failed.state);
      assert.deepEqual([converged.errors, converged.state['node'], converged.state['cores']], [[], 'pve2', 2]);
    });
  }

  /** Waits for every task the simulator started (one whose answer was lost or outlived its wait). */
  const tasksDone = () => Promise.all([...h.sim.tasks.values()].map((task) => task.done));

  it('proxmox_vm_snapshot: a snapshot whose answer was lost is kept in state, not orphaned', async () => {
    const vm = await inProcessWith(vmResource, guestProvider()).apply({ node: 'pve', vmid: 130, name: 'snapped', started: false, disk: [disk] }, null);
    assert.deepEqual(vm.errors, []);
    const snapshot = inProcessWith(vmSnapshotResource, guestProvider());
    const config = { node: 'pve', vmid: 130, name: 'before' };
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^POST \/nodes\/pve\/qemu\/130\/snapshot$/ });
    const failed = await snapshot.apply(config, null);
    assert.equal(h.sim.faults.dropAnswers, 0, 'the fault was hit');
    assert.notDeepEqual(failed.errors, []);
    assert.equal(failed.state?.['id'], 'pve/130/before', 'the snapshot the lost call made is in state');
    await tasksDone();
    assert.ok(
      h.sim
        .vms()
        .find((g) => g.vmid === 130)
        ?.snapshots.has('before'),
    );
    const next = await snapshot.apply(config, failed.state);
    assert.deepEqual([next.errors, next.state['id']], [[], 'pve/130/before']);
  });

  it('proxmox_lxc_snapshot: a snapshot task outliving the create timeout is kept in state, not orphaned', async (t) => {
    const ct = await inProcessWith(lxcResource, guestProvider()).apply(
      { node: 'pve', vmid: 230, hostname: 'snapped', template: TEMPLATE, started: false, rootfs },
      null,
    );
    assert.deepEqual(ct.errors, []);
    const snapshot = inProcessWith(lxcSnapshotResource, guestProvider());
    const config = { node: 'pve', vmid: 230, name: 'slow', timeouts: { create: '1s' } };
    // The task stays running until the apply has failed: it outlives the limit on any machine.
    const release = h.sim.holdTasks();
    let failed;
    try {
      // The 1 s limit passes when the test moves time on, once the snapshot task runs: a slow
      // machine cannot run it out before the snapshot was asked for (nothing would be in state).
      t.mock.timers.enable({ apis: ['setTimeout'] });
      let settled = false;
      const applying = snapshot.apply(config, null).finally(() => (settled = true));
      const running = (): boolean => [...h.sim.tasks.values()].some((task) => task.type === 'vzsnapshot' && task.id === '230' && task.status === 'running');
      while (!running() && !settled) await new Promise((resolve) => setImmediate(resolve));
      assert.equal(settled, false, 'the apply waits for the snapshot task');
      t.mock.timers.tick(1000);
      failed = await applying;
    } finally {
      t.mock.timers.reset();
      release();
    }
    assert.match(failed.errors.join('\n'), /not finished after 1000 ms/);
    assert.equal(failed.state?.['id'], 'pve/230/slow', 'the snapshot being taken is in state');
    await tasksDone();
    assert.ok(
      h.sim
        .containers()
        .find((g) => g.vmid === 230)
        ?.snapshots.has('slow'),
    );
  });

  it('proxmox_node_disk_lvm: a volume group of that name that was there before is never taken for this create', async () => {
    const lvm = inProcessWith(nodeDiskLvmResource, guestProvider());
    // The installer's volume group "pve": the task refuses the name only once it runs.
    const failed = await lvm.apply({ node: 'pve', name: 'pve', device: '/dev/sdb', wipe_on_destroy: true }, null);
    assert.match(failed.errors.join('\n'), /volume group with name 'pve' already exists/);
    assert.equal(failed.state, null, 'nothing recorded: a tainted "pve" would be destroyed and wiped by the next apply');
  });

  it('proxmox_certificate: an upload whose answer the pveproxy restart cut off is kept in state, and the next apply converges', async () => {
    const certificate = inProcessWith(certificateResource, guestProvider());
    const tls = await generateCertificate('pve.example');
    const config = { node: 'pve', certificates: tls.certPem, private_key: tls.keyPem };
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^POST \/nodes\/pve\/certificates\/custom$/ });
    const failed = await certificate.apply(config, null);
    assert.equal(h.sim.faults.dropAnswers, 0, 'the fault was hit');
    assert.notDeepEqual(failed.errors, []);
    assert.equal(failed.state?.['id'], 'pve', 'the uploaded certificate is in state');
    const next = await certificate.apply(config, failed.state);
    assert.deepEqual(next.errors, []);
  });
});
