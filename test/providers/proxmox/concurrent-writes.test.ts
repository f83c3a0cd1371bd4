// Many resources written at once, as terraform's -parallelism does: on the real server writes to
// one cluster file queue on its pmxcfs lock, and one that waits longer than the lock timeout
// gives up before changing anything ("cfs-lock 'file-user_cfg' error: got lock request timeout",
// pve-cluster Cluster.pm `$cfs_lock`). The provider must send such a write again. The simulator
// holds the locks here (as a long writer on another node would) until the client has been
// refused by every one, so nothing races the machine's speed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { aclResource } from '../../../src/providers/proxmox/resources/acl.js';
import { firewallAliasResource } from '../../../src/providers/proxmox/resources/firewall-alias.js';
import { groupResource } from '../../../src/providers/proxmox/resources/group.js';
import { poolResource } from '../../../src/providers/proxmox/resources/pool.js';
import { startHarness, TOKEN, type Harness } from '../../clients/proxmox/harness.js';
import { operationContext } from './in-process.js';

let h: Harness;
before(async () => {
  // Generous retries: every write is refused at least once while the test holds the locks.
  h = await startHarness({ lockTimeoutMs: 30 }, { maxRetries: 50 });
});
after(() => h.close());

/** Holds the pmxcfs locks until the returned release is called. */
function holdLocks(lockids: readonly string[]): { release: () => void; held: Promise<void[]> } {
  let release = (): void => {};
  const until = new Promise<void>((resolve) => (release = resolve));
  return { release, held: Promise.all(lockids.map((lockid) => h.sim.holdClusterLock(lockid, until))) };
}

/** Waits until the client sent `count` writes again, or `work` ended (failed) first. */
async function untilRetried(client: ProxmoxClient, count: number, work: Promise<unknown>): Promise<void> {
  const target = client.stats.retries + count;
  let ended = false;
  void work.then(
    () => (ended = true),
    () => (ended = true),
  );
  while (client.stats.retries < target && !ended) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('writes that meet a held cluster-file lock', () => {
  it('answer the real timeout text, with the API failure in front where it has one, and change nothing', async () => {
    const once = new ProxmoxClient({ endpoint: h.sim.url, caPem: h.sim.caPem, apiToken: TOKEN, maxRetries: 0 });
    const { release, held } = holdLocks(['file-user_cfg', 'firewall-cluster']);
    try {
      await assert.rejects(once.pools.create('refused'), /create pool failed: cfs-lock 'file-user_cfg' error: got lock request timeout/);
      await assert.rejects(
        once.firewall.createAlias({ kind: 'cluster' }, { name: 'refused', cidr: '10.0.0.0/8' }),
        /^(?!.*failed: )(.*)cfs-lock 'firewall-cluster' error: got lock request timeout/,
      );
    } finally {
      release();
      await held;
      await once.close();
    }
    assert.equal(h.sim.state.pools.has('refused'), false);
  });

  it('pools, groups, ACLs and firewall aliases created at once all land: each refused write is sent again', async () => {
    const ctx = operationContext(h.client);
    const names = ['a', 'b', 'c', 'd'];
    const { release, held } = holdLocks(['file-user_cfg', 'firewall-cluster']);
    const creates = Promise.all([
      ...names.map((n) => poolResource.create(ctx, { id: null, pool_id: `pool-${n}`, comment: null })),
      ...names.map((n) => groupResource.create(ctx, { id: null, group_id: `group-${n}`, comment: null, members: [] })),
      ...names.map((n) =>
        aclResource.create(ctx, {
          id: null,
          path: `/pool/pool-${n}`,
          role_id: 'PVEAuditor',
          user_id: 'root@pam',
          group_id: null,
          token_id: null,
          propagate: true,
        }),
      ),
      ...names.map((n, i) =>
        firewallAliasResource.create(ctx, { id: null, node: null, vm_id: null, container_id: null, name: `net-${n}`, cidr: `10.${i}.0.0/16`, comment: null }),
      ),
    ]);
    await untilRetried(h.client, 4 * names.length, creates);
    release();
    await held;
    await creates;
    for (const n of names) {
      assert.ok(h.sim.state.pools.has(`pool-${n}`), `pool-${n}`);
      assert.ok(h.sim.state.groups.has(`group-${n}`), `group-${n}`);
      assert.ok(
        h.sim.state.acl.some((entry) => entry.path === `/pool/pool-${n}`),
        `acl /pool/pool-${n}`,
      );
    }
    assert.deepEqual(
      (await h.client.firewall.aliases({ kind: 'cluster' })).map((alias) => alias.name).sort(),
      names.map((n) => `net-${n}`),
    );
  });
});
