// The provider's hand-written compression literals are the ones the derived API schema of every
// supported release accepts (src/sim/truenas/schema/), so the plan-time check cannot drift from
// the server. Record sizes and the LUN range are checked in middleware code, not in the schema
// (their sources are cited beside the constants).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASApiSchema } from '../../../src/sim/truenas/schema/api-schema.js';
import { TRUENAS_RELEASES } from '../../../src/sim/truenas/schema/releases.js';
import { COMPRESSION_LEVELS } from '../../../src/providers/truenas/shared/zfs-attributes.js';

/** Every `enum` found under a `compression` property anywhere in a schema. */
function compressionEnums(node: unknown, underCompression = false): string[][] {
  if (Array.isArray(node)) return node.flatMap((item) => compressionEnums(item, underCompression));
  if (node === null || typeof node !== 'object') return [];
  const found: string[][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' && underCompression && Array.isArray(value)) found.push(value.map(String));
    else found.push(...compressionEnums(value, underCompression || key === 'compression'));
  }
  return found;
}

describe('truenas provider literals against the derived API schema', () => {
  for (const release of TRUENAS_RELEASES) {
    it(`compression levels are exactly the ones pool.dataset.create/update accept on ${release}`, async () => {
      const schema = await TrueNASApiSchema.forRelease(release);
      for (const method of ['pool.dataset.create', 'pool.dataset.update']) {
        const enums = compressionEnums(schema.method(method)?.accepts);
        assert.ok(enums.length > 0, `${method} has a compression enum`);
        for (const literals of enums) {
          const accepted = literals.filter((literal) => literal !== 'INHERIT').sort();
          assert.deepEqual([...COMPRESSION_LEVELS].map((level) => level.toUpperCase()).sort(), accepted, `${method} on ${release}`);
        }
      }
    });
  }
});
