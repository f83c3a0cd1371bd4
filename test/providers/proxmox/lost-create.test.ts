// A create whose answer is lost (the server made the object, the client got no answer:
// sim fault dropAnswers) of an object named by the configuration: the provider looks it up by
// name, records it when this create made it (the framework then keeps it tainted) and never
// adopts one that was there before. Resources' create run in process against the simulator.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aclResource } from '../../../src/providers/proxmox/resources/acl.js';
import { apiTokenResource } from '../../../src/providers/proxmox/resources/api-token.js';
import { firewallAliasResource } from '../../../src/providers/proxmox/resources/firewall-alias.js';
import { sdnZoneResource } from '../../../src/providers/proxmox/resources/sdn-zone.js';
import { poolResource } from '../../../src/providers/proxmox/resources/pool.js';
import { poolMembershipResource } from '../../../src/providers/proxmox/resources/pool-membership.js';
import { defaultFaults } from '../../../src/sim/proxmox/faults.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { recordingContext } from './in-process.js';

const RECORDED = /was not on the server before this create and is now: it is kept in state, tainted/;

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h.close();
});
beforeEach(() => Object.assign(h.sim.faults, defaultFaults()));

describe('a create whose answer was lost', () => {
  it('proxmox_pool (every namedCrud resource): the pool it made is recorded and the create fails', async () => {
    const { ctx, saved } = recordingContext(h.client);
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^POST \/pools$/ });
    await assert.rejects(poolResource.create(ctx, { id: null, pool_id: 'lost', comment: 'made' }), RECORDED);
    assert.equal(h.sim.faults.dropAnswers, 0, 'the fault was hit');
    assert.ok(h.sim.state.pools.has('lost'), 'the server made the pool');
    assert.deepEqual(saved, [{ id: 'lost', pool_id: 'lost', comment: 'made' }]);
  });

  it('a pool that was there before is not adopted', async () => {
    h.sim.state.pools.set('theirs', { comment: 'not ours', members: new Set() });
    const { ctx, saved } = recordingContext(h.client);
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^POST \/pools$/ });
    await assert.rejects(poolResource.create(ctx, { id: null, pool_id: 'theirs', comment: null }), (err: Error) => !RECORDED.test(err.message));
    assert.deepEqual(saved, []);
  });

  it('a create the server never handled records nothing (the next apply creates it)', async () => {
    const { ctx, saved } = recordingContext(h.client);
    Object.assign(h.sim.faults, { dropConnections: 1, match: /^POST \/pools$/ });
    await assert.rejects(poolResource.create(ctx, { id: null, pool_id: 'never', comment: null }), (err: Error) => !RECORDED.test(err.message));
    assert.equal(h.sim.state.pools.has('never'), false);
    assert.deepEqual(saved, []);
  });

  it('proxmox_firewall_alias (the firewall objects): likewise', async () => {
    const { ctx, saved } = recordingContext(h.client);
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^POST \/cluster\/firewall\/aliases$/ });
    const alias = { id: null, node: null, vm_id: null, container_id: null, name: 'lostnet', cidr: '10.9.0.0/16', comment: null };
    await assert.rejects(firewallAliasResource.create(ctx, alias), RECORDED);
    assert.deepEqual(saved, [{ ...alias, id: 'cluster/lostnet' }]);
  });

  it('proxmox_api_token: recorded without the secret, which only the lost answer held', async () => {
    const { ctx, saved } = recordingContext(h.client);
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^POST \/access\/users\/[^/]+\/token\// });
    const token = { id: null, user_id: 'root@pam', token_name: 'lost', comment: null, expire: 0, privilege_separation: true, secret: null, value: null };
    await assert.rejects(apiTokenResource.create(ctx, token), RECORDED);
    assert.deepEqual(saved, [{ ...token, id: 'root@pam!lost' }]);
  });

  it('proxmox_pool_membership: likewise (adding a member again would be refused "already a pool member")', async () => {
    h.sim.state.pools.set('held', { comment: '', members: new Set() });
    const { ctx, saved } = recordingContext(h.client);
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^PUT \/pools$/ });
    const membership = { id: null, pool_id: 'held', vmid: null, storage: 'local' };
    await assert.rejects(poolMembershipResource.create(ctx, membership), RECORDED);
    assert.deepEqual(saved, [{ ...membership, id: 'held/storage/local' }]);
  });
});

describe('proxmox_pool_membership of a guest that does not exist', () => {
  it('is refused, naming vmid, and leaves no hidden entry in the pool (Pool.pm update_pool records any vmid)', async () => {
    h.sim.state.pools.set('early', { comment: '', members: new Set() });
    const { ctx } = recordingContext(h.client);
    await assert.rejects(
      poolMembershipResource.create(ctx, { id: null, pool_id: 'early', vmid: 4242, storage: null }),
      /vmid: VM or container 4242 does not exist/,
    );
    assert.deepEqual([...(h.sim.state.pools.get('early')?.members ?? [])], []);
  });
});

describe('proxmox_acl (the server takes a grant written again)', () => {
  const grant = (path: string) => ({ id: null, path, role_id: 'PVEAuditor', user_id: 'root@pam', group_id: null, token_id: null, propagate: true });

  it('a grant whose answer was lost is recorded', async () => {
    const { ctx, saved } = recordingContext(h.client);
    Object.assign(h.sim.faults, { dropAnswers: 1, match: /^PUT \/access\/acl$/ });
    await assert.rejects(aclResource.create(ctx, grant('/storage/lostacl')), RECORDED);
    assert.deepEqual(saved, [{ ...grant('/storage/lostacl'), id: '/storage/lostacl|PVEAuditor|user:root@pam' }]);
  });

  it('a grant that exists is refused, naming role_id, not taken over', async () => {
    await h.client.access.updateAcl({ path: '/storage/theirs', roles: ['PVEAuditor'], users: ['root@pam'], propagate: false, remove: false });
    const { ctx, saved } = recordingContext(h.client);
    await assert.rejects(
      aclResource.create(ctx, grant('/storage/theirs')),
      /role_id: The server already grants PVEAuditor on \/storage\/theirs to user root@pam; import it/,
    );
    assert.deepEqual(saved, []);
    const entry = h.sim.state.acl.find((e) => e.path === '/storage/theirs');
    assert.equal(entry?.propagate, false, 'its propagate flag was not rewritten');
  });
});

describe('an SDN deletion whose apply fails', () => {
  it('fails saying the nodes still run the object and what removes it (the next refresh no longer finds it)', async () => {
    await h.client.sdn.create('zones', { zone: 'gonez', type: 'simple' });
    await h.client.sdn.apply();
    const { ctx } = recordingContext(h.client);
    Object.assign(h.sim.faults, { serverErrors: 1, serverErrorStatus: 500, match: /^PUT \/cluster\/sdn$/ });
    await assert.rejects(
      sdnZoneResource.delete(ctx, { zone: 'gonez' } as never),
      /SDN zone "gonez" is deleted from the SDN configuration but the apply failed, so the nodes still run it: the next SDN apply/,
    );
  });
});
