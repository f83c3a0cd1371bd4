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
import { vmSnapshotResource } from '../../../src/providers/proxmox/resources/vm-snapshot.js';
import { snapshotQueue, snapshotQueueKey } from '../../../src/providers/proxmox/shared/guest-snapshot.js';
import { operationContext, recordingContext } from './in-process.js';
import { startHarness, TOKEN, type Harness } from '../../clients/proxmox/harness.js';

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

describe('snapshots of one guest taken at once', () => {
  it('queue in the provider: a snapshot task holds "lock: snapshot" as long as it runs, and another one meanwhile is refused', async () => {
    await h.client.qemu.create('pve', { vmid: 700, memory: 512 });
    const { ctx } = recordingContext(h.client);
    const names = ['one', 'two', 'three'];
    h.sim.timing.lockTimeoutMs = 10_000;
    // The first snapshot task takes "lock: snapshot" at once, then waits for the config lock the
    // test holds: a task that runs as long as the test wants (saving RAM takes minutes).
    let release = (): void => {};
    const held = h.sim.holdConfigLock(700, new Promise<void>((resolve) => (release = resolve)));
    let settled = false;
    const creates = Promise.all(
      names.map((name) => vmSnapshotResource.create(ctx, { id: null, node: 'pve', vmid: 700, name, description: null, include_ram: false })),
    ).finally(() => (settled = true));
    const queue = snapshotQueue(h.client);
    const running = (): boolean => [...h.sim.tasks.values()].some((task) => task.type === 'qmsnapshot' && task.status === 'running');
    // Released once the other two wait behind the running one (or, without the queue, once they
    // gave up on "VM 700 is locked (snapshot)").
    while (!settled && !(queue.size(snapshotQueueKey('pve', 700)) === names.length && running())) await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    await held;
    try {
      await creates;
    } finally {
      h.sim.timing.lockTimeoutMs = 30;
    }
    assert.deepEqual([...(h.sim.state.guests.get(700)?.snapshots.keys() ?? [])].sort(), [...names].sort());
  });
});
