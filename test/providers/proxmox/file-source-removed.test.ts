// A file's source (proxmox_download_file `url`/`checksum`, proxmox_file `source_content`/
// `source_file`) removed from the configuration, planned and applied in-process against the
// simulator: nothing to make a new file from, so the plan keeps the file instead of replacing it
// (a replacement would destroy the file, then fail to create it); a new source still replaces it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { downloadFileResource } from '../../../src/providers/proxmox/resources/download-file.js';
import { fileResource } from '../../../src/providers/proxmox/resources/file.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';
const URL_1 = 'https://mirror.example.test/debian/netinst-1.iso';

describe('a file whose source leaves the configuration is kept, not replaced', () => {
  let h: Harness;
  const provider = () => providerData(h.client);
  before(async () => (h = await startHarness()));
  after(() => h.close());

  it('proxmox_download_file: the url removed keeps the file in place; a new URL downloads again', async () => {
    const download = inProcessWith(downloadFileResource, provider());
    const base = { node: 'pve', storage: 'local', content: 'iso', file_name: 'netinst.iso' };
    const created = await download.apply({ ...base, url: URL_1 }, null);
    assert.deepEqual(created.errors, []);
    assert.ok(h.sim.state.volumes.has('local:iso/netinst.iso'), 'downloaded');
    const dropped = await download.apply(base, created.state);
    assert.deepEqual([dropped.replacing, dropped.errors], [[], []]);
    assert.equal(dropped.state['url'], null);
    assert.ok(h.sim.state.volumes.has('local:iso/netinst.iso'), 'the file stays');
    assert.deepEqual(await download.changesAfterRefresh(base, dropped.state), []);
    const renewed = await download.apply({ ...base, url: 'https://mirror.example.test/debian/netinst-2.iso' }, created.state);
    assert.deepEqual(renewed.replacing, ['url']);
  });

  it('proxmox_file: source_content removed keeps the file in place; new content uploads again', async () => {
    const file = inProcessWith(fileResource, provider());
    const base = { node: 'pve', storage: 'local', content: 'iso', file_name: 'tools.iso' };
    const created = await file.apply({ ...base, source_content: 'first' }, null);
    assert.deepEqual(created.errors, []);
    const dropped = await file.apply(base, created.state);
    assert.deepEqual([dropped.replacing, dropped.errors], [[], []]);
    assert.deepEqual([dropped.state['source_content'], dropped.state['content_sha256']], [null, created.state['content_sha256']]);
    assert.ok(h.sim.state.volumes.has('local:iso/tools.iso'), 'the file stays');
    assert.deepEqual(await file.changesAfterRefresh(base, dropped.state), []);
    const renewed = await file.apply({ ...base, source_content: 'second' }, created.state);
    assert.ok(renewed.replacing.includes('source_content'), 'new content replaces the file');
  });
});
