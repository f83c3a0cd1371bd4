// truenas_iscsi_extent product_id (25.10+, api/v25_10_5/iscsi_extent.py:60 @TS-25.10.6): refused at
// plan time on 25.04, the server's default ("iSCSI Disk", plugins/iscsi_/extents.py:365-366) kept.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iscsiExtentResource } from '../../../src/providers/truenas/resources/iscsi-extent.js';
import { inProcess } from './plan-apply.js';
import { GiB, simWithClient } from './sim-client.js';

async function withZvol<T>(version: string, run: (extent: ReturnType<typeof inProcess>) => Promise<T>): Promise<T> {
  const { sim, client } = await simWithClient({ version });
  try {
    await client.call('pool.dataset.create', [{ name: 'tank/lun0', type: 'VOLUME', volsize: GiB }]);
    return await run(inProcess(iscsiExtentResource, client));
  } finally {
    client.close();
    await sim.stop();
  }
}

const EXTENT = { name: 'lun0', type: 'DISK', zvol: 'tank/lun0' };

describe('truenas_iscsi_extent product_id', () => {
  it('is refused at plan time on 25.04, and not sent when unset', async () => {
    await withZvol('25.04.2', async (extent) => {
      const refused = await extent.apply({ ...EXTENT, product_id: 'Storage' }, null);
      assert.deepEqual(refused.errors, [
        'product_id is not in TrueNAS 25.04.2: product_id exists in TrueNAS 25.10 and later; this server runs 25.04.2. Remove it from the configuration.',
      ]);
      const created = await extent.apply(EXTENT, null);
      assert.deepEqual([created.errors, created.state['product_id']], [[], null]);
    });
  });

  it("is set on 25.10, the server's default read back when unset", async () => {
    await withZvol('25.10.6', async (extent) => {
      const created = await extent.apply(EXTENT, null);
      assert.deepEqual([created.errors, created.state['product_id']], [[], 'iSCSI Disk']);
      assert.deepEqual(await extent.changesAfterRefresh(EXTENT, created.state), []);
      const changed = await extent.apply({ ...EXTENT, product_id: 'Storage' }, created.state);
      assert.deepEqual([changed.errors, changed.state['product_id']], [[], 'Storage']);
      assert.deepEqual(await extent.changesAfterRefresh({ ...EXTENT, product_id: 'Storage' }, changed.state), []);
      // The server's refusal; the configuration's is the attribute's validator (below).
      const tooLong = await extent.apply({ ...EXTENT, product_id: 'x'.repeat(17) }, changed.state);
      assert.match(tooLong.errors.join(), /iscsi_extent_update\.product_id: String should have at most 16 characters/);
    });
  });

  it('refuses at validation what the server refuses: 1 to 16 characters', () => {
    const [length] = iscsiExtentResource.schema.attributes.product_id.validators ?? [];
    assert.deepEqual(
      [length?.validate('x'.repeat(17)) !== undefined, length?.validate('') !== undefined, length?.validate('Storage')],
      [true, true, undefined],
    );
  });
});
