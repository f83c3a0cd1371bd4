// proxmox_storage's options, read-back and updates; sizes and ids shared by the resources.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storageFromConfig, storageOptions, storageUpdate } from '../../../src/providers/proxmox/resources/storage.js';
import type { StorageModel } from '../../../src/providers/proxmox/resources/storage-schema.js';
import { parseGuestId } from '../../../src/providers/proxmox/shared/guest-id.js';
import { sameIgnoringCase, sameSize } from '../../../src/providers/proxmox/shared/sizes.js';

const nfs = (fields: Partial<StorageModel> = {}): StorageModel => ({
  id: null,
  storage: 'backups',
  type: 'nfs',
  content: ['iso', 'backup'],
  nodes: null,
  shared: null,
  disable: null,
  path: null,
  server: '10.0.0.2',
  export: '/tank/backups',
  share: null,
  subdir: null,
  domain: null,
  vgname: null,
  thinpool: null,
  pool: null,
  portal: null,
  target: null,
  iscsiprovider: null,
  blocksize: null,
  datastore: null,
  namespace: null,
  fingerprint: null,
  username: null,
  password: 'secret',
  encryption_key: null,
  api_host: null,
  api_key: null,
  api_key_wo: null,
  api_key_wo_version: null,
  dataset: null,
  target_iqn: null,
  discovery_portal: null,
  options: { 'prune-backups': 'keep-last=3' },
  ...fields,
});

describe('proxmox_storage mapping', () => {
  it('sends sorted lists, the default mount point and secrets', () => {
    assert.deepEqual(storageOptions(nfs()), {
      content: 'backup,iso',
      path: '/mnt/pve/backups',
      server: '10.0.0.2',
      export: '/tank/backups',
      password: 'secret',
      'prune-backups': 'keep-last=3',
    });
  });

  it('sends shared only for the types that take it (a network type reads it back as true anyway)', () => {
    assert.equal('shared' in storageOptions(nfs({ shared: true })), false);
    assert.equal(storageOptions(nfs({ type: 'dir', shared: true })).shared, true);
  });

  it('reads content = ["none"] (iSCSI) back as written, not as an empty list', () => {
    const iscsi = nfs({ type: 'iscsi', content: ['none'], options: null });
    assert.equal(storageOptions(iscsi).content, 'none');
    for (const content of ['none', '']) assert.deepEqual(storageFromConfig({ storage: 'backups', type: 'iscsi', content }, iscsi).content, ['none']);
    assert.deepEqual(storageFromConfig({ storage: 'backups', type: 'iscsi', content: 'images' }, iscsi).content, ['images']);
  });

  it('reads back in any list order, keeping secrets and only the options the user manages', () => {
    const config = {
      storage: 'backups',
      type: 'nfs',
      content: 'iso,backup',
      shared: 1,
      path: '/mnt/pve/backups',
      server: '10.0.0.2',
      export: '/tank/backups',
      'prune-backups': 'keep-last=3',
      options: 'vers=4',
      digest: 'x',
    };
    const model = storageFromConfig(config, nfs());
    assert.deepEqual(model.content, ['iso', 'backup']);
    assert.equal(model.shared, true);
    assert.equal(model.password, 'secret');
    assert.deepEqual(model.options, { 'prune-backups': 'keep-last=3' });
  });

  it('on import (a state with only the id) reads every other option into options, none of the attributes', () => {
    const config = {
      storage: 'backups',
      type: 'nfs',
      content: 'backup',
      shared: 1,
      path: '/mnt/pve/backups',
      server: '10.0.0.2',
      export: '/tank/backups',
      'prune-backups': 'keep-daily=7',
      options: 'vers=4.2',
      digest: 'x',
    };
    const imported = nfs({ type: null as unknown as string, server: null, export: null, content: null, password: null, options: null });
    const model = storageFromConfig(config, imported);
    assert.deepEqual(model.options, { 'prune-backups': 'keep-daily=7', options: 'vers=4.2' });
    assert.deepEqual([model.server, model.export, model.path], ['10.0.0.2', '/tank/backups', '/mnt/pve/backups']);
    assert.equal(storageFromConfig({ storage: 's', type: 'dir', path: '/srv', content: 'iso', digest: 'x' }, imported).options, null);
  });

  it('updates only changeable options and removes dropped ones', () => {
    const { set, remove } = storageUpdate(nfs({ nodes: ['pve'], options: null, server: '10.0.0.9' }), nfs());
    assert.deepEqual(set, { nodes: 'pve' });
    assert.deepEqual(remove, ['prune-backups']);
  });
});

describe('proxmox_storage fixed options', () => {
  it('sends a zfspool blocksize change (ZFSPoolPlugin.pm: changeable) but never a ZFS over iSCSI one (fixed)', () => {
    const zfspool = nfs({ type: 'zfspool', server: null, export: null, password: null, options: null, content: null, pool: 'rpool/data', blocksize: '8k' });
    assert.deepEqual(storageUpdate({ ...zfspool, blocksize: '16k' }, zfspool).set, { blocksize: '16k' });
    const zfs = { ...zfspool, type: 'zfs' };
    assert.deepEqual(storageUpdate({ ...zfs, blocksize: '16k' }, zfs).set, {});
  });
});

describe('shared helpers', () => {
  it('compares sizes by bytes and MACs without case', () => {
    assert.equal(sameSize('8G', '8192M'), true);
    assert.equal(sameSize('8G', '9G'), false);
    assert.equal(sameIgnoringCase('bc:24:11:aa:bb:cc', 'BC:24:11:AA:BB:CC'), true);
  });

  it('parses NODE/VMID import ids and names the expected form otherwise', () => {
    assert.deepEqual(parseGuestId('pve/100'), { node: 'pve', vmid: 100 });
    assert.throws(() => parseGuestId('100'), /Expected NODE\/VMID such as "pve\/100"/);
  });
});
