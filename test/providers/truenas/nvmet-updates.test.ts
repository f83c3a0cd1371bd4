// NVMe-oF namespaces and ports changed while the target runs: the server refuses any change but
// `enabled` (and a namespace's `filesize`) on an active one ("Disable first to allow change.",
// plugins/nvmet/namespace.py:309-320, port.py:299-314 @TS-25.10.6); the provider disables first.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { nvmetNamespaceResource } from '../../../src/providers/truenas/resources/nvmet-namespace.js';
import { nvmetPortResource } from '../../../src/providers/truenas/resources/nvmet-port.js';
import { simWithClient, GiB, type Row, type Updating } from './sim-client.js';
import { inProcess } from './plan-apply.js';

describe('NVMe-oF updates while the target runs (25.10)', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  let subsys: Row;
  beforeEach(async () => {
    ({ sim, client } = await simWithClient());
    for (const name of ['tank/d0', 'tank/d1']) await client.call('pool.dataset.create', [{ name, type: 'VOLUME', volsize: GiB }]);
    subsys = (await client.call('nvmet.subsys.create', [{ name: 'sub' }])) as Row;
    for (const service of sim.state.services.list()) if (service.service === 'nvmet') service.state = 'RUNNING';
  });
  afterEach(async () => {
    client.close();
    await sim.stop();
  });

  it('moves an active namespace to another zvol', async () => {
    const ns = (await client.call('nvmet.namespace.create', [{ subsys_id: subsys.id, device_type: 'ZVOL', device_path: 'zvol/tank/d0' }])) as Row;
    await assert.rejects(client.call('nvmet.namespace.update', [ns.id, { device_path: 'zvol/tank/d1' }]), /Cannot change device_path on an active namespace/);
    const prior = {
      id: ns.id,
      subsys_id: subsys.id,
      device_type: 'ZVOL',
      device_path: 'zvol/tank/d0',
      filesize: null,
      nsid: ns['nsid'],
      device_uuid: ns['device_uuid'],
      device_nguid: ns['device_nguid'],
      enabled: true,
    };
    const model = await (nvmetNamespaceResource as unknown as Updating).update({ provider: { client } }, { ...prior, device_path: 'zvol/tank/d1' }, prior);
    assert.deepEqual([model['device_path'], model['enabled'], model['id']], ['zvol/tank/d1', true, ns.id]);
  });

  it('changes the service id of an active port with a linked subsystem', async () => {
    const port = (await client.call('nvmet.port.create', [{ addr_trtype: 'TCP', addr_traddr: '0.0.0.0', addr_trsvcid: 4420 }])) as Row;
    await client.call('nvmet.port_subsys.create', [{ port_id: port.id, subsys_id: subsys.id }]);
    await assert.rejects(client.call('nvmet.port.update', [port.id, { addr_trsvcid: 4421 }]), /Cannot change addr_trsvcid on an active port/);
    const prior = {
      id: port.id,
      addr_trtype: 'TCP',
      addr_traddr: '0.0.0.0',
      addr_trsvcid: 4420,
      addr_adrfam: port['addr_adrfam'],
      inline_data_size: null,
      max_queue_size: null,
      pi_enable: null,
      enabled: true,
    };
    const model = await (nvmetPortResource as unknown as Updating).update({ provider: { client } }, { ...prior, addr_trsvcid: 4421 }, prior);
    assert.deepEqual([model['addr_trsvcid'], model['enabled']], [4421, true]);
  });
});

describe("a FILE namespace's filesize on update (25.10)", () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  let subsysId: number;
  beforeEach(async () => {
    ({ sim, client } = await simWithClient());
    await client.call('pool.dataset.create', [{ name: 'tank/files' }]);
    subsysId = ((await client.call('nvmet.subsys.create', [{ name: 'sub' }])) as Row).id;
  });
  afterEach(async () => {
    client.close();
    await sim.stop();
  });

  it('keeps the stored size when filesize is removed from the configuration', async () => {
    const ns = inProcess(nvmetNamespaceResource, client);
    const full = { subsys_id: subsysId, device_type: 'FILE', device_path: '/mnt/tank/files/a.img', filesize: GiB };
    const created = await ns.apply(full, null);
    assert.deepEqual(created.errors, []);
    const { filesize: _removed, ...unsized } = full;
    const updated = await ns.apply({ ...unsized, enabled: false }, created.state);
    assert.deepEqual(updated.errors, []);
    assert.equal(updated.planned['filesize'], GiB);
    const row = (await client.call('nvmet.namespace.get_instance', [Number(created.state['id'])])) as Row;
    assert.equal(row['filesize'], GiB, 'the server keeps its size (null would break a later change of it)');
    assert.deepEqual(await ns.changesAfterRefresh({ ...unsized, enabled: false }, updated.state), []);
  });

  it('refuses at plan time a size for a namespace stored without one, which the server fails on', async () => {
    sim.state.files.set('/mnt/tank/files/b.img', GiB);
    const ns = inProcess(nvmetNamespaceResource, client);
    const config = { subsys_id: subsysId, device_type: 'FILE', device_path: '/mnt/tank/files/b.img' };
    const created = await ns.apply(config, null);
    assert.deepEqual(created.errors, []);
    assert.equal(created.state['filesize'], null);
    const grown = await ns.apply({ ...config, filesize: 2 * GiB }, created.state);
    assert.equal(grown.errors.length, 1);
    assert.match(grown.errors[0]!, /^TrueNAS cannot add a size to this namespace/);
    // What the server does with it (plugins/nvmet/namespace.py save_file: int(old['filesize'])).
    await assert.rejects(
      client.call('nvmet.namespace.update', [Number(created.state['id']), { filesize: 2 * GiB }]),
      /int\(\) argument must be a string, a bytes-like object or a real number, not 'NoneType'/,
    );
  });
});
