// Resources keyed by an attribute (shared/keyed-resource.ts) record the object in state as soon as
// create has written it: when the read-back then fails, terraform still holds the object it made
// instead of leaving it behind on the server. Direct calls, no terraform.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { silentLogger } from '../../../src/log/logger.js';
import { poolResource } from '../../../src/providers/proxmox/resources/pool.js';
import { roleResource } from '../../../src/providers/proxmox/resources/role.js';

/** A write context whose client is `client` (only the calls a case makes) and which collects what create records. */
function writeContext(client: object) {
  const saved: unknown[] = [];
  const ctx = {
    provider: { client },
    logger: silentLogger,
    signal: new AbortController().signal,
    timeoutMs: undefined,
    warn: () => {},
    savePartialState: (state: unknown) => saved.push(state),
  };
  return { ctx: ctx as never, saved };
}

describe('keyed resources record what create wrote before reading it back', () => {
  it('proxmox_role: a role the server does not list after its create is still in state', async () => {
    const { ctx, saved } = writeContext({ access: { createRole: async () => {}, findRole: async () => undefined } });
    await assert.rejects(roleResource.create(ctx, { id: null, role_id: 'Ops', privileges: ['VM.Audit'] }), /"Ops" was written but the server does not list it/);
    assert.deepEqual(saved, [{ id: 'Ops', role_id: 'Ops', privileges: ['VM.Audit'] }]);
  });

  it('proxmox_pool: likewise', async () => {
    const { ctx, saved } = writeContext({ pools: { create: async () => {}, find: async () => undefined } });
    await assert.rejects(poolResource.create(ctx, { id: null, pool_id: 'lab', comment: 'test' }), /"lab" was written/);
    assert.deepEqual(saved, [{ id: 'lab', pool_id: 'lab', comment: 'test' }]);
  });
});
