// Writes terraform runs at once (-parallelism=10) against a server whose job locks queue at most
// five jobs and whose creates allocate numbers from rows they read without a lock: every
// resource must get an object of its own. Races are made certain by the simulator (jobs that take
// their time, a window between a create's checks and its insert), never by sleeps in the test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { tunableResource } from '../../../src/providers/truenas/resources/tunable.js';
import { iscsiTargetExtentResource } from '../../../src/providers/truenas/resources/iscsi-targetextent.js';
import { nvmetPortResource } from '../../../src/providers/truenas/resources/nvmet-port.js';
import { iscsiPortalResource } from '../../../src/providers/truenas/resources/iscsi-portal.js';
import { iscsiInitiatorResource } from '../../../src/providers/truenas/resources/iscsi-initiator.js';
import { filesystemPermissionsResource } from '../../../src/providers/truenas/resources/filesystem-permissions.js';
import { datasetResource } from '../../../src/providers/truenas/resources/dataset.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { inProcess } from './plan-apply.js';
import { clientOf, simWithClient } from './sim-client.js';
import { silentLogger, type Logger } from '../../../src/log/logger.js';

describe('TrueNAS writes applied at once', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  before(async () => ({ sim, client } = await simWithClient()));
  after(async () => {
    client.close();
    await sim.stop();
  });

  it('gives each of eight tunables its own job although the tunable_crud lock queues only five', async () => {
    // Each job runs a while, so all eight calls would meet the lock while the first one holds it.
    sim.faults.jobRunMs = 50;
    for (let i = 0; i < 8; i++) sim.state.systemSettings.sysctls.set(`net.core.truemox_${i}`, '0');
    try {
      const tunables = inProcess(tunableResource, client);
      const applied = await Promise.all(
        Array.from({ length: 8 }, (_, i) => tunables.apply({ type: 'SYSCTL', var: `net.core.truemox_${i}`, value: String(i) }, null)),
      );
      assert.deepEqual(
        applied.flatMap((a) => a.errors),
        [],
      );
      const ids = applied.map((a) => a.state['id']);
      assert.equal(new Set(ids).size, 8, `distinct ids: ${ids.join(',')}`);
      assert.deepEqual(
        applied.map((a) => a.state['var']),
        Array.from({ length: 8 }, (_, i) => `net.core.truemox_${i}`),
      );
      assert.equal(sim.state.systemSettings.tables.tunable.list().length, 8);
      await Promise.all(applied.map((a) => tunables.destroy(a.state)));
      assert.equal(sim.state.systemSettings.tables.tunable.list().length, 0);
    } finally {
      sim.faults.jobRunMs = 0;
    }
  });

  it('applies its permissions although other callers filled the perm_change queue', async () => {
    await client.datasets.create({ name: 'tank/theirs' });
    await client.datasets.create({ name: 'tank/ours' });
    // Another caller's six permission changes: one runs, five wait, so our call is dropped and
    // answered with the last of theirs.
    sim.faults.jobRunMs = 100;
    try {
      const theirs = Array.from({ length: 6 }, (_, i) => client.call('filesystem.setperm', [{ path: '/mnt/tank/theirs', mode: `75${i}` }]));
      await Promise.all(theirs);
      const applied = await inProcess(filesystemPermissionsResource, client).apply({ path: '/mnt/tank/ours', user: 'root', group: 'root', mode: '700' }, null);
      assert.deepEqual(applied.errors, []);
      assert.equal(sim.state.pathPerms.get('/mnt/tank/ours')?.mode, 0o700);
    } finally {
      sim.faults.jobRunMs = 0;
    }
  });

  it("stops a service although the middleware's own reloads of it filled the service's lock queue", async () => {
    await client.services.control('START', 'nfs');
    // Share writes queue reloads of nfs under service_nfs (service_mixin.py): one runs, five wait,
    // so our STOP is dropped and answered with the last reload, which is not a stop.
    sim.faults.jobRunMs = 100;
    try {
      const reloads = await Promise.all(Array.from({ length: 6 }, () => sim.runInternalJob('service.control', ['RELOAD', 'nfs', {}])));
      assert.equal(new Set(reloads.map((r) => r.id)).size, 6, 'six jobs of their own');
      await client.services.control('STOP', 'nfs');
      assert.equal(sim.state.services.list().find((service) => service.service === 'nfs')?.state, 'STOPPED');
      await Promise.all(reloads.map((r) => r.done));
    } finally {
      sim.faults.jobRunMs = 0;
    }
  });

  it('stops nfs while six NFS share writes of another caller wait for their reloads of it', async () => {
    await client.services.control('START', 'nfs');
    sim.faults.jobRunMs = 100;
    try {
      // Each share create ends with a service.control RELOAD of nfs the middleware starts itself
      // (plugins/nfs.py:479): one runs, five wait, and our STOP meets the full queue.
      const shares = Array.from({ length: 6 }, (_, i) => client.call('sharing.nfs.create', [{ path: '/mnt/tank', networks: [`10.9.${i}.0/24`] }]));
      while ([...sim.state.jobs.values()].filter((job) => job.method === 'service.control' && job.state === 'WAITING').length < 5)
        await new Promise((resolve) => setImmediate(resolve));
      await client.services.control('STOP', 'nfs');
      assert.equal(sim.state.services.list().find((service) => service.service === 'nfs')?.state, 'STOPPED');
      await Promise.all(shares);
    } finally {
      sim.faults.jobRunMs = 0;
    }
  });

  it('applies eight iSCSI initiator groups while each write waits for its reload of a running iscsitarget, then stops it', async () => {
    await client.services.control('START', 'iscsitarget');
    // Each write ends with a service.control RELOAD under service_iscsitarget (plugins/iscsi_/
    // initiator.py:61): one runs, five wait, and the writes past them are handed the last one.
    sim.faults.jobRunMs = 50;
    try {
      const initiators = inProcess(iscsiInitiatorResource, client);
      const applied = await Promise.all(Array.from({ length: 8 }, (_, i) => initiators.apply({ initiators: [`iqn.2005-10.org.example:${i}`] }, null)));
      assert.deepEqual(
        applied.flatMap((a) => a.errors),
        [],
      );
      assert.equal(sim.state.initiators.list().length, 8);
      assert.ok([...sim.state.jobs.values()].some((job) => job.method === 'service.control' && (job.arguments as unknown[])[0] === 'RELOAD'));
      const destroyed = Promise.all(applied.map((a) => initiators.destroy(a.state)));
      await client.services.control('STOP', 'iscsitarget');
      assert.deepEqual(
        (await destroyed).flatMap((d) => d.errors),
        [],
      );
      assert.equal(sim.state.services.list().find((service) => service.service === 'iscsitarget')?.state, 'STOPPED');
      assert.equal(sim.state.initiators.list().length, 0);
    } finally {
      sim.faults.jobRunMs = 0;
    }
  });

  it('creates a child dataset after the parent it names literally, and deletes it before, when both are applied at once', async () => {
    const datasets = inProcess(datasetResource, client);
    // The child first: terraform starts both, nothing orders them.
    const applied = await Promise.all([datasets.apply({ name: 'tank/literal/child' }, null), datasets.apply({ name: 'tank/literal' }, null)]);
    assert.deepEqual(
      applied.flatMap((a) => a.errors),
      [],
    );
    assert.ok(sim.state.datasets.has('tank/literal/child'));
    // And destroyed at once, the parent first: it is deleted once its child is gone.
    const destroyed = await Promise.all([datasets.destroy(applied[1]!.state), datasets.destroy(applied[0]!.state)]);
    assert.deepEqual(
      destroyed.flatMap((d) => d.errors),
      [],
    );
    assert.equal(sim.state.datasets.has('tank/literal'), false);
  });

  it('creates a child whose parent, named literally, terraform starts only after the child was refused; deletes the parent refused for that child alike', async () => {
    // Terraform starts the parent once one of the -parallelism operations under way ends: here,
    // once the client has had the child refused (its debug line), never by a sleep.
    let refusal: () => void = () => {};
    const logger: Logger = { ...silentLogger, debug: (message) => /refused/.test(message) && refusal(), with: () => logger };
    const waiting = clientOf(sim, { logger });
    try {
      const datasets = inProcess(datasetResource, waiting);
      const refused = () => new Promise<void>((resolve) => (refusal = resolve));
      let childRefused = refused();
      const child = datasets.apply({ name: 'tank/late/child' }, null);
      await Promise.race([childRefused, child]);
      const parent = await datasets.apply({ name: 'tank/late' }, null);
      const applied = [await child, parent];
      assert.deepEqual(
        applied.flatMap((a) => a.errors),
        [],
      );
      assert.ok(sim.state.datasets.has('tank/late/child'));
      // The parent's delete first, its child's once the parent's was refused.
      childRefused = refused();
      const parentGone = datasets.destroy(parent.state);
      await Promise.race([childRefused, parentGone]);
      const destroyed = [await datasets.destroy(applied[0]!.state), await parentGone];
      assert.deepEqual(
        destroyed.flatMap((d) => d.errors),
        [],
      );
      assert.equal(sim.state.datasets.has('tank/late'), false);
      // A parent that never comes: the refusal, once the client has been quiet a while.
      waiting.datasets.relatedWriteQuietMs = 1;
      const orphan = await datasets.apply({ name: 'tank/nowhere/child' }, null);
      assert.match(orphan.errors.join('\n'), /does not exist/);
    } finally {
      waiting.close();
    }
  });

  it('maps three extents onto one target at once, each at a LUN id of its own', async () => {
    sim.faults.raceWindowMs = 100;
    try {
      const target = await client.iscsi.targets.create({ name: 'concurrent' });
      const extents = [];
      for (let i = 0; i < 3; i++) {
        await client.datasets.create({ name: `tank/lun${i}`, type: 'VOLUME', volsize: 1024 ** 3, volblocksize: '16K' });
        extents.push(await client.iscsi.extents.create({ name: `lun${i}`, type: 'DISK', disk: `zvol/tank/lun${i}` }));
      }
      const mappings = inProcess(iscsiTargetExtentResource, client);
      const applied = await Promise.all(extents.map((extent) => mappings.apply({ target: target.id, extent: extent.id }, null)));
      assert.deepEqual(
        applied.flatMap((a) => a.errors),
        [],
      );
      const luns = sim.state.targetExtents.list().map((m) => m.lunid);
      assert.deepEqual([...luns].sort(), [0, 1, 2], `LUN ids on the target: ${luns.join(',')}`);
      assert.deepEqual(applied.map((a) => a.state['lun_id']).sort(), [0, 1, 2]);
    } finally {
      sim.faults.raceWindowMs = 0;
    }
  });

  it('creates two iSCSI portals at once, each with a tag of its own', async () => {
    sim.faults.raceWindowMs = 100;
    try {
      const portals = inProcess(iscsiPortalResource, client);
      const applied = await Promise.all(['127.0.0.1', '0.0.0.0'].map((ip) => portals.apply({ listen: [ip] }, null)));
      assert.deepEqual(
        applied.flatMap((a) => a.errors),
        [],
      );
      assert.deepEqual(applied.map((a) => a.state['tag']).sort(), [1, 2]);
      await Promise.all(applied.map((a) => portals.destroy(a.state)));
    } finally {
      sim.faults.raceWindowMs = 0;
    }
  });

  it('deletes a portal while another delete renumbers the tags, and creates one after: tags stay 1, 2, …', async () => {
    sim.state.interfaceAddresses = ['127.0.0.1', '10.0.0.1', '10.0.0.2', '10.0.0.3'];
    const portals = inProcess(iscsiPortalResource, client);
    const made = [];
    for (const ip of ['127.0.0.1', '10.0.0.1', '10.0.0.2', '10.0.0.3']) made.push((await portals.apply({ listen: [ip] }, null)).state);
    sim.faults.raceWindowMs = 100;
    try {
      // The second delete starts once the first removed its row: the first then renumbers from
      // a list that still holds the second's portal, and a create starts meanwhile.
      const first = portals.destroy(made[0]!);
      while (sim.state.portals.get(made[0]!['id'] as number)) await new Promise((resolve) => setImmediate(resolve));
      const second = portals.destroy(made[1]!);
      const created = portals.apply({ listen: ['0.0.0.0'] }, null);
      const results = await Promise.all([first, second, created]);
      assert.deepEqual(
        results.flatMap((r) => r.errors),
        [],
      );
      const tags = sim.state.portals
        .list()
        .map((p) => p.tag)
        .sort();
      assert.deepEqual(tags, [1, 2, 3], `portal tags: ${tags.join(',')}`);
      await Promise.all([made[2]!, made[3]!, (await created).state].map((state) => portals.destroy(state)));
    } finally {
      sim.faults.raceWindowMs = 0;
      sim.state.interfaceAddresses = ['127.0.0.1'];
    }
  });

  it('creates two NVMe-oF ports at once although the server picks their index without a lock', async () => {
    sim.faults.raceWindowMs = 100;
    try {
      const ports = inProcess(nvmetPortResource, client);
      const applied = await Promise.all(
        ['127.0.0.1', '0.0.0.0'].map((address) => ports.apply({ addr_trtype: 'TCP', addr_traddr: address, addr_trsvcid: 4420 }, null)),
      );
      assert.deepEqual(
        applied.flatMap((a) => a.errors),
        [],
      );
      assert.deepEqual(
        sim.state.nvmet.ports
          .list()
          .map((p) => p.index)
          .sort(),
        [1, 2],
      );
    } finally {
      sim.faults.raceWindowMs = 0;
    }
  });
});
