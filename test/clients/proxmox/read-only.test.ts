// Read-only mode in the Proxmox client: GETs reach the server, every other request is refused
// before it is sent, except the ticket login.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReadOnlyError } from '../../../src/clients/proxmox/index.js';
import { startHarness } from './harness.js';

const readOnly = { setting: 'read_only (or PROXMOX_VE_READ_ONLY)' };

describe('Proxmox client in read-only mode', () => {
  it('reads, and refuses POST, PUT and DELETE before sending them', async () => {
    const h = await startHarness({}, { readOnly });
    try {
      assert.ok(Array.isArray(await h.client.pools.list()));
      await assert.rejects(h.client.pools.create('ro-pool'), (error: unknown) => {
        assert.ok(error instanceof ReadOnlyError);
        assert.equal(error.method, 'POST /pools');
        assert.match(error.message, /^POST \/pools: refused: the provider is read-only \(read_only \(or PROXMOX_VE_READ_ONLY\)\)/);
        return true;
      });
      await assert.rejects(h.client.pools.update('x', { comment: 'c' }), ReadOnlyError);
      await assert.rejects(h.client.pools.delete('x'), ReadOnlyError);
      assert.deepEqual(
        h.sim.requests.filter((r) => r.method !== 'GET'),
        [],
        'only GETs reached the server',
      );
      assert.equal(h.client.stats.retries, 0);
    } finally {
      await h.close();
    }
  });

  it('still logs in with a ticket', async () => {
    const h = await startHarness(
      { users: [{ userid: 'ops@pve', password: 'pw-123456' }] },
      { readOnly, apiToken: undefined, username: 'ops@pve', password: 'pw-123456' },
    );
    try {
      await h.client.pools.list().catch(() => undefined);
      assert.equal(h.client.stats.logins, 1);
      assert.deepEqual(
        h.sim.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
        ['POST /access/ticket'],
      );
    } finally {
      await h.close();
    }
  });
});
