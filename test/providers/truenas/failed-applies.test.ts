// Applies the server fails part-way: a create whose call or job fails after the object was made
// (the real user.create inserts the user and then reloads services; certificate.create inserts
// the certificate and then starts the ssl service; pool.dataset.create creates the ZFS dataset and
// then mounts it and sets its ACL) keeps that object in state, so terraform taints it and the next
// apply replaces it instead of failing on "already exists"; one that fails before writing leaves
// nothing in state or on the server; a service whose start job fails after `enable` changed is
// kept in state with what the server holds.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { userResource } from '../../../src/providers/truenas/resources/user.js';
import { groupResource } from '../../../src/providers/truenas/resources/group.js';
import { zvolResource } from '../../../src/providers/truenas/resources/zvol.js';
import { datasetResource } from '../../../src/providers/truenas/resources/dataset.js';
import { certificateResource } from '../../../src/providers/truenas/resources/certificate.js';
import { iscsiTargetResource } from '../../../src/providers/truenas/resources/iscsi-target.js';
import { serviceResource } from '../../../src/providers/truenas/resources/service.js';
import { nfsShareResource } from '../../../src/providers/truenas/resources/nfs-share.js';
import { iscsiPortalResource } from '../../../src/providers/truenas/resources/iscsi-portal.js';
import { iscsiInitiatorResource } from '../../../src/providers/truenas/resources/iscsi-initiator.js';
import { apiKeyResource } from '../../../src/providers/truenas/resources/api-key.js';
import { apiKeyEphemeral } from '../../../src/providers/truenas/ephemeral/api-key.js';
import { GiB, simWithClient } from './sim-client.js';
import { inProcess, type Attributes } from './plan-apply.js';

// One simulator for the file: each case makes objects of its own names.
let sim: TrueNASSimulator;
let client: TrueNASClient;
before(async () => ({ sim, client } = await simWithClient()));
after(async () => {
  client.close();
  await sim.stop();
});

interface Case {
  readonly label: string;
  readonly resource: unknown;
  readonly method: string;
  readonly config: Attributes;
  /** The object's id as the simulator lists it, to check it is on the server. */
  readonly onServer: (id: unknown) => boolean;
}

const cases: readonly Case[] = [
  {
    label: 'truenas_user',
    resource: userResource,
    method: 'user.create',
    config: { username: 'halfmade', full_name: 'Half Made', password: 'secret-pass-1' },
    onServer: (id) => sim.state.users.list().some((u) => u.id === id),
  },
  {
    label: 'truenas_group',
    resource: groupResource,
    method: 'group.create',
    config: { name: 'halfgroup' },
    onServer: (id) => sim.state.groups.list().some((g) => g.id === id),
  },
  {
    label: 'truenas_zvol',
    resource: zvolResource,
    method: 'pool.dataset.create',
    config: { name: 'tank/halfzvol', volsize: GiB },
    onServer: (id) => sim.state.datasets.has(String(id)),
  },
  {
    label: 'truenas_dataset',
    resource: datasetResource,
    method: 'pool.dataset.create',
    config: { name: 'tank/halfdataset' },
    onServer: (id) => sim.state.datasets.has(String(id)),
  },
  {
    label: 'truenas_certificate (a job)',
    resource: certificateResource,
    method: 'certificate.create',
    config: { name: 'halfcsr', common: 'nas.example.com', san: ['nas.example.com'], key_type: 'EC' },
    onServer: (id) => sim.state.crypto.certificates.list().some((c) => c.id === id),
  },
  {
    label: 'truenas_iscsi_target',
    resource: iscsiTargetResource,
    method: 'iscsi.target.create',
    config: { name: 'halftarget' },
    onServer: (id) => sim.state.targets.list().some((t) => t.id === id),
  },
  {
    // Kinds without a unique name whose match the server keeps unique (a second export to the same network is refused).
    label: 'truenas_nfs_share',
    resource: nfsShareResource,
    method: 'sharing.nfs.create',
    config: { path: '/mnt/tank', networks: ['10.9.0.0/16'] },
    onServer: (id) => sim.state.nfsShares.list().some((s) => s.id === id),
  },
  {
    label: 'truenas_iscsi_portal',
    resource: iscsiPortalResource,
    method: 'iscsi.portal.create',
    config: { listen: ['0.0.0.0'] },
    onServer: (id) => sim.state.portals.list().some((p) => p.id === id),
  },
  {
    // Nothing about an initiator group is unique: the row that was not there before is the one made.
    label: 'truenas_iscsi_initiator',
    resource: iscsiInitiatorResource,
    method: 'iscsi.initiator.create',
    config: { initiators: ['iqn.2005-10.org.freenas.ctl:half'], comment: 'half' },
    onServer: (id) => sim.state.initiators.list().some((i) => i.id === id),
  },
];

describe('a create the server fails after making the object', () => {
  for (const c of cases) {
    it(`${c.label}: the object is in state (so terraform taints it) and the server has it`, async () => {
      sim.faults.failCall = { method: c.method, afterRun: true };
      const applied = await inProcess(c.resource, client).apply(c.config, null);
      assert.equal(sim.faults.failCall, null, 'the fault was met');
      assert.equal(applied.errors.length, 1, applied.errors.join('\n'));
      assert.match(applied.errors[0]!, new RegExp(`Simulated failure of ${c.method.replace(/\./g, '\\.')}`));
      assert.ok(applied.state !== null && applied.state['id'] !== null, 'kept in state');
      assert.ok(c.onServer(applied.state['id']), 'the state names the object the server has');
    });
  }

  it('an identical initiator group that was there before is not taken for one the failed create made', async () => {
    const config = { initiators: ['iqn.2005-10.org.freenas.ctl:twin'], comment: 'twin' };
    const initiators = inProcess(iscsiInitiatorResource, client);
    const first = await initiators.apply(config, null);
    assert.deepEqual(first.errors, []);
    sim.faults.failCall = { method: 'iscsi.initiator.create', afterRun: false };
    const failed = await initiators.apply(config, null);
    assert.equal(failed.errors.length, 1);
    assert.equal(failed.state, null);
  });

  it('a zvol that was there before is not taken for one a failed create made (ZFS refuses with EFAULT)', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/twinzvol', type: 'VOLUME', volsize: GiB }]);
    const failed = await inProcess(zvolResource, client).apply({ name: 'tank/twinzvol', volsize: GiB }, null);
    assert.equal(failed.errors.length, 1);
    assert.match(failed.errors[0]!, /already exists/);
    assert.equal(failed.state, null, 'not in state: a destroy must never take it');
  });

  it('a create refused before anything was written leaves nothing in state or on the server', async () => {
    sim.faults.failCall = { method: 'user.create', afterRun: false };
    const applied = await inProcess(userResource, client).apply({ username: 'nevermade', full_name: 'Never', password: 'secret-pass-1' }, null);
    assert.equal(applied.errors.length, 1);
    assert.equal(applied.state, null);
    assert.equal(
      sim.state.users.list().some((u) => u.username === 'nevermade'),
      false,
    );
  });
});

describe('truenas_service whose start job fails', () => {
  it('is kept in state, enabled as the server now holds it and not running', async () => {
    sim.faults.failNextJobs = 1;
    const applied = await inProcess(serviceResource, client).apply({ service: 'nfs', enable: true, running: true }, null);
    assert.equal(applied.errors.length, 1, applied.errors.join('\n'));
    assert.deepEqual([applied.state?.['id'], applied.state?.['enable'], applied.state?.['running']], ['nfs', true, false]);
  });
});

describe('truenas_api_key whose create answer is lost', () => {
  it('is kept in state, tainted (its secret is gone), not left behind', async () => {
    const keys = inProcess(apiKeyResource, client);
    await client.system.info(); // logged in: the login is no call the fault counts
    // The name check passes; the socket of the create drops after it ran.
    sim.faults.dropSocketAfterCalls = 1;
    sim.faults.dropExecutesCall = true;
    const applied = await keys.apply({ name: 'lost-answer', username: 'root' }, null);
    assert.equal(sim.faults.dropSocketAfterCalls, null, 'the fault was met');
    assert.equal(applied.errors.length, 1, applied.errors.join('\n'));
    assert.match(applied.errors[0]!, /secret was lost/);
    const made = sim.state.apiKeys.list().filter((k) => k.name === 'lost-answer');
    assert.equal(made.length, 1);
    assert.equal(applied.state?.['id'], made[0]!.id);
  });

  it('a key of that name that was there before is never taken for the lost one', async () => {
    await client.call('api_key.create', [{ name: 'was-there', username: 'root' }]);
    await client.system.info();
    sim.faults.dropSocketAfterCalls = 1;
    sim.faults.dropExecutesCall = true;
    const applied = await inProcess(apiKeyResource, client).apply({ name: 'was-there', username: 'root' }, null);
    assert.equal(applied.errors.length, 1);
    assert.equal(applied.state, null);
  });
});

describe('the ephemeral truenas_api_key whose create answer is lost', () => {
  it('deletes the key the lost create made (its secret is gone, no state holds it) and fails', async () => {
    const open = (config: Record<string, unknown>) =>
      (apiKeyEphemeral as unknown as { open(ctx: unknown, config: Record<string, unknown>): Promise<unknown> }).open({ provider: { client } }, config);
    await client.system.info(); // logged in: the login is no call the fault counts
    sim.faults.dropSocketAfterCalls = 1;
    sim.faults.dropExecutesCall = true;
    await assert.rejects(open({ username: 'root', name: 'ephemeral-lost', expire_in: 3600 }), /secret was lost/);
    assert.equal(sim.faults.dropSocketAfterCalls, null, 'the fault was met');
    assert.deepEqual(
      sim.state.apiKeys.list().filter((k) => k.name === 'ephemeral-lost'),
      [],
    );
  });
});

describe('truenas_certificate whose delete job fails after deleting the row', () => {
  it('stays in state, and the second destroy finds it gone and succeeds', async () => {
    const certificate = inProcess(certificateResource, client);
    const created = await certificate.apply({ name: 'delcsr', common: 'nas.example.com', san: ['nas.example.com'], key_type: 'EC' }, null);
    assert.deepEqual(created.errors, []);
    sim.faults.failCall = { method: 'certificate.delete', afterRun: true };
    const failed = await certificate.destroy(created.state);
    assert.equal(failed.errors.length, 1);
    assert.deepEqual(failed.state, created.state, 'kept in state');
    const again = await certificate.destroy(created.state);
    assert.deepEqual([again.errors, again.state], [[], null]);
  });
});
