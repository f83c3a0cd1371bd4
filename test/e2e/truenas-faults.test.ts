// Faults during terraform runs against the TrueNAS simulator: a socket dropped in the middle
// of an apply (with and without the call running), a job that fails, the server refusing
// connections for a while. After each, terraform's state holds exactly the objects that exist
// on the server, and a following apply converges with nothing orphaned or duplicated.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

const config = `
resource "truenas_dataset" "vms" {
  name = "tank/vms"
}
resource "truenas_zvol" "disk" {
  name    = "\${truenas_dataset.vms.name}/disk0"
  volsize = provider::truenas::parse_size("1G")
}
resource "truenas_iscsi_portal" "main" {
  listen = ["0.0.0.0"]
}
resource "truenas_iscsi_target" "vm" {
  name = "vm-100"
  group {
    portal = truenas_iscsi_portal.main.id
  }
}
resource "truenas_iscsi_extent" "disk" {
  name = "vm-100-disk0"
  zvol = truenas_zvol.disk.name
}
resource "truenas_iscsi_targetextent" "disk" {
  target = truenas_iscsi_target.vm.id
  extent = truenas_iscsi_extent.disk.id
}
resource "truenas_service" "iscsi" {
  service = "iscsitarget"
}
`;

/** What terraform manages, as the simulator's inventory names it. */
const KINDS: Record<string, string> = {
  truenas_dataset: 'datasets',
  truenas_zvol: 'zvols',
  truenas_iscsi_portal: 'portals',
  truenas_iscsi_target: 'targets',
  truenas_iscsi_extent: 'extents',
  truenas_iscsi_targetextent: 'targetExtents',
};

describe('truenas provider under faults', () => {
  let e2e: TrueNASE2e;

  /** The state holds every managed object that exists on the server, and nothing else. */
  async function assertStateMatchesServer(context: string): Promise<void> {
    const inventory = e2e.sim.state.inventory();
    const resources = await e2e.ws.resources();
    for (const [type, kind] of Object.entries(KINDS)) {
      const onServer = (inventory[kind] ?? [])
        .filter((name) => name !== 'tank')
        .map(String)
        .sort();
      const inState = resources
        .filter((r) => r.type === type)
        .map((r) => String(r.values.id))
        .sort();
      assert.deepEqual(inState, onServer, `${context}: ${type} in state vs on the server`);
    }
  }

  /** A clean apply afterwards converges: one of each object, an empty plan. */
  async function assertConverges(context: string): Promise<void> {
    await e2e.ws.apply();
    await assertStateMatchesServer(`${context}, after a clean apply`);
    for (const kind of Object.values(KINDS)) {
      const count = (e2e.sim.state.inventory()[kind] ?? []).filter((name) => name !== 'tank').length;
      assert.equal(count, 1, `${context}: exactly one object of kind ${kind}`);
    }
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, `${context}: ${plan.output}`);
  }

  async function destroyAll(): Promise<void> {
    await e2e.ws.destroy();
    await assertStateMatchesServer('after destroy');
  }

  before(async () => {
    e2e = await startTrueNASE2e();
    e2e.config(config);
  });
  after(() => e2e?.close());

  /** Applies once with the socket dropped after `calls` more calls; returns the method of the dropped call, when it ran. */
  async function applyWithDrop(calls: number, executes: boolean): Promise<string | undefined> {
    const methods: string[] = [];
    const counts = e2e.sim.callCounts as Map<string, number>;
    const set = counts.set;
    counts.set = (method, n) => (methods.push(method), set.call(counts, method, n));
    let dropped: number | undefined;
    let remaining: number | null = calls;
    // The simulator sets the switch to null when it drops the socket of the next call.
    Object.defineProperty(e2e.sim.faults, 'dropSocketAfterCalls', {
      configurable: true,
      get: () => remaining,
      set: (value: number | null) => {
        if (value === null && remaining === 0) dropped = methods.length;
        remaining = value;
      },
    });
    e2e.sim.faults.dropExecutesCall = executes;
    try {
      await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false', '-refresh=false']);
    } finally {
      counts.set = set;
      Object.defineProperty(e2e.sim.faults, 'dropSocketAfterCalls', { configurable: true, writable: true, value: null });
    }
    return dropped === undefined ? undefined : (methods[dropped] ?? 'a call that did not run');
  }

  it('a socket dropped in the middle of a create leaves consistent state', async () => {
    const droppedCreates: string[] = [];
    for (let calls = 0; calls <= 12 && droppedCreates.length < 2; calls++) {
      const method = await applyWithDrop(calls, true);
      const context = `socket dropped after ${calls} calls (${method ?? 'no drop'})`;
      if (method?.endsWith('.create')) droppedCreates.push(method);
      await assertStateMatchesServer(context);
      await assertConverges(context);
      await destroyAll();
    }
    assert.equal(droppedCreates.length, 2, 'the drop hit creates that ran on the server');
  });

  it('a socket dropped before a call runs leaves consistent state', async () => {
    for (const calls of [3, 6]) {
      const method = await applyWithDrop(calls, false);
      const context = `socket dropped after ${calls} calls, the call lost (${method ?? 'no drop'})`;
      await assertStateMatchesServer(context);
      await assertConverges(context);
      await destroyAll();
    }
  });

  it('a failing job (starting the service) fails the apply and keeps state consistent', async () => {
    e2e.sim.faults.failNextJobs = 1;
    const result = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    e2e.sim.faults.failNextJobs = 0;
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /truenas_service\.iscsi[\s\S]*job \d+ FAILED/);
    await assertStateMatchesServer('after the failed job');
    await assertConverges('after the failed job');
    assert.deepEqual(e2e.sim.state.inventory().runningServices, ['iscsitarget']);
    await destroyAll();
  });

  it('retries while the server refuses connections for a short while', async () => {
    e2e.sim.refuseConnections(1500);
    await e2e.ws.expect(['apply', '-auto-approve', '-no-color', '-input=false'], [0], { TRUENAS_MAX_RETRIES: '10' });
    await assertStateMatchesServer('after refused connections');
    await assertConverges('after refused connections');
  });

  it('fails clearly when the server stays unreachable, then converges once it is back', async () => {
    e2e.sim.state.targetExtents.list().forEach((m) => e2e.sim.state.targetExtents.delete(m.id));
    e2e.sim.refuseConnections(60_000);
    const result = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false'], { TRUENAS_MAX_RETRIES: '1' });
    e2e.sim.refuseConnections(0);
    assert.notEqual(result.code, 0);
    assert.doesNotMatch(result.stderr, /e2e0123456789abcdef/, 'the API key never appears in errors');
    await assertConverges('after the outage');
    await destroyAll();
  });
});
