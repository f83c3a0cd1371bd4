// Read-only mode lets through only calls a read-only administrator (READONLY_ADMIN) may make, so
// planning and refreshing with such a credential's API key never meet "Not authorized": checked
// against each release's roles (the simulator's authorization, authorization.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReadCall } from '../../../src/clients/truenas/read-only.js';
import { rolesAllow } from '../../../src/sim/truenas/authorization.js';
import { TrueNASApiSchema } from '../../../src/sim/truenas/schema/api-schema.js';
import { TRUENAS_RELEASES } from '../../../src/sim/truenas/schema/releases.js';

describe('TrueNAS read-only mode and READONLY_ADMIN', () => {
  it('lets through only methods READONLY_ADMIN may call, on every release', async () => {
    const refused: string[] = [];
    let checked = 0;
    for (const release of TRUENAS_RELEASES) {
      const schema = await TrueNASApiSchema.forRelease(release);
      for (const [name, api] of Object.entries(schema.subset.methods)) {
        if (!isReadCall(name, [])) continue;
        checked++;
        if (!rolesAllow(release, api, ['READONLY_ADMIN'])) refused.push(`${release} ${name}`);
      }
    }
    assert.ok(checked > 300, `${checked} reads checked`);
    assert.deepEqual(refused, []);
  });

  it('core.bulk counts as a read only when READONLY_ADMIN may call the method it repeats', async () => {
    const schema = await TrueNASApiSchema.forRelease('25.10.6');
    assert.equal(
      isReadCall('core.bulk', ['pool.dataset.query', []]),
      rolesAllow('25.10.6', schema.method('pool.dataset.query')!, ['READONLY_ADMIN'], 'allowlist'),
    );
    assert.equal(isReadCall('core.bulk', ['pool.dataset.delete', []]), false);
  });
});
