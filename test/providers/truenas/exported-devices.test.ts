// The storage/sharing audit's T3 findings on the provider side, against the simulator: a zvol or
// file exported over both iSCSI and NVMe-oF (#13), the backing file a FILE extent or namespace
// leaves (#15), the dRAID volblocksize default (#17) and SPDK on nvmet.global (#10).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { TrueNASSimulator, TrueNASSimulatorOptions } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { ObjectView } from '../../../src/framework/object-view.js';
import type { Value } from '../../../src/values/types.js';
import { AttributeError, attributePath } from '../../../src/framework/diagnostics.js';
import { explainTruenasError } from '../../../src/providers/truenas/api-errors.js';
import { iscsiExtentResource } from '../../../src/providers/truenas/resources/iscsi-extent.js';
import { nvmetNamespaceResource } from '../../../src/providers/truenas/resources/nvmet-namespace.js';
import { nvmetGlobalResource } from '../../../src/providers/truenas/resources/nvmet-global.js';
import { zvolResource } from '../../../src/providers/truenas/resources/zvol.js';
import { simWithClient, GiB, type Row } from './sim-client.js';

type Model = Record<string, unknown>;
interface Operations {
  modifyPlan?: unknown;
  validateConfig?: unknown;
  create(ctx: unknown, plan: Model): Promise<Model>;
  update(ctx: unknown, plan: Model, prior: Model): Promise<Model>;
  delete(ctx: unknown, state: Model): Promise<void>;
}
const ops = (resource: unknown) => resource as Operations;

/** Every attribute of the schema null, then `values`. */
function full(resource: { schema: { attributes: Record<string, unknown> } }, values: Model): Model {
  return { ...Object.fromEntries(Object.keys(resource.schema.attributes).map((name) => [name, null])), ...values };
}

/** The plan's errors as "attribute: detail". */
async function planErrors(resource: unknown, client: TrueNASClient, config: Model, prior: Model | null = null): Promise<string[]> {
  const errors: string[] = [];
  const hook = ops(resource).modifyPlan as (ctx: object) => Promise<void>;
  await hook({
    creating: prior === null,
    config: new ObjectView(config as Value),
    prior: new ObjectView(prior as Value),
    planned: new ObjectView(config as Value),
    setPlanned: () => {},
    provider: { client },
    error: (path: string, _summary: string, detail: string) => errors.push(`${path}: ${detail}`),
    warn: () => {},
    requireReplace: () => {},
    refuseUpdate: () => {},
  });
  return errors;
}

function validateErrors(resource: unknown, config: Model): string[] {
  const errors: string[] = [];
  const hook = ops(resource).validateConfig as (ctx: object) => void;
  hook({ config: new ObjectView(config as Value), error: (path: string) => errors.push(path), warn: () => {} });
  return errors;
}

let sim: TrueNASSimulator;
let client: TrueNASClient;
async function start(options: TrueNASSimulatorOptions = {}): Promise<void> {
  ({ sim, client } = await simWithClient(options));
}
afterEach(async () => {
  client.close();
  await sim.stop();
});

const extent = (values: Model) =>
  full(iscsiExtentResource, {
    type: 'DISK',
    blocksize: 512,
    pblocksize: false,
    rpm: 'SSD',
    ro: false,
    enabled: true,
    insecure_tpc: true,
    xen: false,
    comment: '',
    remove_file_on_destroy: false,
    ...values,
  });
const namespace = (values: Model) => full(nvmetNamespaceResource, { enabled: true, remove_file_on_destroy: false, ...values });

describe('one protocol per zvol or file (T3 #13)', () => {
  it('refuses at plan an extent on what a namespace exports, and a namespace on what an extent exports', async () => {
    await start();
    for (const name of ['tank/v', 'tank/w']) await client.call('pool.dataset.create', [{ name, type: 'VOLUME', volsize: GiB }]);
    await client.call('pool.dataset.create', [{ name: 'tank/files' }]);
    const subsys = (await client.call('nvmet.subsys.create', [{ name: 'sub' }])) as Row;
    await client.call('nvmet.namespace.create', [{ subsys_id: subsys.id, device_type: 'ZVOL', device_path: 'zvol/tank/v' }]);
    await client.call('nvmet.namespace.create', [{ subsys_id: subsys.id, device_type: 'FILE', device_path: '/mnt/tank/files/a.img', filesize: GiB }]);
    await client.call('iscsi.extent.create', [{ name: 'w', type: 'DISK', disk: 'zvol/tank/w' }]);

    const disk = await planErrors(iscsiExtentResource, client, extent({ name: 'v', zvol: 'tank/v' }));
    assert.equal(disk.length, 1);
    assert.match(
      disk[0]!,
      /^zvol: NVMe-oF namespace subsystem sub NSID 1 \(id \d+\) already exports tank\/v.*"Disk currently in use by NVMe-oF subsystem sub NSID 1"/,
    );
    const file = await planErrors(iscsiExtentResource, client, extent({ name: 'f', type: 'FILE', path: '/mnt/tank/files/a.img', filesize: GiB }));
    assert.match(file[0] ?? '', /^path: .*"File currently in use by NVMe-oF subsystem sub NSID 2"/);
    // An extent that stays on its zvol is not asked about again; one moving onto the namespace's is.
    const prior = extent({ id: 1, name: 'w', zvol: 'tank/w' });
    assert.deepEqual(await planErrors(iscsiExtentResource, client, prior, prior), []);
    assert.match((await planErrors(iscsiExtentResource, client, { ...prior, zvol: 'tank/v' }, prior))[0] ?? '', /^zvol: NVMe-oF namespace/);

    const onExtent = await planErrors(nvmetNamespaceResource, client, namespace({ subsys_id: subsys.id, device_type: 'ZVOL', device_path: 'zvol/tank/w' }));
    assert.deepEqual(onExtent.length, 1);
    assert.match(onExtent[0]!, /^device_path: iSCSI extent "w" \(id \d+\) already exports zvol\/tank\/w.*"This device_path already used by iSCSI extent: w"/);
    const twice = await planErrors(nvmetNamespaceResource, client, namespace({ subsys_id: subsys.id, device_type: 'ZVOL', device_path: 'zvol/tank/v' }));
    assert.match(twice[0] ?? '', /^device_path: NVMe-oF namespace subsystem sub NSID 1 .*already used by subsystem: sub/);
  });

  it('both new in one configuration: the second create is refused before anything is made, the error on zvol', async () => {
    await start();
    await client.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
    const subsys = (await client.call('nvmet.subsys.create', [{ name: 'sub' }])) as Row;
    const ctx = { provider: { client } };
    // Both planned while neither existed: the plan found nothing to refuse.
    const extentPlan = extent({ name: 'v', zvol: 'tank/v' });
    assert.deepEqual(await planErrors(iscsiExtentResource, client, extentPlan), []);
    await ops(nvmetNamespaceResource).create(ctx, namespace({ subsys_id: subsys.id, device_type: 'ZVOL', device_path: 'zvol/tank/v' }));
    const error = await ops(iscsiExtentResource)
      .create(ctx, extentPlan)
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    assert.ok(error, 'the extent was created');
    assert.deepEqual(sim.state.inventory()['extents'], [], 'no extent left behind');
    const explained = explainTruenasError(error, { resourceType: 'truenas_iscsi_extent', operation: 'create', values: new ObjectView(extentPlan as Value) });
    assert.ok(explained instanceof AttributeError);
    assert.deepEqual(explained.path, attributePath('zvol'));
    assert.match(explained.message, /^zvol: zvol: Disk currently in use by NVMe-oF subsystem sub NSID 1/);
  });
});

describe('remove_file_on_destroy (T3 #15)', () => {
  it('deletes the backing file of a FILE extent or namespace only when set; never a zvol', async () => {
    await start({ recordCalls: true });
    await client.call('pool.dataset.create', [{ name: 'tank/files' }]);
    await client.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
    const files = () => [...sim.state.files.keys()].sort();
    const ctx = { provider: { client } };
    const kept = await ops(iscsiExtentResource).create(ctx, extent({ name: 'kept', type: 'FILE', path: '/mnt/tank/files/kept.img', filesize: GiB }));
    const gone = await ops(iscsiExtentResource).create(ctx, extent({ name: 'gone', type: 'FILE', path: '/mnt/tank/files/gone.img', filesize: GiB }));
    assert.equal(gone['remove_file_on_destroy'], false);
    // Turning it on changes the state only: nothing is sent.
    const updatesBefore = sim.acceptedCalls.filter((c) => c.method === 'iscsi.extent.update').length;
    const flagged = await ops(iscsiExtentResource).update(ctx, { ...gone, remove_file_on_destroy: true }, gone);
    assert.equal(flagged['remove_file_on_destroy'], true);
    assert.equal(sim.acceptedCalls.filter((c) => c.method === 'iscsi.extent.update').length, updatesBefore);
    await ops(iscsiExtentResource).delete(ctx, kept);
    await ops(iscsiExtentResource).delete(ctx, flagged);
    assert.deepEqual(files(), ['/mnt/tank/files/kept.img']);
    const disk = await ops(iscsiExtentResource).create(ctx, extent({ name: 'd', zvol: 'tank/v' }));
    await ops(iscsiExtentResource).delete(ctx, { ...disk, remove_file_on_destroy: true });
    assert.deepEqual(sim.state.inventory()['zvols'], ['tank/v']);
    assert.deepEqual(
      sim.acceptedCalls.filter((c) => c.method === 'iscsi.extent.delete').map((c) => c.params.length),
      [1, 2, 1],
      'remove is sent for the flagged FILE extent only',
    );

    const subsys = (await client.call('nvmet.subsys.create', [{ name: 'sub' }])) as Row;
    const ns = await ops(nvmetNamespaceResource).create(
      ctx,
      namespace({ subsys_id: subsys.id, device_type: 'FILE', device_path: '/mnt/tank/files/ns.img', filesize: GiB, remove_file_on_destroy: true }),
    );
    assert.equal(ns['remove_file_on_destroy'], true);
    await ops(nvmetNamespaceResource).delete(ctx, ns);
    assert.deepEqual(files(), ['/mnt/tank/files/kept.img']);
  });

  it('is refused at plan for a zvol', () => {
    assert.deepEqual(validateErrors(iscsiExtentResource, extent({ name: 'd', zvol: 'tank/v', remove_file_on_destroy: true })), ['remove_file_on_destroy']);
    assert.deepEqual(validateErrors(iscsiExtentResource, extent({ name: 'd', zvol: 'tank/v' })), []);
    const zvolNamespace = namespace({ subsys_id: 1, device_type: 'ZVOL', device_path: 'zvol/tank/v', remove_file_on_destroy: true });
    assert.deepEqual(validateErrors(nvmetNamespaceResource, zvolNamespace), ['remove_file_on_destroy']);
    assert.deepEqual(validateErrors(nvmetNamespaceResource, { ...zvolNamespace, device_type: 'FILE', device_path: '/mnt/tank/f.img' }), []);
  });
});

describe('truenas_zvol on a dRAID pool (T3 #17)', () => {
  const zvol = (values: Model) => full(zvolResource, { sparse: false, force_size: false, allow_shrink: false, ...values });

  it("plans with the pool's default and refuses less than 32K; reads back 128K", async () => {
    await start({
      pools: [
        { name: 'tank', size: 100 * GiB },
        { name: 'wide', size: 100 * GiB, layout: 'DRAID1' },
      ],
    });
    const odd = 3 * 16 * 1024 * 1024 + 16 * 1024;
    assert.deepEqual(await planErrors(zvolResource, client, zvol({ name: 'tank/v', volsize: odd })), []);
    const onDraid = await planErrors(zvolResource, client, zvol({ name: 'wide/v', volsize: odd }));
    assert.equal(onDraid.length, 1);
    assert.match(onDraid[0]!, /^volsize: .*multiple of the volume block size 128K/);
    const small = await planErrors(zvolResource, client, zvol({ name: 'wide/v', volsize: GiB, volblocksize: '16K' }));
    assert.match(small[0] ?? '', /^volblocksize: Pool "wide" is dRAID.*32K or more/);
    assert.deepEqual(await planErrors(zvolResource, client, zvol({ name: 'wide/v', volsize: GiB, volblocksize: '64K' })), []);
    const created = await ops(zvolResource).create({ provider: { client } }, zvol({ name: 'wide/v', volsize: GiB }));
    assert.equal(created['volblocksize'], '128K');
  });

  it("asks for each pool's layout once however many new zvols the plan holds", async () => {
    await start({
      recordCalls: true,
      pools: [
        { name: 'tank', size: 100 * GiB },
        { name: 'wide', size: 100 * GiB, layout: 'DRAID1' },
      ],
    });
    for (const name of ['wide/a', 'wide/b', 'tank/c', 'wide/d', 'tank/e'])
      assert.deepEqual(await planErrors(zvolResource, client, zvol({ name, volsize: GiB })), []);
    const poolQueries = sim.acceptedCalls.filter((call) => call.method === 'pool.query').map((call) => JSON.stringify(call.params[0]));
    assert.deepEqual(poolQueries.sort(), ['[["name","=","tank"]]', '[["name","=","wide"]]']);
  });
});

describe('truenas_nvmet_global kernel = false (T3 #10)', () => {
  const settings = (kernel: boolean | null) => full(nvmetGlobalResource, { kernel });

  it('is refused at plan on 25.10, and on 26.0 outside Enterprise', async () => {
    await start();
    assert.match((await planErrors(nvmetGlobalResource, client, settings(false)))[0] ?? '', /^kernel: TrueNAS 25.10 .*"Cannot disable kernel mode."/);
    assert.deepEqual(await planErrors(nvmetGlobalResource, client, settings(true)), []);
    assert.deepEqual(await planErrors(nvmetGlobalResource, client, settings(null)), []);
    client.close();
    await sim.stop();
    await start({ version: '26.0.0' });
    assert.match(
      (await planErrors(nvmetGlobalResource, client, settings(false)))[0] ?? '',
      /^kernel: .*"SPDK is limited to enterprise licensed systems only."\); this one is COMMUNITY_EDITION/,
    );
    // Already on SPDK (an Enterprise system): nothing switches.
    assert.deepEqual(await planErrors(nvmetGlobalResource, client, settings(false), settings(false)), []);
  });
});

describe('truenas_iscsi_extent and truenas_nvmet_namespace: what else the server refuses (T3 review)', () => {
  it('refuses at plan a double quote, a FILE path outside a pool, a filesize off the block size, a writable snapshot', () => {
    const { name, serial } = iscsiExtentResource.schema.attributes;
    assert.match(name.validators?.map((v) => v.validate('a"b')).find(Boolean) ?? '', /without double quotes/);
    assert.match(serial.validators?.map((v) => v.validate('s"1')).find(Boolean) ?? '', /without double quotes/);
    const file = (values: Model) => extent({ name: 'f', type: 'FILE', path: '/mnt/tank/iscsi/lun0.img', filesize: 1048576, ...values });
    assert.deepEqual(validateErrors(iscsiExtentResource, file({})), []);
    assert.deepEqual(validateErrors(iscsiExtentResource, file({ filesize: 0 })), [], '0: the existing file as it is');
    assert.deepEqual(validateErrors(iscsiExtentResource, file({ path: '/tmp/lun0.img' })), ['path']);
    assert.deepEqual(validateErrors(iscsiExtentResource, file({ path: '/mnt/tank/iscsi/' })), ['path']);
    assert.deepEqual(validateErrors(iscsiExtentResource, file({ filesize: 1000 })), ['filesize']);
    assert.deepEqual(validateErrors(iscsiExtentResource, file({ filesize: 6144, blocksize: 4096 })), ['filesize']);
    assert.deepEqual(validateErrors(iscsiExtentResource, extent({ name: 's', zvol: 'tank/v@snap' })), ['ro']);
    assert.deepEqual(validateErrors(iscsiExtentResource, extent({ name: 's', zvol: 'tank/v@snap', ro: true })), []);
  });

  it('refuses to shrink a file (warned at plan, refused at apply) and, from 25.10, a path with spaces', async () => {
    await start();
    const refusals: string[] = [];
    const plan = async (resource: unknown, config: Model, prior: Model) => {
      const hook = ops(resource).modifyPlan as (ctx: object) => Promise<void>;
      await hook({
        creating: false,
        config: new ObjectView(config as Value),
        prior: new ObjectView(prior as Value),
        provider: { client },
        error: (path: string) => refusals.push(`error ${path}`),
        warn: () => {},
        refuseUpdate: (path: string) => refusals.push(`refused ${path}`),
      });
    };
    const lun = extent({ id: 1, name: 'f', type: 'FILE', path: '/mnt/tank/iscsi/lun0.img', filesize: 2 * 1048576 });
    await plan(iscsiExtentResource, { ...lun, filesize: 1048576 }, lun);
    await plan(iscsiExtentResource, { ...lun, filesize: 4 * 1048576 }, lun);
    await plan(iscsiExtentResource, { ...lun, filesize: 1048576, path: '/mnt/tank/iscsi/lun1.img' }, lun);
    const ns = namespace({ id: 1, subsys_id: 1, device_type: 'FILE', device_path: '/mnt/tank/nvme/ns0.img', filesize: 2 * 1048576 });
    await plan(nvmetNamespaceResource, { ...ns, filesize: 1048576 }, ns);
    assert.deepEqual(refusals, ['refused filesize', 'refused filesize']);
    refusals.length = 0;
    await plan(iscsiExtentResource, { ...lun, path: '/mnt/tank/iscsi/my lun.img' }, lun);
    assert.deepEqual(refusals, ['error path']);
  });
});
