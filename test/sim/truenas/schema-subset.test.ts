// The committed TrueNAS API subsets (src/sim/truenas/schema/) are what
// scripts/derive-truenas-schema.ts makes of ../shared/api (re-run it to refresh them; tests never
// read ../shared): here they are checked for being the script's own output, for what the
// simulator needs of them, and the validator for the middleware's error shapes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TRUENAS_METHODS, subsetDirectory, subsetText } from '../../../scripts/derive-truenas-schema.js';
import { TRUENAS_RELEASES, subsetFileName } from '../../../src/sim/truenas/schema/releases.js';
import { TrueNASApiSchema } from '../../../src/sim/truenas/schema/api-schema.js';
import type { ApiSubset } from '../../../src/sim/truenas/schema/types.js';

const committedText = (release: (typeof TRUENAS_RELEASES)[number]) => readFileSync(`${subsetDirectory}${subsetFileName(release)}`, 'utf8');

describe('TrueNAS API schema subsets', () => {
  it("are the derivation script's own output, holding only the methods it lists", () => {
    for (const release of TRUENAS_RELEASES) {
      const committed = committedText(release);
      // The script's own writer reproduces the file byte for byte, and it holds only listed methods.
      const subset = JSON.parse(committed) as ApiSubset & Record<string, unknown>;
      assert.equal(subsetText(subset), committed, `${subsetFileName(release)} was edited by hand`);
      assert.deepEqual(
        Object.keys(subset.methods).filter((name) => !TRUENAS_METHODS.includes(name)),
        [],
      );
      assert.equal(subset.derived_by, 'scripts/derive-truenas-schema.ts');
    }
  });

  it("every method the simulator serves on a release is in that release's subset, with a schema that compiles", async () => {
    for (const release of TRUENAS_RELEASES) {
      const schema = await TrueNASApiSchema.forRelease(release);
      const subset = JSON.parse(committedText(release)) as ApiSubset;
      for (const name of Object.keys(subset.methods)) assert.ok(schema.validator(name), `${release} ${name} compiles`);
      for (const name of ['auth.login_ex', 'core.set_options', 'pool.dataset.query', 'sharing.smb.create', 'iscsi.extent.create', 'service.query']) {
        assert.ok(schema.method(name), `${release} has ${name}`);
      }
      assert.equal(schema.method('service.control')?.job, release === '25.04.2.6' ? undefined : true);
    }
  });

  it('words refusals as the middleware does: argument.field paths, union members, legacy texts', async () => {
    const current = await TrueNASApiSchema.forRelease('25.10.6');
    assert.deepEqual(current.validateParams('pool.dataset.query', [[], {}, 3]), [['', 'Too many arguments (expected 2, found 3)', 22]]);
    assert.deepEqual(current.validateParams('pool.dataset.create', []), [['data', 'Field required', 22]]);
    assert.deepEqual(current.validateParams('iscsi.extent.create', [{ name: 'e', blocksize: '512' }]), [
      ['iscsi_extent_create.blocksize', 'Input should be 512, 1024, 2048 or 4096', 22],
    ]);
    assert.deepEqual(current.validateParams('iscsi.global.update', [{ listen_port: 80 }]), [
      ['iscsi_update.listen_port', 'Input should be greater than or equal to 1025', 22],
    ]);
    assert.deepEqual(current.validateParams('pool.dataset.query', [[], { bogus: 1 }]), [['options.bogus', 'Extra inputs are not permitted', 22]]);
    assert.deepEqual(current.validateParams('auth.login_ex', [{ mechanism: 'API_KEY_PLAIN', api_key: 'x' }]), [
      ['login_data.API_KEY_PLAIN.username', 'Field required', 22],
    ]);
    assert.deepEqual(current.validateParams('auth.login_ex', [{ api_key: 'x' }]), [['login_data.mechanism', 'Field required', 22]]);
    assert.deepEqual(
      current.validateParams('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: 1024 ** 3, volblocksize: '16K', sparse: true }]),
      [],
    );
    const legacy = await TrueNASApiSchema.forRelease('25.04.2.6');
    assert.deepEqual(legacy.validateParams('sharing.smb.create', [{ name: 'm', path: '/mnt/tank/m', bogus: true }]), [
      ['sharingsmb_create.bogus', 'Field was not expected', 22],
    ]);
    assert.deepEqual(legacy.validateParams('pool.dataset.create', [{}]), [['pool_dataset_create.name', 'attribute required', 22]]);
  });
});
