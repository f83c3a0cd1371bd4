// The lab: the Proxmox VE simulator sees the TrueNAS simulator as a node sees a NAS, through
// the TrueNAS public API only. iSCSI LUNs appear and vanish as targets are mapped and unmapped;
// NFS storages need the export; the truenasplugin storage makes, grows, snapshots and removes
// zvol + extent + mapping per disk, and leaves nothing behind when an allocation fails midway.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import type { StorageType } from '../../../src/clients/proxmox/endpoints/storage.js';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { startLab, type Lab } from '../../../src/sim/lab/index.js';

const GIB = 1024 ** 3;
const IQN_BASE = 'iqn.2005-10.org.freenas.ctl';

describe('sim lab', () => {
  let lab: Lab;
  let nas: TrueNASClient;
  let pve: ProxmoxClient;
  let portalId: number;

  before(async () => {
    lab = await startLab({
      proxmox: { taskDelayMs: 1, authFailureDelayMs: 0 },
      truenas: { loginRateLimit: false, interfaceAddresses: ['127.0.0.1', '192.0.2.10'] },
    });
    nas = new TrueNASClient({ endpoint: lab.truenas.url, apiKey: lab.truenasApiKey, cacheMaxItems: 0 });
    pve = new ProxmoxClient({ endpoint: lab.proxmox.url, apiToken: lab.proxmoxToken, caPem: lab.proxmox.caPem });
    portalId = (await nas.iscsi.portals.create({ listen: [{ ip: '0.0.0.0' }] })).id;
  });

  after(async () => {
    nas?.close();
    await pve?.close();
    await lab?.stop();
  });

  /** Zvols under `parent`, the extents of zvols there (or named vm-…), and the target's mappings, as TrueNAS has them. */
  async function nasObjects(parent: string, target: number): Promise<{ zvols: Array<[string, number]>; extents: string[]; mappings: Array<[number, number]> }> {
    const zvols = await nas.datasets.query([
      ['id', '^', `${parent}/`],
      ['type', '=', 'VOLUME'],
    ]);
    const extents = (await nas.iscsi.extents.query()).filter((e) => e.disk?.startsWith(`zvol/${parent}/`) || e.name.startsWith('vm-'));
    const mappings = await nas.iscsi.targetExtents.query([['target', '=', target]]);
    return {
      zvols: zvols.map((z): [string, number] => [z.id, z.volsize ?? 0]).sort(),
      extents: extents.map((e) => `${e.name}=${e.disk}`).sort(),
      mappings: mappings.map((m): [number, number] => [m.target, m.lunid]).sort(),
    };
  }

  it("lists an iscsi target's LUNs from TrueNAS, live as they are mapped and unmapped", async () => {
    const target = await nas.iscsi.targets.create({ name: 'luns', groups: [{ portal: portalId }] });
    await pve.storage.create('san', 'iscsi', { portal: '127.0.0.1:3260', target: `${IQN_BASE}:luns`, content: 'images' });
    assert.deepEqual(await pve.storage.content('pve', 'san'), [], 'no LUN mapped yet');

    await nas.datasets.create({ name: 'tank/lun-a', type: 'VOLUME', volsize: 2 * GIB, sparse: true });
    const extent = await nas.iscsi.extents.create({ name: 'lun-a', type: 'DISK', disk: 'zvol/tank/lun-a' });
    const mapping = await nas.iscsi.targetExtents.create({ target: target.id, extent: extent.id, lunid: 3 });
    const luns = await pve.storage.content('pve', 'san');
    assert.deepEqual(
      luns.map((v) => [v.volid.replace(/scsi-.*/, 'scsi-…'), v.size]),
      [['san:0.0.3.scsi-…', 2 * GIB]],
    );

    await nas.datasets.update('tank/lun-a', { volsize: 4 * GIB });
    assert.deepEqual(
      (await pve.storage.content('pve', 'san')).map((v) => v.size),
      [4 * GIB],
      "the zvol's new size shows",
    );

    await nas.iscsi.targetExtents.delete(mapping.id);
    assert.deepEqual(await pve.storage.content('pve', 'san'), [], 'the unmapped LUN is gone');
    await pve.storage.delete('san');
  });

  it('does not list LUNs of a target on a portal the storage does not use', async () => {
    // 192.0.2.10 is the NAS's second interface (startLab above): 25.10+ refuses a portal IP no interface has.
    const lonely = await nas.iscsi.portals.create({ listen: [{ ip: '192.0.2.10' }] });
    const target = await nas.iscsi.targets.create({ name: 'elsewhere', groups: [{ portal: lonely.id }] });
    await nas.datasets.create({ name: 'tank/lun-b', type: 'VOLUME', volsize: GIB, sparse: true });
    const extent = await nas.iscsi.extents.create({ name: 'lun-b', type: 'DISK', disk: 'zvol/tank/lun-b' });
    await nas.iscsi.targetExtents.create({ target: target.id, extent: extent.id, lunid: 0 });
    await pve.storage.create('far', 'iscsi', { portal: '127.0.0.1', target: `${IQN_BASE}:elsewhere` });
    assert.deepEqual(await pve.storage.content('pve', 'far'), []);
    await pve.storage.delete('far');
  });

  it('creates an nfs storage on the NAS only when the export exists', async () => {
    await assert.rejects(
      pve.storage.create('media', 'nfs', { server: '127.0.0.1', export: '/mnt/tank/media', path: '/mnt/pve/media', content: 'iso' }),
      /create storage failed: mount error: .*127\.0\.0\.1:\/mnt\/tank\/media/,
    );
    assert.equal(lab.proxmox.state.storages.has('media'), false);
    await nas.datasets.create({ name: 'tank/media' });
    await nas.sharing.nfs.create({ path: '/mnt/tank/media' });
    await pve.storage.create('media', 'nfs', { server: '127.0.0.1', export: '/mnt/tank/media', path: '/mnt/pve/media', content: 'iso' });
    assert.equal(lab.proxmox.state.storages.get('media')?.type, 'nfs');
    await pve.storage.delete('media');
  });

  describe('truenasplugin storage', () => {
    let targetId: number;

    before(async () => {
      await nas.datasets.create({ name: 'tank/proxmox' });
      targetId = (await nas.iscsi.targets.create({ name: 'proxmox', groups: [{ portal: portalId }] })).id;
      const url = new URL(lab.truenas.url);
      await pve.storage.create('tn', 'truenasplugin' as StorageType, {
        api_host: url.hostname,
        api_port: Number(url.port),
        api_scheme: 'ws',
        api_transport: 'ws',
        api_key: lab.truenasApiKey,
        dataset: 'tank/proxmox',
        target_iqn: `${IQN_BASE}:proxmox`,
        discovery_portal: '127.0.0.1:3260',
        content: 'images',
      });
    });

    it('allocates a zvol, an extent and a mapping per disk, grows, snapshots and frees them', async () => {
      await pve.qemu.create('pve', { vmid: 200, name: 'plugged', scsi0: 'tn:4', scsi1: 'tn:1' });
      const config = await pve.qemu.config('pve', 200);
      assert.equal(config.scsi0, 'tn:vol-vm-200-disk-0-lun0,size=4G');
      assert.equal(config.scsi1, 'tn:vol-vm-200-disk-1-lun1,size=1G');
      assert.deepEqual(await nasObjects('tank/proxmox', targetId), {
        zvols: [
          ['tank/proxmox/vm-200-disk-0', 4 * GIB],
          ['tank/proxmox/vm-200-disk-1', GIB],
        ],
        extents: ['vm-200-disk-0=zvol/tank/proxmox/vm-200-disk-0', 'vm-200-disk-1=zvol/tank/proxmox/vm-200-disk-1'],
        mappings: [
          [targetId, 0],
          [targetId, 1],
        ],
      });

      await pve.qemu.resize('pve', 200, 'scsi1', '+1G');
      assert.equal((await nas.datasets.get('tank/proxmox/vm-200-disk-1')).volsize, 2 * GIB);

      await pve.qemu.createSnapshot('pve', 200, 'before');
      const snapshots = (await nas.snapshots.query([['dataset', '^', 'tank/proxmox/']])).map((s) => s.id).sort();
      assert.deepEqual(snapshots, ['tank/proxmox/vm-200-disk-0@before', 'tank/proxmox/vm-200-disk-1@before']);
      await pve.qemu.deleteSnapshot('pve', 200, 'before');
      assert.deepEqual(await nas.snapshots.query([['dataset', '^', 'tank/proxmox/']]), []);

      await pve.qemu.delete('pve', 200);
      assert.deepEqual(await nasObjects('tank/proxmox', targetId), { zvols: [], extents: [], mappings: [] });
    });

    it('leaves nothing behind when the allocation fails midway (the extent cannot be made)', async () => {
      // An extent already named like the zvol the plugin makes: iscsi.extent.create fails after the zvol exists.
      const squatter = await nas.iscsi.extents.create({ name: 'vm-201-disk-1', type: 'FILE', path: '/mnt/tank/squat', filesize: 1024 * 1024 });
      await assert.rejects(pve.qemu.create('pve', { vmid: 201, name: 'doomed', scsi0: 'tn:1', scsi1: 'tn:1' }), /vm-201-disk-1/);
      assert.equal(lab.proxmox.state.guests.has(201), false);
      assert.deepEqual(lab.proxmox.volumes('tn'), []);
      const left = await nasObjects('tank/proxmox', targetId);
      assert.deepEqual(left.zvols, [], 'no zvol left');
      assert.deepEqual(left.extents, ['vm-201-disk-1=null'], 'only the squatter');
      assert.deepEqual(left.mappings, [], 'no mapping left');
      await nas.iscsi.extents.delete(squatter.id);
    });

    it('a disk added to an existing VM that fails to allocate is not in its config', async () => {
      await pve.qemu.create('pve', { vmid: 202, name: 'grows' });
      const squatter = await nas.iscsi.extents.create({ name: 'vm-202-disk-0', type: 'FILE', path: '/mnt/tank/squat2', filesize: 1024 * 1024 });
      await assert.rejects(pve.qemu.update('pve', 202, { scsi0: 'tn:1' }), /vm-202-disk-0/);
      assert.equal((await pve.qemu.config('pve', 202)).scsi0, undefined);
      assert.deepEqual((await nasObjects('tank/proxmox', targetId)).zvols, []);
      await nas.iscsi.extents.delete(squatter.id);
      await pve.qemu.delete('pve', 202);
    });
  });
});
