// Faults during terraform runs against the TrueNAS simulator, on the lifecycle harness: a socket
// dropped in the middle of a create (with and without the call running), a job that fails, the
// server refusing connections for a while and then for good. One step runs the faults one after
// the other: each wipes the objects from the server (in-process, no terraform run) so the faulty
// apply has creates to make, runs that apply, and checks terraform's state holds exactly the
// objects that exist on the server; the harness's apply then converges with nothing orphaned or
// duplicated (one converging apply for all faults: each terraform command costs seconds).
// Faults are aimed at a named method (not a wall-clock window or a call count that depends on
// how the calls interleave), so each step hits what it says on a loaded machine too.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { runLifecycles, type LifecycleCase, type StepContext } from '../helpers/lifecycle.js';
import type { Workspace } from '../helpers/terraform.js';
import { startTrueNASE2e, TRUENAS_PROVIDER, type TrueNASE2e } from '../providers/truenas/harness.js';

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

type Context = StepContext<TrueNASSimulator>;
const APPLY = ['apply', '-auto-approve', '-no-color', '-input=false'];

/** The state holds every managed object that exists on the server, and nothing else. */
async function assertStateMatchesServer(sim: TrueNASSimulator, ws: Workspace, context: string): Promise<void> {
  const inventory = sim.state.inventory();
  const resources = await ws.resources();
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

/**
 * After the harness's converging apply, whose following plan was empty (the harness checks it,
 * and a refresh finding any object in state missing on the server would plan a create): exactly
 * one object of each kind on the server, so nothing orphaned or duplicated, and no second
 * `terraform show` per step.
 */
function assertConverged(context: Context, label: string): void {
  const inventory = context.target.state.inventory();
  for (const kind of Object.values(KINDS)) {
    const count = (inventory[kind] ?? []).filter((name) => name !== 'tank').length;
    assert.equal(count, 1, `${label}: exactly one object of kind ${kind}`);
  }
  assert.deepEqual(inventory.runningServices, ['iscsitarget']);
}

/** Removes every managed object from the server behind terraform's back, and stops the service. */
function wipe(sim: TrueNASSimulator): void {
  const { state } = sim;
  for (const table of [state.targetExtents, state.extents, state.targets, state.portals]) for (const row of table.list()) table.delete(row.id);
  for (const name of ['tank/vms/disk0', 'tank/vms']) state.datasets.delete(name);
  const service = state.services.list().find((s) => s.service === 'iscsitarget')!;
  service.state = 'STOPPED';
}

/**
 * Runs an apply during which the socket carrying the first call of `method` is dropped: after
 * the call ran on the server (its outcome unknown to the provider), or before it ran.
 */
async function applyDroppingOn(sim: TrueNASSimulator, ws: Workspace, method: string, executes: boolean): Promise<void> {
  const counts = sim.callCounts as Map<string, number>;
  const set = counts.set;
  let dropped = false;
  counts.set = (called, n) => {
    const result = set.call(counts, called, n);
    if (called === method && !dropped) {
      dropped = true;
      // Every socket dies now; the call goes on to run on the server, or is stopped here.
      sim.dropConnections();
      if (!executes) throw new Error(`${method} lost with its socket`);
    }
    return result;
  };
  try {
    await ws.run(APPLY);
  } finally {
    counts.set = set;
  }
  assert.ok(dropped, `the apply called ${method}`);
}

/** A fault the apply meets: it wipes the objects first (so the apply has creates to make), then runs that apply. */
interface Fault {
  readonly label: string;
  run(sim: TrueNASSimulator, ws: Workspace): Promise<void>;
}

function dropFault(method: string, executes: boolean): Fault {
  return {
    label: `socket dropped on ${method}, ${executes ? 'after it ran' : 'before it ran'}`,
    run: (sim, ws) => applyDroppingOn(sim, ws, method, executes),
  };
}

/** Refuses the next `count` connections (Infinity: all, until reset), whenever they come. */
function refuseConnections(sim: TrueNASSimulator, count: number): { readonly refused: () => number; reset(): void } {
  let refused = 0;
  Object.defineProperty(sim.faults, 'refuseConnectionsUntil', {
    configurable: true,
    get: () => (refused < count ? (refused++, Number.POSITIVE_INFINITY) : 0),
  });
  return {
    refused: () => refused,
    reset: () => Object.defineProperty(sim.faults, 'refuseConnectionsUntil', { configurable: true, writable: true, value: 0 }),
  };
}

const FAULTS: readonly Fault[] = [
  dropFault('pool.dataset.create', true),
  dropFault('iscsi.extent.create', true),
  dropFault('iscsi.portal.create', false),
  dropFault('iscsi.targetextent.create', false),
  {
    // A failing job (starting the service) fails the apply and keeps state consistent.
    label: 'after the failed job',
    async run(sim, ws) {
      sim.faults.failNextJobs = 1;
      const result = await ws.run(APPLY).finally(() => (sim.faults.failNextJobs = 0));
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /truenas_service\.iscsi[\s\S]*job \d+ FAILED/);
    },
  },
  {
    // The server refuses connections for a while: the provider retries until it is back.
    label: 'after refused connections',
    async run(sim, ws) {
      const refusal = refuseConnections(sim, 3);
      await ws.expect(APPLY, [0], { TRUENAS_MAX_RETRIES: '10' }).finally(() => refusal.reset());
      assert.equal(refusal.refused(), 3, 'the provider met the refusals');
    },
  },
];

const faultsCase: LifecycleCase<TrueNASSimulator> = {
  name: 'truenas resources under faults',
  steps: [
    {
      config,
      expect: { 'truenas_dataset.vms': 'create', 'truenas_iscsi_targetextent.disk': 'create' },
      check: (context) => assertConverged(context, 'created'),
    },
    {
      config,
      async prepare({ target: sim, ws }) {
        // One fault after the other, each on a wiped server and checked on its own: the state
        // holds exactly what exists. Converging in between would only repeat what the wipe and
        // the next fault's apply do (its refresh drops what the wipe removed); the harness's
        // apply converges after the last one, and its empty plan and assertConverged show
        // nothing the faults left behind is orphaned or duplicated.
        for (const fault of FAULTS) {
          wipe(sim);
          await fault.run(sim, ws);
          await assertStateMatchesServer(sim, ws, fault.label);
        }
      },
      check: (context) => assertConverged(context, 'after the faults'),
    },
    {
      config,
      async prepare({ target: sim, ws }) {
        // The server stays unreachable: the apply fails clearly; once it is back, it converges.
        sim.state.targetExtents.list().forEach((m) => sim.state.targetExtents.delete(m.id));
        const refusal = refuseConnections(sim, Number.POSITIVE_INFINITY);
        const result = await ws.run(APPLY, { TRUENAS_MAX_RETRIES: '1' }).finally(() => refusal.reset());
        assert.notEqual(result.code, 0);
        assert.ok(refusal.refused() > 0);
        assert.match(result.stderr, /truenas/i);
        assert.doesNotMatch(result.stderr, /e2e0123456789abcdef/, 'the API key never appears in errors');
      },
      check: (context) => assertConverged(context, 'after the outage'),
    },
  ],
  imports: [
    { address: 'truenas_dataset.vms' },
    { address: 'truenas_zvol.disk' },
    { address: 'truenas_iscsi_portal.main' },
    { address: 'truenas_iscsi_target.vm' },
    { address: 'truenas_iscsi_extent.disk' },
    { address: 'truenas_iscsi_targetextent.disk' },
    { address: 'truenas_service.iscsi', id: (values) => String(values.service) },
  ],
  leftovers(sim) {
    const held = sim.state.inventory();
    return [...Object.values(KINDS), 'runningServices'].flatMap((kind) => (held[kind] ?? []).filter((id) => id !== 'tank').map((id) => `${kind} ${id}`));
  },
};

describe('truenas provider under faults', () => {
  let e2e: TrueNASE2e;
  before(async () => {
    e2e = await startTrueNASE2e();
  });
  after(() => e2e?.close());

  it('drops, a failing job and refused connections leave state consistent, and a clean apply converges', async () => {
    await runLifecycles({ ws: e2e.ws, providers: TRUENAS_PROVIDER, target: e2e.sim }, [faultsCase]);
  });
});
