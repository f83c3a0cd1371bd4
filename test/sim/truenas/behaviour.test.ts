// The simulated middleware's rules: dataset validation and space accounting, inheritance,
// snapshots, the iSCSI references and LUN numbering, and what deleting a zvol does.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { callFailure } from '../../helpers/truenas-failure.js';

const key = `1-${'b'.repeat(64)}`;
const GiB = 1024 ** 3;

const failure = callFailure;

describe('simulated TrueNAS rules', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  beforeEach(async () => {
    sim = await startTrueNASSimulator({ apiKeys: [key], version: '25.04.2', pools: [{ name: 'tank', size: 100 * GiB }] });
    client = new TrueNASClient({ endpoint: sim.url, apiKey: key, cacheMaxItems: 0 });
    // The server's refusals at once: no wait for a parent create this client might begin.
    client.datasets.relatedWriteQuietMs = 0;
  });
  afterEach(async () => {
    client.close();
    await sim.stop();
  });

  it('validates dataset names, parents, field kinds and zvol sizes', async () => {
    assert.equal(
      (await failure(client.datasets.create({ name: 'tank/a/b' }))).serverMessage,
      'pool_dataset_create.name: Parent dataset does not exist for specified name',
    );
    assert.equal((await failure(client.datasets.create({ name: 'tank' }))).attribute, 'pool_dataset_create.name');
    await client.datasets.create({ name: 'tank/a/b', create_ancestors: true });
    assert.match((await failure(client.datasets.create({ name: 'tank/a' }))).serverMessage, /Path \/mnt\/tank\/a already exists/);
    assert.equal((await failure(client.datasets.create({ name: 'tank/v', type: 'VOLUME', volsize: GiB, atime: 'ON' }))).attribute, 'pool_dataset_create.atime');
    assert.equal(
      (await failure(client.datasets.create({ name: 'tank/v', type: 'VOLUME' }))).serverMessage,
      'pool_dataset_create.volsize: This field is required for VOLUME',
    );
    assert.match((await failure(client.datasets.create({ name: 'tank/v', type: 'VOLUME', volsize: 90 * GiB }))).serverMessage, /80% of your available space/);
    await client.datasets.create({ name: 'tank/v', type: 'VOLUME', volsize: 2 * GiB });
    const dup = await failure(client.datasets.create({ name: 'tank/v', type: 'VOLUME', volsize: 2 * GiB }));
    assert.equal(dup.errname, 'EFAULT', 'a duplicate zvol fails in ZFS, not in validation');
    assert.match((await failure(client.datasets.update('tank/v', { volsize: GiB }))).serverMessage, /cannot shrink a zvol/);
    assert.match((await failure(client.datasets.create({ name: 'tank/v/child' }))).serverMessage, /parent may not be a ZFS volume/);
    const missing = await failure(client.datasets.update('tank/nothing', { comments: 'x' }));
    assert.equal(missing.attribute, 'id');
    assert.equal(missing.errname, 'ENOENT');
  });

  it('accounts reserved zvols against the pool and sparse ones not', async () => {
    const free = async () => (await client.system.pools())[0]!.free!;
    const before = await free();
    await client.datasets.create({ name: 'tank/thick', type: 'VOLUME', volsize: 10 * GiB });
    assert.equal(before - (await free()), 10 * GiB);
    const thin = await client.datasets.create({ name: 'tank/thin', type: 'VOLUME', volsize: 10 * GiB, sparse: true });
    assert.equal(thin.refreservation, null, 'a zero refreservation reads back as none (parsed: null), as ZFS reports it');
    assert.equal(before - (await free()), 10 * GiB);
    assert.equal((await client.datasets.get('tank/thin')).available, 90 * GiB);
  });

  it('inherits properties from ancestors and reverts to inheritance with INHERIT', async () => {
    await client.datasets.create({ name: 'tank/p', sync: 'ALWAYS', comments: 'parent' });
    const child = await client.datasets.create({ name: 'tank/p/c' });
    assert.equal(child.sync, 'ALWAYS');
    assert.equal(child.sources.sync, 'INHERITED');
    assert.equal(child.comments, 'parent');
    await client.datasets.update('tank/p/c', { sync: 'DISABLED' });
    assert.equal((await client.datasets.get('tank/p/c')).sources.sync, 'LOCAL');
    await client.datasets.update('tank/p/c', { sync: 'INHERIT' });
    assert.equal((await client.datasets.get('tank/p/c')).sync, 'ALWAYS');
    assert.equal((await failure(client.datasets.delete('tank/p'))).errname, 'ENOTEMPTY');
  });

  it('refuses to delete a dataset with snapshots unless recursive', async () => {
    await client.datasets.create({ name: 'tank/s' });
    await client.snapshots.create({ dataset: 'tank/s', name: 'keep' });
    const err = await failure(client.datasets.delete('tank/s'));
    assert.equal(err.errname, 'EFAULT');
    assert.match(err.serverMessage, /filesystem has children\nuse '-r'.*\ntank\/s@keep/s);
    await client.datasets.delete('tank/s', { recursive: true });
    assert.equal(sim.state.snapshots.size, 0);
  });

  it('checks iSCSI references, numbers LUNs from the lowest free and maps an extent once', async () => {
    const portal = await client.iscsi.portals.create({ listen: [{ ip: '0.0.0.0' }] });
    assert.match((await failure(client.iscsi.targets.create({ name: 'Bad_Name' }))).serverMessage, /lowercase alphanumeric/);
    assert.equal((await failure(client.iscsi.targets.create({ name: 't', groups: [{ portal: 99 }] }))).attribute, 'iscsi_target_create.groups.0.portal');
    const target = await client.iscsi.targets.create({ name: 't', groups: [{ portal: portal.id }] });
    assert.deepEqual(target.groups, [{ portal: portal.id, initiator: null, authmethod: 'NONE', auth: null }]);
    assert.match((await failure(client.iscsi.extents.create({ name: 'e', disk: 'zvol/tank/none' }))).serverMessage, /does not exist/);
    assert.equal(
      (await failure(client.iscsi.extents.create({ name: 'e', disk: 'zvol/tank/none', blocksize: '512' as unknown as 512 }))).issues.some(
        (i) => i.attribute === 'iscsi_extent_create.blocksize',
      ),
      true,
    );
    const extents = [];
    for (let i = 0; i < 3; i++) {
      await client.datasets.create({ name: `tank/z${i}`, type: 'VOLUME', volsize: GiB });
      extents.push(await client.iscsi.extents.create({ name: `e${i}`, disk: `zvol/tank/z${i}` }));
    }
    const maps = [];
    for (const extent of extents) maps.push(await client.iscsi.targetExtents.create({ target: target.id, extent: extent.id }));
    assert.deepEqual(
      maps.map((m) => m.lunid),
      [0, 1, 2],
    );
    assert.equal(
      (await failure(client.iscsi.targetExtents.create({ target: target.id, extent: extents[0]!.id }))).serverMessage,
      'iscsi_targetextent_create.extent: Extent is already in use.',
    );
    await client.iscsi.targetExtents.delete(maps[1]!.id);
    await client.datasets.create({ name: 'tank/z3', type: 'VOLUME', volsize: GiB });
    const fourth = await client.iscsi.extents.create({ name: 'e3', disk: 'zvol/tank/z3' });
    assert.equal((await client.iscsi.targetExtents.create({ target: target.id, extent: fourth.id })).lunid, 1, 'the gap is reused');
  });

  it('deletes a zvol together with its enabled extents, their mappings and targets left empty', async () => {
    const portal = await client.iscsi.portals.create({ listen: [{ ip: '0.0.0.0' }] });
    const target = await client.iscsi.targets.create({ name: 'lonely', groups: [{ portal: portal.id }] });
    await client.datasets.create({ name: 'tank/vm', type: 'VOLUME', volsize: GiB });
    await client.datasets.create({ name: 'tank/other', type: 'VOLUME', volsize: GiB });
    const extent = await client.iscsi.extents.create({ name: 'vm', disk: 'zvol/tank/vm' });
    const disabled = await client.iscsi.extents.create({ name: 'off', disk: 'zvol/tank/vm', enabled: false });
    await client.iscsi.targetExtents.create({ target: target.id, extent: extent.id });
    await client.datasets.delete('tank/vm');
    assert.equal(await client.iscsi.extents.find(extent.id), undefined);
    assert.equal(await client.iscsi.targets.find(target.id), undefined);
    assert.deepEqual(await client.iscsi.targetExtents.query(), []);
    assert.ok(await client.iscsi.extents.find(disabled.id), 'a disabled extent survives, orphaned');
  });

  it('removes a deleted portal from targets and renumbers the tags', async () => {
    const a = await client.iscsi.portals.create({ listen: [{ ip: '10.0.0.1' }] });
    const b = await client.iscsi.portals.create({ listen: [{ ip: '10.0.0.2' }] });
    assert.equal(b.tag, 2);
    assert.match((await failure(client.iscsi.portals.create({ listen: [{ ip: '10.0.0.1' }] }))).serverMessage, /already in use/);
    const target = await client.iscsi.targets.create({ name: 'two', groups: [{ portal: a.id }, { portal: b.id }] });
    await client.iscsi.portals.delete(a.id);
    assert.equal((await client.iscsi.portals.get(b.id)).tag, 1);
    assert.deepEqual(
      (await client.iscsi.targets.get(target.id)).groups.map((g) => g.portal),
      [b.id],
    );
  });

  it('lets tests change state out of band (drift and deletion outside Terraform)', async () => {
    await client.datasets.create({ name: 'tank/drift', comments: 'mine' });
    sim.state.datasets.get('tank/drift')!.user['org.freenas:description'] = 'theirs';
    assert.equal((await client.datasets.get('tank/drift')).comments, 'theirs');
    assert.deepEqual(sim.state.inventory()['datasets'], ['tank', 'tank/drift']);
    sim.state.datasets.delete('tank/drift');
    assert.equal(await client.datasets.find('tank/drift'), undefined);
    assert.deepEqual(sim.state.inventory()['datasets'], ['tank']);
  });
});

describe('simulated network.configuration.update', () => {
  it('refuses bad name servers, an unreachable gateway and bad names as the plugin does, and keeps the effective state', async () => {
    const sim = await startTrueNASSimulator({ apiKeys: [key], version: '25.10.6', interfaceAddresses: ['127.0.0.1', '192.168.1.10/24'] });
    const client = new TrueNASClient({ endpoint: sim.url, apiKey: key, cacheMaxItems: 0 });
    try {
      const refused = async (patch: Record<string, unknown>) => (await failure(client.serviceConfigs.update('network.configuration', patch))).serverMessage;
      assert.equal(await refused({ nameserver1: '127.0.0.53' }), 'global_configuration_update.nameserver1: Loopback is not a valid nameserver');
      assert.equal(await refused({ nameserver1: '169.254.1.1' }), 'global_configuration_update.nameserver1: 169.254/16 subnet is not valid for nameserver');
      assert.match(
        await refused({ nameserver1: '1.1.1.1', nameserver3: '9.9.9.9' }),
        /nameserver: When providing nameservers, they must be provided in consecutive order/,
      );
      assert.equal(await refused({ ipv4gateway: '10.0.0.1' }), 'global_configuration_update.ipv4gateway: Gateway 10.0.0.1 is unreachable');
      assert.match(await refused({ hostname: 'nas_1' }), /hostname: Hostname can only contain letters, numbers, periods, and dashes/);
      assert.match(await refused({ domains: ['a', 'b', 'c', 'd', 'e', 'f'] }), /domains: No more than 5 additional domains are allowed/);
      // The second name server alone is fine: the first is already set.
      await client.serviceConfigs.update('network.configuration', { nameserver1: '1.1.1.1' });
      const updated = await client.serviceConfigs.update('network.configuration', { nameserver2: '9.9.9.9', ipv4gateway: '192.168.1.1', hostname: 'nas' });
      assert.equal(updated['hostname_local'], 'nas');
      assert.deepEqual(updated['state'], {
        ipv4gateway: '192.168.1.1',
        ipv6gateway: '',
        nameserver1: '1.1.1.1',
        nameserver2: '9.9.9.9',
        nameserver3: '',
        hosts: [],
      });
    } finally {
      client.close();
      await sim.stop();
    }
  });
});
