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
