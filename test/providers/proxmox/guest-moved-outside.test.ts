// Guests that change node outside terraform (an HA failover or rebalancing, a migration from the
// web UI, an apply stopped while the HA stack moved the guest), in process against a two-node
// simulator: proxmox_vm, proxmox_lxc and their snapshots refresh with the node the guest is on and
// the matching id (shared/guest-location.ts), not dropped from state; a guest deleted for real is
// still gone. For an HA-managed guest the plan warns before replacing it, and says that
// migrate_target_storage is ignored (or that the HA migration would fail on a missing storage),
// and the apply checks that again before any change. A snapshot whose guest the apply replaced on
// the configured node is taken anew by its update.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import { vmSnapshotResource } from '../../../src/providers/proxmox/resources/vm-snapshot.js';
import { lxcSnapshotResource } from '../../../src/providers/proxmox/resources/lxc-snapshot.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, TOKEN, type Harness } from '../../clients/proxmox/harness.js';
import { pveCall, taskResult } from '../../sim/proxmox/pve-raw.js';
import { providerData } from './in-process.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';

const CT_TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

let h: Harness;
before(async () => {
  h = await startHarness({ extraNodes: ['pve2'] });
  // A thin pool every node has, and one only node pve has (`nodes`, pve-storage storage_check_enabled).
  for (const [storage, nodes] of [
    ['fast', undefined],
    ['pinned', 'pve'],
  ] as const) {
    const options = { vgname: 'pve', thinpool: storage, content: 'images,rootdir', ...(nodes === undefined ? {} : { nodes }) };
    h.sim.state.storages.set(storage, { storage, type: 'lvmthin', options, secrets: {}, capacity: 100 * 1024 ** 3 });
  }
});
after(() => h.close());

/** Another user's migration of the guest through the API (`POST …/migrate`), waited for. */
async function migrateOutside(kind: 'qemu' | 'lxc', node: string, vmid: number, target: string): Promise<void> {
  const answer = await pveCall(h.sim, TOKEN, 'POST', `/nodes/${node}/${kind}/${vmid}/migrate`, { target });
  assert.equal(answer.status, 200, answer.message);
  assert.equal(await taskResult(h.sim, answer.data), 'OK');
}

/** Another user's removal of the guest through the API, waited for. */
async function deleteOutside(kind: 'qemu' | 'lxc', node: string, vmid: number): Promise<void> {
  const answer = await pveCall(h.sim, TOKEN, 'DELETE', `/nodes/${node}/${kind}/${vmid}`);
  assert.equal(answer.status, 200, answer.message);
  assert.equal(await taskResult(h.sim, answer.data), 'OK');
}

/** The imported state of `id`, which must exist. */
async function imported(resource: ReturnType<typeof inProcessWith>, id: string): Promise<Attributes> {
  const { state, errors } = await resource.importId(id);
  assert.ok(state, errors.join('; '));
  return state;
}

describe('a guest moved to another node outside terraform', () => {
  const vm = () => inProcessWith(vmResource, providerData(h.client));
  const ct = () => inProcessWith(lxcResource, providerData(h.client));

  /** The state of VM 700 recorded before another user moved it. */
  let stale: Attributes;

  it('proxmox_vm refreshes with the new node and id, and a configuration naming that node plans nothing', async () => {
    await h.client.qemu.create('pve', { vmid: 700, name: 'moved', memory: 512, cores: 1 });
    stale = await imported(vm(), 'pve/700');
    await migrateOutside('qemu', 'pve', 700, 'pve2');
    const fresh = await vm().refresh(stale);
    assert.equal(fresh.node, 'pve2');
    assert.equal(fresh.id, 'pve2/700');
    assert.deepEqual(await vm().changesAfterRefresh({ node: 'pve2', vmid: 700, name: 'moved', memory: 512, cores: 1, started: false }, fresh), []);
  });

  it('proxmox_vm with migrate = true and the old node moves it back', async () => {
    const state = await vm().refresh(stale);
    const applied = await vm().apply({ node: 'pve', vmid: 700, name: 'moved', memory: 512, cores: 1, started: false, migrate: true }, state);
    assert.deepEqual(applied.errors, []);
    assert.deepEqual(applied.replacing, []);
    assert.equal(applied.state.id, 'pve/700');
    assert.equal(h.sim.state.guests.get(700)?.node, 'pve');
  });

  it('proxmox_lxc refreshes with the new node and id', async () => {
    await h.client.lxc.create('pve', { vmid: 710, ostemplate: CT_TEMPLATE, rootfs: 'local-lvm:4', hostname: 'moved' });
    const state = await imported(ct(), 'pve/710');
    await migrateOutside('lxc', 'pve', 710, 'pve2');
    const fresh = await ct().refresh(state);
    assert.equal(fresh.node, 'pve2');
    assert.equal(fresh.id, 'pve2/710');
  });

  it('after an HA failover: the recorded node is down (595), the guest is read where the cluster lists it', async () => {
    await h.client.qemu.create('pve', { vmid: 740, memory: 512, cores: 1 });
    const state = await imported(vm(), 'pve/740');
    await migrateOutside('qemu', 'pve', 740, 'pve2');
    h.sim.state.offlineNodes.add('pve');
    try {
      assert.equal((await vm().refresh(state)).id, 'pve2/740');
    } finally {
      h.sim.state.offlineNodes.delete('pve');
    }
  });

  it('a snapshot moves with its guest: the refresh finds it on the new node, and the new node is no replacement', async () => {
    await h.client.qemu.create('pve', { vmid: 720, memory: 512, cores: 1 });
    await h.client.qemu.createSnapshot('pve', 720, 'before');
    const snapshot = inProcessWith(vmSnapshotResource, providerData(h.client));
    const state = await imported(snapshot, 'pve/720/before');
    await migrateOutside('qemu', 'pve', 720, 'pve2');
    const fresh = await snapshot.refresh(state);
    assert.equal(fresh.node, 'pve2');
    assert.equal(fresh.id, 'pve2/720/before');
    // A configuration that followed the guest (node = proxmox_vm.x.node) applies in place.
    const applied = await snapshot.apply({ node: 'pve2', vmid: 720, name: 'before' }, state);
    assert.deepEqual(applied.errors, []);
    assert.deepEqual(applied.replacing, []);
    assert.equal(applied.state.id, 'pve2/720/before');
    assert.deepEqual([...(h.sim.state.guests.get(720)?.snapshots.keys() ?? [])], ['before']);
  });

  it("a container's snapshot too; a destroy without a refresh removes it where its guest is now", async () => {
    await h.client.lxc.create('pve', { vmid: 721, ostemplate: CT_TEMPLATE, rootfs: 'local-lvm:4' });
    await h.client.lxc.createSnapshot('pve', 721, 'before');
    const snapshot = inProcessWith(lxcSnapshotResource, providerData(h.client));
    const state = await imported(snapshot, 'pve/721/before');
    await migrateOutside('lxc', 'pve', 721, 'pve2');
    assert.equal((await snapshot.refresh(state)).id, 'pve2/721/before');
    assert.deepEqual((await snapshot.destroy(state)).errors, []);
    assert.equal(h.sim.state.guests.get(721)?.snapshots.size, 0);
  });

  /**
   * The plan of a configuration still naming the old node with migrate = false: the guest is
   * replaced there (destroyed where it is, created on the configured node), and its snapshot's
   * node change is an update. Applied as terraform applies it: the guest first, then the snapshot.
   */
  async function replaceMovedGuest(resource: typeof vmResource | typeof lxcResource, config: Attributes, state: Attributes): Promise<void> {
    const guest = inProcessWith(resource, { ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
    const fresh = await guest.refresh(state);
    assert.deepEqual((await guest.apply(config, fresh)).replacing, ['node'], 'the plan replaces the guest');
    assert.deepEqual((await guest.destroy(fresh)).errors, []);
    assert.deepEqual((await guest.apply(config, null)).errors, []);
  }

  it("a VM replaced on the configured node: its snapshot's update takes the snapshot anew on the new VM, once", async () => {
    await h.client.qemu.create('pve', { vmid: 760, memory: 512, cores: 1 });
    await h.client.qemu.createSnapshot('pve', 760, 'before');
    const snapshot = inProcessWith(vmSnapshotResource, providerData(h.client));
    const snapshotState = await imported(snapshot, 'pve/760/before');
    const guestState = await imported(vm(), 'pve/760');
    await migrateOutside('qemu', 'pve', 760, 'pve2');
    const fresh = await snapshot.refresh(snapshotState);
    await replaceMovedGuest(vmResource, { node: 'pve', vmid: 760, memory: 512, cores: 1, started: false }, guestState);
    assert.equal(h.sim.state.guests.get(760)?.snapshots.size, 0, 'the new VM has no snapshot');
    const config = { node: 'pve', vmid: 760, name: 'before', description: 'taken again' };
    const applied = await snapshot.apply(config, fresh);
    assert.deepEqual(applied.errors, []);
    assert.deepEqual(applied.replacing, []);
    assert.equal(applied.state.id, 'pve/760/before');
    const guest = h.sim.state.guests.get(760);
    assert.deepEqual([guest?.node, [...(guest?.snapshots.keys() ?? [])]], ['pve', ['before']]);
    assert.equal(guest?.snapshots.get('before')?.description, 'taken again');
    assert.deepEqual(await snapshot.changesAfterRefresh(config, applied.state), []);
  });

  it("a container replaced on the configured node: its snapshot's update takes the snapshot anew", async () => {
    await h.client.lxc.create('pve', { vmid: 761, ostemplate: CT_TEMPLATE, rootfs: 'local-lvm:4' });
    await h.client.lxc.createSnapshot('pve', 761, 'before');
    const snapshot = inProcessWith(lxcSnapshotResource, providerData(h.client));
    const snapshotState = await imported(snapshot, 'pve/761/before');
    const guestState = await imported(ct(), 'pve/761');
    await migrateOutside('lxc', 'pve', 761, 'pve2');
    const fresh = await snapshot.refresh(snapshotState);
    await replaceMovedGuest(lxcResource, { ...guestState, node: 'pve', template: CT_TEMPLATE, id: null }, guestState);
    const applied = await snapshot.apply({ node: 'pve', vmid: 761, name: 'before' }, fresh);
    assert.deepEqual(applied.errors, []);
    assert.equal(applied.state.id, 'pve/761/before');
    assert.deepEqual([...(h.sim.state.guests.get(761)?.snapshots.keys() ?? [])], ['before']);
  });

  it('a destroy without a refresh (-refresh=false) destroys the guest on the node it is on now, not nothing', async () => {
    await h.client.lxc.create('pve', { vmid: 750, ostemplate: CT_TEMPLATE, rootfs: 'local-lvm:4' });
    const state = await imported(ct(), 'pve/750');
    await migrateOutside('lxc', 'pve', 750, 'pve2');
    assert.deepEqual((await ct().destroy(state)).errors, []);
    assert.equal(h.sim.state.guests.get(750), undefined);
  });

  it('a guest deleted for real is still gone, also when the VMID now names a guest of the other kind', async () => {
    const state = await imported(vm(), 'pve/700');
    await deleteOutside('qemu', 'pve', 700);
    assert.equal(await vm().refresh(state), null);
    await h.client.lxc.create('pve2', { vmid: 700, ostemplate: CT_TEMPLATE, rootfs: 'local-lvm:4' });
    assert.equal(await vm().refresh(state), null, 'a container with the VMID is not the VM');
    const container = await imported(ct(), 'pve2/710');
    await deleteOutside('lxc', 'pve2', 710);
    assert.equal(await ct().refresh(container), null);
  });
});

describe('an HA-managed guest', () => {
  const vm = () => inProcessWith(vmResource, providerData(h.client));
  const disk = (storage: string) => ({ interface: 'scsi0', storage, size: '1G' });
  const config = (node: string, storage: string, extra: Attributes = {}): Attributes => ({
    node,
    vmid: 730,
    memory: 512,
    cores: 1,
    started: false,
    disk: [disk(storage)],
    ...extra,
  });

  before(async () => {
    await h.client.qemu.create('pve', { vmid: 730, memory: 512, cores: 1, scsi0: 'local-lvm:1' });
    assert.equal((await pveCall(h.sim, TOKEN, 'POST', '/cluster/ha/resources', { sid: 'vm:730', state: 'stopped' })).status, 200);
  });

  it('moved by HA: the plan that would replace it warns, naming where it is', async () => {
    const state = await imported(vm(), 'pve/730');
    await h.client.qemu.migrate('pve', 730, { target: 'pve2', running: false });
    const fresh = await vm().refresh(state);
    assert.equal(fresh.id, 'pve2/730');
    const { warnings } = await vm().planOnly(config('pve', 'local-lvm'), fresh);
    assert.ok(
      warnings.some((w) => w.startsWith('HA-managed VM is on another node') && w.includes('set node = "pve2"')),
      warnings.join('\n'),
    );
    assert.deepEqual((await vm().planOnly(config('pve', 'local-lvm', { migrate: true }), fresh)).warnings, []);
  });

  it('migrate_target_storage: a warning that HA ignores it, and the disk moves of the same apply converge', async () => {
    const state = await vm().refresh(await imported(vm(), 'pve2/730'));
    const moved = config('pve', 'fast', { migrate: true, migrate_target_storage: 'fast' });
    const { warnings } = await vm().planOnly(moved, state);
    assert.ok(
      warnings.some((w) => w.startsWith('Target storage ignored for an HA-managed guest')),
      warnings.join('\n'),
    );
    const applied = await vm().apply(moved, state);
    assert.deepEqual(applied.errors, []);
    assert.equal(h.sim.state.guests.get(730)?.node, 'pve');
    assert.match(h.sim.state.guests.get(730)?.config.scsi0 ?? '', /^fast:/);
    assert.equal((await vm().planOnly(moved, await vm().refresh(applied.state))).changes, false);
  });

  it('put under HA between plan and apply: the apply refuses the migration the HA stack would fail, before any change', async () => {
    await h.client.qemu.create('pve', { vmid: 733, memory: 512, cores: 1, scsi0: 'pinned:1' });
    const state = await imported(vm(), 'pve/733');
    const moved = { ...config('pve2', 'fast', { migrate: true, migrate_target_storage: 'fast' }), vmid: 733 };
    const tasksBefore = h.sim.tasks.size;
    const applied = await vm().apply(moved, state, async () => {
      assert.equal((await pveCall(h.sim, TOKEN, 'POST', '/cluster/ha/resources', { sid: 'vm:733', state: 'stopped' })).status, 200);
    });
    assert.ok(
      applied.errors.some(
        (e) => e.includes('The HA migration would fail') && e.includes('migrate_target_storage "fast" is not passed on') && e.includes('pinned'),
      ),
      applied.errors.join('\n'),
    );
    const guest = h.sim.state.guests.get(733);
    assert.deepEqual([guest?.node, guest?.config.scsi0?.split(',')[0]], ['pve', 'pinned:vm-733-disk-0']);
    assert.equal(h.sim.tasks.size, tasksBefore, 'no migration requested, nothing changed');
  });

  it('a volume on a storage the target lacks: the plan fails, naming the attribute', async () => {
    await h.client.qemu.create('pve', { vmid: 731, memory: 512, cores: 1, scsi0: 'pinned:1' });
    assert.equal((await pveCall(h.sim, TOKEN, 'POST', '/cluster/ha/resources', { sid: 'vm:731', state: 'stopped' })).status, 200);
    const state = await imported(vm(), 'pve/731');
    const { errors } = await vm().planOnly({ ...config('pve2', 'fast', { migrate: true, migrate_target_storage: 'fast' }), vmid: 731 }, state);
    assert.ok(
      errors.some((e) => e.startsWith('The HA migration would fail') && e.includes('migrate_target_storage "fast" is not passed on') && e.includes('pinned')),
      errors.join('\n'),
    );
  });
});
