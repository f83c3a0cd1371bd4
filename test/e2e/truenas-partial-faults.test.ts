// Creates the server fails after it made the object, through terraform: the real user.create
// inserts the user and then reloads services and writes the SSH keys, certificate.create inserts
// the certificate and then starts the ssl service, pool.dataset.create creates the ZFS dataset and
// then mounts it (docs/simulators.md, "Failed writes"). The simulator's `failCall` fault fails
// such a call after its work. The object must be in state, tainted, with the apply failing; the
// next apply replaces it and converges (nothing orphaned, no "already exists"); destroy removes
// everything. One terraform init; each step aims the fault at one method.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

const config = `
resource "truenas_user" "half" {
  username  = "halfmade"
  full_name = "Half Made"
  password  = "secret-pass-1"
}
resource "truenas_certificate" "half" {
  name     = "halfcsr"
  common   = "nas.example.com"
  san      = ["nas.example.com"]
  key_type = "EC"
}
resource "truenas_zvol" "half" {
  name    = "tank/halfzvol"
  volsize = provider::truenas::parse_size("1G")
}
`;

const APPLY = ['apply', '-auto-approve', '-no-color', '-input=false'];

describe('truenas creates that fail after the server made the object', () => {
  let e2e: TrueNASE2e;
  before(async () => {
    e2e = await startTrueNASE2e();
    e2e.config(config);
  });
  after(() => e2e?.close());

  /** The managed objects the simulator holds, by kind. */
  const held = () => {
    const inventory = e2e.sim.state.inventory();
    return {
      users: e2e.sim.state.users.list().filter((u) => u.username === 'halfmade').length,
      certificates: e2e.sim.state.crypto.certificates.list().filter((c) => c.name === 'halfcsr').length,
      zvols: (inventory['zvols'] ?? []).length,
    };
  };

  /** Applies (replacing `address` when given) with the next call of `method` failing after its work. */
  async function applyFailingAfter(method: string, address?: string): Promise<string> {
    e2e.sim.faults.failCall = { method, afterRun: true };
    const result = await e2e.ws.run([...APPLY, ...(address ? [`-replace=${address}`] : [])]).finally(() => (e2e.sim.faults.failCall = null));
    assert.notEqual(result.code, 0, 'the apply fails');
    assert.match(result.stderr, new RegExp(`Simulated failure of\\s+${method.replace(/\./g, '\\.')}`));
    return result.stderr;
  }

  async function assertTainted(address: string, onServer: () => boolean): Promise<void> {
    const kept = await e2e.resource(address);
    assert.equal(kept.tainted, true, `${address} is tainted`);
    assert.ok(onServer(), `${address}: the state names what the server has`);
  }

  it('keeps the object in state, tainted; the next apply replaces it; destroy removes all', async () => {
    await applyFailingAfter('user.create');
    await assertTainted('truenas_user.half', () => e2e.sim.state.users.list().some((u) => u.username === 'halfmade'));
    // The other resources were created as planned.
    assert.deepEqual(held(), { users: 1, certificates: 1, zvols: 1 });

    // The certificate job fails after inserting it (replaced here to meet its create again);
    // the same apply replaces the tainted user.
    await applyFailingAfter('certificate.create', 'truenas_certificate.half');
    const cert = await e2e.resource('truenas_certificate.half');
    assert.equal(cert.tainted, true);
    assert.ok(e2e.sim.state.crypto.certificates.list().some((c) => c.id === cert.values['id']));
    assert.notEqual((await e2e.resource('truenas_user.half')).tainted, true, 'the user was replaced');

    await applyFailingAfter('pool.dataset.create', 'truenas_zvol.half');
    await assertTainted('truenas_zvol.half', () => e2e.sim.state.datasets.has('tank/halfzvol'));

    // The next apply converges: one of each, nothing tainted, no changes left.
    await e2e.ws.expect(APPLY);
    assert.deepEqual(held(), { users: 1, certificates: 1, zvols: 1 });
    assert.ok((await e2e.ws.resources()).every((r) => r.tainted !== true));
    assert.equal((await e2e.ws.planHasChanges()).changes, false);

    await e2e.ws.expect(['destroy', '-auto-approve', '-no-color', '-input=false']);
    assert.deepEqual(held(), { users: 0, certificates: 0, zvols: 0 });
  });
});
