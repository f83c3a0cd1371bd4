// storage.cfg rules of pve-storage: NFS/CIFS default path, content types dropped rather than
// refused, options each type takes, and SectionConfig's 500s for missing or foreign options.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall } from './pve-raw.js';
import { Socket } from 'node:net';
import { isLocalEndpoint } from '../../../src/sim/proxmox/truenas-plugin.js';

const ROOT = 'root@pam!tf=root-secret';
let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({ tokens: [ROOT], authFailureDelayMs: 0 });
});
after(() => sim.stop());

test('NFS and CIFS default path to /mnt/pve/<id>; mkdir is accepted', async () => {
  const nfs = await pveCall(sim, ROOT, 'POST', '/storage', { storage: 'share', type: 'nfs', server: '10.0.0.5', export: '/tank/vm', mkdir: 0 });
  assert.equal(nfs.status, 200, nfs.message);
  assert.equal(sim.state.storages.get('share')?.options.path, '/mnt/pve/share');
  const cifs = await pveCall(sim, ROOT, 'POST', '/storage', { storage: 'smb', type: 'cifs', server: '10.0.0.6', share: 'vm' });
  assert.equal(cifs.status, 200, cifs.message);
  assert.equal(sim.state.storages.get('smb')?.options.path, '/mnt/pve/smb');
});

test('content types the storage cannot hold are dropped; none left is an error', async () => {
  const thin = await pveCall(sim, ROOT, 'POST', '/storage', { storage: 'thin2', type: 'lvmthin', vgname: 'pve', thinpool: 'data2', content: 'images,iso' });
  assert.equal(thin.status, 200, thin.message);
  assert.equal(sim.state.storages.get('thin2')?.options.content, 'images');
  const nothing = await pveCall(sim, ROOT, 'POST', '/storage', { storage: 'thin3', type: 'lvmthin', vgname: 'pve', thinpool: 'data3', content: 'iso' });
  assert.equal(nothing.status, 500);
  assert.equal(nothing.message, "storage does not support content type 'none'");
});

test('a missing required option and an option of another type are 500s from check_config', async () => {
  const missing = await pveCall(sim, ROOT, 'POST', '/storage', { storage: 'nfs2', type: 'nfs', server: '10.0.0.5' });
  assert.equal(missing.status, 500);
  assert.equal(missing.message, "missing value for required option 'export'");
  const foreign = await pveCall(sim, ROOT, 'POST', '/storage', { storage: 'thin4', type: 'lvmthin', vgname: 'pve', thinpool: 'd', path: '/x' });
  assert.equal(foreign.status, 500);
  assert.equal(foreign.message, "unexpected property 'path'");
});

test('a truenasplugin storage naming another host is an unreachable NAS: the simulator opens no connection to it', async () => {
  const attempted: string[] = [];
  const connect = Socket.prototype.connect;
  // Every TCP/TLS client socket goes through Socket#connect: record where each one was headed.
  Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
    const first = args[0];
    const target = Array.isArray(first) ? first[0] : first;
    if (typeof target === 'object' && target !== null && 'host' in target) attempted.push(String((target as { host: unknown }).host));
    return (connect as (...a: unknown[]) => Socket).apply(this, args);
  } as typeof connect;
  try {
    const plugin = {
      storage: 'far-nas',
      type: 'truenasplugin',
      api_host: '192.0.2.10',
      api_key: '1-key',
      dataset: 'tank/pve',
      target_iqn: 'iqn.2005-10.org.freenas.ctl:pve',
      discovery_portal: '192.0.2.10:3260',
    };
    const created = await pveCall(sim, ROOT, 'POST', '/storage', plugin);
    assert.equal(created.status, 200, created.message);
    const listed = await pveCall(sim, ROOT, 'GET', '/storage');
    assert.equal(listed.status, 200, listed.message);
  } finally {
    Socket.prototype.connect = connect;
  }
  assert.deepEqual(
    attempted.filter((host) => host === '192.0.2.10'),
    [],
  );
  assert.equal(isLocalEndpoint('wss://192.0.2.10:443'), false);
  assert.equal(isLocalEndpoint('wss://127.0.0.1:8443'), true);
  assert.equal(isLocalEndpoint('https://[::1]:443'), true);
});

test('an empty value is not stored: create drops nodes="", an update with "" clears the option', async () => {
  const created = await pveCall(sim, ROOT, 'POST', '/storage', { storage: 'everywhere', type: 'dir', path: '/srv/e', nodes: '' });
  assert.equal(created.status, 200, created.message);
  assert.equal(sim.state.storages.get('everywhere')?.options.nodes, undefined);
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/storage/everywhere', { nodes: 'pve' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/storage/everywhere', { nodes: '' })).status, 200);
  assert.equal(sim.state.storages.get('everywhere')?.options.nodes, undefined);
});

test('an update naming a fixed option fails, even one not set before', async () => {
  const created = await pveCall(sim, ROOT, 'POST', '/storage', { storage: 'chained', type: 'dir', path: '/srv/c' });
  assert.equal(created.status, 200, created.message);
  const added = await pveCall(sim, ROOT, 'PUT', '/storage/chained', { 'snapshot-as-volume-chain': 1 });
  assert.equal(added.status, 500);
  assert.match(added.message, /can't change value of fixed parameter 'snapshot-as-volume-chain'/);
});

test('SDN sections do not store empty values (SectionConfig writes no line for them)', async () => {
  const created = await pveCall(sim, ROOT, 'POST', '/cluster/sdn/zones', { zone: 'empty', type: 'simple', nodes: '' });
  assert.equal(created.status, 200, created.message);
  assert.equal(sim.state.sdn.config.zones.get('empty')?.nodes, undefined);
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/cluster/sdn/zones/empty', { nodes: 'pve' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/cluster/sdn/zones/empty', { nodes: '' })).status, 200);
  assert.equal(sim.state.sdn.config.zones.get('empty')?.nodes, undefined);
});
