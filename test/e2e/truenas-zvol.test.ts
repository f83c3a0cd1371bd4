// truenas_zvol driven by the real terraform against the TrueNAS simulator: create, stable
// plans, growth in place, refused and opted-in shrink, replacement, drift, deletion outside,
// import, the refusal to delete a zvol an extent still exports, bad configuration, destroy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectFailure, startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

const GiB = 1024 ** 3;

function zvolConfig(fields: { size?: string; blocksize?: string; compression?: string; allowShrink?: boolean; extra?: string } = {}): string {
  return `
resource "truenas_zvol" "disk" {
  name        = "tank/disk0"
  volsize     = provider::truenas::parse_size("${fields.size ?? '2G'}")
  compression = "${fields.compression ?? 'lz4'}"
  comments    = "boot disk"
  ${fields.blocksize ? `volblocksize = "${fields.blocksize}"` : ''}
  ${fields.allowShrink ? 'allow_shrink = true' : ''}
}
output "size" { value = provider::truenas::format_size(truenas_zvol.disk.volsize) }
${fields.extra ?? ''}
`;
}

describe('truenas_zvol with terraform', () => {
  let e2e: TrueNASE2e;
  const zvol = () => e2e.resource('truenas_zvol.disk');
  const simZvol = () => {
    const found = e2e.sim.state.datasets.get('tank/disk0');
    assert.ok(found, 'tank/disk0 exists in the simulator');
    return found;
  };

  before(async () => {
    e2e = await startTrueNASE2e();
    e2e.config(zvolConfig());
  });
  after(() => e2e?.close());

  it('refuses bad configuration with diagnostics naming the attribute', async () => {
    e2e.ws.writeConfig(
      `resource "truenas_zvol" "bad" {
  name         = "nopool"
  volsize      = 1000
  volblocksize = "3K"
  compression  = "snappy"
}`,
      'bad.tf',
    );
    const output = await expectFailure(e2e.ws, ['validate']).finally(() => e2e.ws.removeConfig('bad.tf'));
    assert.match(output, /"name" must be a full dataset name/);
    assert.match(output, /"volblocksize" must be a power of two/);
    assert.match(output, /"compression" must be a compression TrueNAS accepts/);
    e2e.ws.writeConfig(
      `resource "truenas_zvol" "bad" {
  name    = "tank/bad"
  volsize = 1000
}`,
      'bad.tf',
    );
    const plan = await expectFailure(e2e.ws, ['plan']).finally(() => e2e.ws.removeConfig('bad.tf'));
    assert.match(plan, /volsize is not a multiple of volblocksize/);
    assert.match(plan, /with truenas_zvol\.bad,[\s\S]*volsize = 1000/);
  });

  it('creates the zvol with computed values and keeps the configured spelling', async () => {
    await e2e.ws.apply();
    const state = await zvol();
    assert.equal(state.values.id, 'tank/disk0');
    assert.equal(state.values.volsize, 2 * GiB);
    assert.equal(state.values.volblocksize, '16K');
    assert.equal(state.values.compression, 'lz4');
    assert.equal(state.values.device_path, '/dev/zvol/tank/disk0');
    assert.equal(state.values.used, 2 * GiB);
    assert.equal(typeof state.values.available, 'number');
    assert.equal(simZvol().props['compression'], 'lz4');
    assert.equal(await e2e.ws.output('size'), '2G');
  });

  it('plans no changes after apply, also with the server spelling in configuration', async () => {
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
    e2e.config(zvolConfig({ compression: 'LZ4', blocksize: '16384' }));
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('grows volsize in place', async () => {
    e2e.config(zvolConfig({ size: '4G' }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /will be updated in-place/);
    await e2e.ws.apply();
    assert.equal(simZvol().props['volsize'], String(4 * GiB));
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('refuses to shrink, naming volsize: warned at plan time, refused at apply before any change', async () => {
    e2e.config(zvolConfig({ size: '1G' }));
    const plan = await e2e.ws.expect(['plan', '-no-color', '-input=false']);
    assert.match(plan.stdout + plan.stderr, /Warning: Cannot shrink a zvol/);
    const output = await expectFailure(e2e.ws, ['apply', '-auto-approve']);
    assert.match(output, /Error: Cannot shrink a zvol/);
    assert.equal(simZvol().props['volsize'], String(4 * GiB), 'nothing changed');
    assert.match(output, /volsize 1073741824 \(1G\) is smaller than the current 4294967296 \(4G\)/);
    assert.match(output, /allow_shrink/);
  });

  it('replaces the zvol when shrinking is allowed, or the block size changes', async () => {
    e2e.config(zvolConfig({ size: '1G', allowShrink: true }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /must be replaced/);
    assert.match(plan.output, /volsize\s+= 4294967296 -> 1073741824 # forces replacement/);
    await e2e.ws.apply();
    assert.equal(simZvol().props['volsize'], String(GiB));
    e2e.config(zvolConfig({ size: '1G', blocksize: '64K' }));
    const replace = await e2e.ws.planHasChanges();
    assert.match(replace.output, /volblocksize\s+= "16K" -> "64K" # forces replacement/);
    await e2e.ws.apply();
    assert.equal(simZvol().props['volblocksize'], String(64 * 1024));
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('shows drift made on the server and corrects it', async () => {
    simZvol().props['compression'] = 'zstd';
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /~ compression\s+= "zstd" -> "lz4"/);
    await e2e.ws.apply();
    assert.equal(simZvol().props['compression'], 'lz4');
  });

  it('plans a create for a zvol deleted outside terraform', async () => {
    e2e.sim.state.datasets.delete('tank/disk0');
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /truenas_zvol\.disk will be created/);
    await e2e.ws.apply();
    assert.ok(simZvol());
  });

  it('imports with an import block and with terraform import', async () => {
    for (const name of ['tank/imported1', 'tank/imported2']) {
      e2e.sim.state.datasets.set(name, {
        name,
        type: 'VOLUME',
        props: { volsize: String(GiB), volblocksize: '16384', refreservation: String(GiB) },
        user: {},
        written: 0,
        createtxg: e2e.sim.state.nextTxg(),
      });
    }
    const extra = `
import {
  to = truenas_zvol.imported1
  id = "tank/imported1"
}
resource "truenas_zvol" "imported1" {
  name    = "tank/imported1"
  volsize = 1073741824
}
resource "truenas_zvol" "imported2" {
  name    = "tank/imported2"
  volsize = 1073741824
}`;
    e2e.config(zvolConfig({ size: '1G', blocksize: '64K', extra }));
    await e2e.ws.expect(['import', '-no-color', '-input=false', 'truenas_zvol.imported2', 'tank/imported2']);
    const missing = await expectFailure(e2e.ws, ['import', 'truenas_zvol.imported2', 'tank/nothing']);
    assert.match(missing, /Cannot import non-existent remote object[\s\S]*the\s+zvol's full name/);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /truenas_zvol\.imported1 will be imported/);
    assert.match(plan.output, /1 to import, 0 to add, 0 to change, 0 to destroy/);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('refuses to delete a zvol an iSCSI extent still exports, naming the extent', async () => {
    const extent = e2e.sim.state.extents.insert({
      name: 'outside-extent',
      type: 'DISK',
      path: 'zvol/tank/imported2',
      filesize: '0',
      serial: 'abc',
      blocksize: 512,
      pblocksize: false,
      avail_threshold: null,
      comment: '',
      naa: '0x1',
      insecure_tpc: true,
      xen: false,
      rpm: 'SSD',
      ro: false,
      enabled: true,
      vendor: 'TrueNAS',
    });
    e2e.config(
      zvolConfig({
        size: '1G',
        blocksize: '64K',
        extra: `
resource "truenas_zvol" "imported1" {
  name    = "tank/imported1"
  volsize = 1073741824
}`,
      }),
    );
    const output = await expectFailure(e2e.ws, ['apply', '-auto-approve']);
    assert.match(
      output,
      new RegExp(`zvol tank/imported2 is still exported by iSCSI extent "outside-extent"\\s+\\(id\\s+${extent.id}\\):\\s+delete or detach the extent first`),
    );
    assert.ok(e2e.sim.state.datasets.has('tank/imported2'), 'the zvol is still there');
    assert.ok(e2e.sim.state.extents.get(extent.id), 'and so is the extent');
    assert.ok(
      (await e2e.ofType('truenas_zvol')).some((r) => r.name === 'imported2'),
      'and it stays in state',
    );
    e2e.sim.state.extents.delete(extent.id);
    await e2e.ws.apply();
    assert.equal(e2e.sim.state.datasets.has('tank/imported2'), false);
  });

  it('destroys everything', async () => {
    await e2e.ws.destroy();
    assert.deepEqual(e2e.sim.state.inventory().zvols, []);
    assert.deepEqual(await e2e.ws.resources(), []);
  });
});
