// truenas_dataset and truenas_snapshot driven by the real terraform against the TrueNAS
// simulator: inherited properties without diffs, server spellings, updates, replacement,
// drift, deletion outside, import, bad configuration, destroy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectFailure, startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

const GiB = 1024 ** 3;

function datasetConfig(fields: { compression?: string; recordsize?: string; quota?: string; atime?: boolean; snapshot?: string; extra?: string } = {}): string {
  return `
resource "truenas_dataset" "parent" {
  name = "tank/apps"
}
resource "truenas_dataset" "media" {
  name        = "\${truenas_dataset.parent.name}/media"
  compression = "${fields.compression ?? 'zstd'}"
  recordsize  = "${fields.recordsize ?? '1M'}"
  quota       = provider::truenas::parse_size("${fields.quota ?? '10G'}")
  atime       = ${fields.atime ?? false}
  comments    = "films"
}
resource "truenas_snapshot" "media" {
  dataset = truenas_dataset.media.name
  name    = "${fields.snapshot ?? 'first'}"
}
${fields.extra ?? ''}
`;
}

describe('truenas_dataset and truenas_snapshot with terraform', () => {
  let e2e: TrueNASE2e;
  const values = async (address: string) => (await e2e.resource(address)).values;
  const simDataset = (name: string) => {
    const found = e2e.sim.state.datasets.get(name);
    assert.ok(found, `${name} exists in the simulator`);
    return found;
  };

  before(async () => {
    e2e = await startTrueNASE2e();
    e2e.config(datasetConfig());
  });
  after(() => e2e?.close());

  it('refuses bad configuration with diagnostics naming the attribute', async () => {
    e2e.ws.writeConfig(
      `
resource "truenas_dataset" "bad" {
  name       = "/tank/x/"
  recordsize = "big"
  sync       = "sometimes"
  quota      = -1
  share_type = "WINDOWS"
}
resource "truenas_snapshot" "bad" {
  dataset = "tank"
  name    = "has space"
}`,
      'bad.tf',
    );
    const output = await expectFailure(e2e.ws, ['validate']).finally(() => e2e.ws.removeConfig('bad.tf'));
    assert.match(output, /"name" must be a full dataset name/);
    assert.match(output, /"recordsize"[\s\S]*"big" is not a size/);
    assert.match(output, /"sync" must be standard, always or disabled/);
    assert.match(output, /"quota" must be at least 0, got -1/);
    assert.match(output, /"share_type" must be one of/);
    assert.match(output, /"name" must be letters, digits, _ . : and - only/);
  });

  it('creates datasets and a snapshot; unset properties read back as inherited', async () => {
    await e2e.ws.apply();
    const parent = await values('truenas_dataset.parent');
    assert.equal(parent.compression, 'lz4', 'inherited from the pool');
    assert.equal(parent.mountpoint, '/mnt/tank/apps');
    const media = await values('truenas_dataset.media');
    assert.equal(media.recordsize, '1M');
    assert.equal(media.quota, 10 * GiB);
    assert.equal(media.atime, false);
    assert.equal(simDataset('tank/apps/media').props['compression'], 'zstd');
    assert.equal(simDataset('tank/apps').props['compression'], undefined, 'nothing set locally on the parent');
    const snapshot = await values('truenas_snapshot.media');
    assert.equal(snapshot.id, 'tank/apps/media@first');
    assert.ok(e2e.sim.state.snapshots.has('tank/apps/media@first'));
  });

  it('plans no changes after apply, also with the server spelling in configuration', async () => {
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
    e2e.config(datasetConfig({ compression: 'ZSTD', recordsize: '1024K' }));
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('logs, as each provider process exits, its CPU time and as many API calls as the server answered', async () => {
    const served = () => [...e2e.sim.callCounts.values()].reduce((sum, n) => sum + n, 0);
    const before = served();
    const run = await e2e.ws.run(['plan', '-no-color'], { TF_LOG_PROVIDER: 'INFO' });
    assert.equal(run.code, 0, run.stderr);
    const counted = [...run.stderr.matchAll(/Provider process exiting:.*?\bapi_calls=(\d+)/g)].map((match) => Number(match[1]));
    assert.ok(counted.length > 0, 'the configured provider process logged its counters');
    assert.equal(
      counted.reduce((sum, n) => sum + n, 0),
      served() - before,
    );
    const cpu = [...run.stderr.matchAll(/Provider process exiting:.*?\bcpu_ms=(\d+)/g)].map((match) => Number(match[1]));
    assert.equal(cpu.length, run.stderr.match(/Provider process exiting/g)?.length, 'every provider process logged its CPU time');
    assert.ok(
      cpu.every((ms) => ms > 0),
      `CPU times: ${cpu.join(', ')}`,
    );
  });

  it('updates properties in place', async () => {
    e2e.config(datasetConfig({ compression: 'gzip-9', quota: '20G', atime: true }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /truenas_dataset\.media will be updated in-place/);
    await e2e.ws.apply();
    const media = simDataset('tank/apps/media');
    assert.equal(media.props['compression'], 'gzip-9');
    assert.equal(media.props['quota'], String(20 * GiB));
    assert.equal(media.props['atime'], 'on');
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('replaces the snapshot when its name changes', async () => {
    e2e.config(datasetConfig({ compression: 'gzip-9', quota: '20G', atime: true, snapshot: 'second' }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /truenas_snapshot\.media must be replaced/);
    await e2e.ws.apply();
    assert.deepEqual(e2e.sim.state.inventory().snapshots, ['tank/apps/media@second']);
  });

  it('shows drift made on the server, and deletion outside terraform', async () => {
    simDataset('tank/apps/media').props['compression'] = 'off';
    e2e.sim.state.snapshots.delete('tank/apps/media@second');
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /~ compression\s+= "off" -> "gzip-9"/);
    assert.match(plan.output, /truenas_snapshot\.media will be created/);
    await e2e.ws.apply();
    assert.equal(simDataset('tank/apps/media').props['compression'], 'gzip-9');
    assert.ok(e2e.sim.state.snapshots.has('tank/apps/media@second'));
  });

  it('imports with an import block and with terraform import', async () => {
    const state = e2e.sim.state;
    state.datasets.set('tank/old', { name: 'tank/old', type: 'FILESYSTEM', props: { compression: 'zstd' }, user: {}, written: 0, createtxg: state.nextTxg() });
    state.snapshots.set('tank/old@keep', {
      dataset: 'tank/old',
      snapshotName: 'keep',
      createtxg: state.nextTxg(),
      creation: Date.now(),
      referenced: 0,
      user: {},
    });
    // A recursive snapshot (zfs snapshot -r): the same name on the dataset and every descendant.
    const deepTxg = state.nextTxg();
    for (const dataset of ['tank/apps', 'tank/apps/media'])
      state.snapshots.set(`${dataset}@deep`, { dataset, snapshotName: 'deep', createtxg: deepTxg, creation: Date.now(), referenced: 0, user: {} });
    const extra = `
import {
  to = truenas_dataset.old
  id = "tank/old"
}
resource "truenas_dataset" "old" {
  name        = "tank/old"
  compression = "zstd"
}
resource "truenas_snapshot" "keep" {
  dataset = truenas_dataset.old.name
  name    = "keep"
}
resource "truenas_snapshot" "deep" {
  dataset   = truenas_dataset.parent.name
  name      = "deep"
  recursive = true
  # destroyed before the child dataset, whose @deep snapshot it takes along
  depends_on = [truenas_dataset.media]
}`;
    e2e.config(datasetConfig({ compression: 'gzip-9', quota: '20G', atime: true, snapshot: 'second', extra }));
    await e2e.ws.expect(['import', '-no-color', '-input=false', 'truenas_snapshot.keep', 'tank/old@keep']);
    await e2e.ws.expect(['import', '-no-color', '-input=false', 'truenas_snapshot.deep', 'tank/apps@deep']);
    assert.equal((await values('truenas_snapshot.deep'))['recursive'], true, 'import learns recursive, which forces replacement');
    const bad = await expectFailure(e2e.ws, ['import', 'truenas_snapshot.keep', 'tank/old']);
    assert.match(bad, /<dataset>@<name>/);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /1 to import, 0 to add, 0 to change, 0 to destroy/);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('destroys everything', async () => {
    await e2e.ws.destroy();
    const inventory = e2e.sim.state.inventory();
    assert.deepEqual(inventory.datasets, ['tank']);
    assert.deepEqual(inventory.snapshots, []);
    assert.deepEqual(await e2e.ws.resources(), []);
  });
});
