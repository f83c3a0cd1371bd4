// Read-only mode in the TrueNAS client: reads reach the server, anything else is refused before
// it is sent, on every transport; the allow-list agrees with the API's own roles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ReadOnlyError } from '../../../src/clients/truenas/index.js';
import { isReadCall } from '../../../src/clients/truenas/read-only.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { TRUENAS_RELEASES, subsetFileName } from '../../../src/sim/truenas/schema/releases.js';
import { clientFor, startSim } from './fixtures.js';

const readOnly = { setting: 'read_only (or TRUENAS_READ_ONLY)' };

describe('TrueNAS client in read-only mode', () => {
  let sim: TrueNASSimulator;
  before(async () => {
    sim = await startSim();
  });
  after(() => sim.stop());

  for (const transport of ['websocket', 'legacy-websocket', 'rest'] as const) {
    it(`reads, and refuses writes before sending them (${transport})`, async () => {
      const client = clientFor(sim, { transport, readOnly });
      try {
        const before = new Map(sim.callCounts);
        assert.ok((await client.system.info()).version);
        assert.ok(Array.isArray(await client.datasets.query()));
        await assert.rejects(client.datasets.create({ name: 'tank/ro', type: 'FILESYSTEM' }), (error: unknown) => {
          assert.ok(error instanceof ReadOnlyError);
          assert.equal(error.method, 'pool.dataset.create');
          assert.match(error.message, /^pool\.dataset\.create: refused: the provider is read-only \(read_only \(or TRUENAS_READ_ONLY\)\)/);
          assert.equal(error.retryable, false);
          return true;
        });
        await assert.rejects(client.call('iscsi.global.update', [{ basename: 'iqn.x' }]), ReadOnlyError);
        await assert.rejects(client.services.control('START', 'nfs'), ReadOnlyError);
        await assert.rejects(client.bulk('pool.dataset.delete', [['tank/a']]), ReadOnlyError);
        for (const method of ['pool.dataset.create', 'iscsi.global.update', 'service.control', 'service.start', 'core.bulk']) {
          assert.equal(sim.callCounts.get(method) ?? 0, before.get(method) ?? 0, `${method} reached the server`);
        }
        assert.equal(client.stats.retries, 0, 'a refusal is not retried');
      } finally {
        client.close();
      }
    });
  }

  it('lets the same calls through without read-only mode', async () => {
    const client = clientFor(sim, { transport: 'websocket' });
    try {
      await client.datasets.create({ name: 'tank/rw', type: 'FILESYSTEM' });
      assert.ok(await client.datasets.find('tank/rw'));
    } finally {
      client.close();
    }
  });
});

describe('the read-only allow-list', () => {
  it('agrees with the roles of every method the project knows, on every release', () => {
    for (const release of TRUENAS_RELEASES) {
      const subset = JSON.parse(readFileSync(new URL(`../../../src/sim/truenas/schema/${subsetFileName(release)}`, import.meta.url), 'utf8')) as {
        methods: Record<string, { roles?: string[]; job?: boolean }>;
      };
      for (const [name, entry] of Object.entries(subset.methods)) {
        const roles = entry.roles ?? [];
        if (roles.some((role) => role !== 'READONLY_ADMIN' && !role.endsWith('_READ'))) {
          assert.equal(isReadCall(name, []), false, `${release} ${name} needs ${roles.join(', ')}: a write`);
        }
        if (/\.(create|update|delete|clone|rollback|control|start|stop|restart|reload)$/.test(name)) {
          assert.equal(isReadCall(name, []), false, `${name} is a write`);
        }
        if (/\.(query|get_instance|config)$/.test(name)) assert.equal(isReadCall(name, []), true, `${name} is a read`);
      }
    }
  });

  it('knows the protocol reads and judges core.bulk by the method it repeats', () => {
    for (const name of ['system.info', 'core.get_jobs', 'auth.login_ex', 'auth.me', 'core.ping']) assert.equal(isReadCall(name, []), true, name);
    assert.equal(isReadCall('core.bulk', ['pool.dataset.query', [[]]]), true);
    assert.equal(isReadCall('core.bulk', ['pool.dataset.delete', [['tank/a']]]), false);
    assert.equal(isReadCall('core.bulk', ['core.bulk', []]), false);
    assert.equal(isReadCall('no.such.method', []), false, 'an unknown method is a write');
  });
});
