// Plan-time rules the server enforces on NFS map users (plugins/nfs.py:606-626 @TS-25.10.6) and
// on a periodic snapshot task's daily window (api/v25_10_5/common.py:117), and the simulator's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Value } from '../../../src/values/types.js';
import { periodicSnapshotTaskResource } from '../../../src/providers/truenas/resources/periodic-snapshot-task.js';
import { nfsShareResource } from '../../../src/providers/truenas/resources/nfs-share.js';
import { iscsiTargetResource } from '../../../src/providers/truenas/resources/iscsi-target.js';
import { snapshotTaskSchedule } from '../../../src/sim/truenas/methods/snapshot-tasks.js';
import { configErrors } from '../../helpers/validate-config.js';

const nulls = (attributes: object) => Object.fromEntries(Object.keys(attributes).map((name) => [name, null])) as Record<string, Value>;

describe('TrueNAS share and task rules', () => {
  it('refuses a daily window that ends before it begins, in the plan and the simulator', () => {
    const errors = (config: Record<string, Value>) =>
      configErrors(periodicSnapshotTaskResource.validateConfig, { ...nulls(periodicSnapshotTaskResource.schema.attributes), dataset: 'tank/a', ...config });
    assert.deepEqual(errors({ begin: '22:00', end: '06:00' }), ['end: end before begin']);
    assert.deepEqual(errors({ begin: '09:00', end: '17:30' }), []);
    assert.deepEqual(errors({ begin: '23:00' }), []);
    assert.throws(() => snapshotTaskSchedule({ minute: '0', begin: '22:00', end: '06:00' }), /Begin time should be less than or equal to end time/);
  });

  it('refuses iSCSI auth networks with host bits set', () => {
    const attr = iscsiTargetResource.schema.attributes.auth_networks as unknown as { validators: { validate(v: Value): string | undefined }[] };
    const problems = (v: Value) => attr.validators.map((x) => x.validate(v)).filter(Boolean);
    assert.deepEqual(problems(['10.0.0.0/24', '10.0.0.5', '2001:db8::/32']), []);
    assert.match(String(problems(['10.0.0.5/24'])[0]), /host bits set.*"10\.0\.0\.0\/24"/);
    assert.equal(problems(['nope']).length, 1);
  });

  it('has the NFS map user rules', () => {
    const kinds = (nfsShareResource.schema as unknown as { rules: { kind: string; attribute?: string; attributes?: string[] }[] }).rules.map((r) =>
      [r.kind, r.attribute ?? '', ...(r.attributes ?? [])].join(' '),
    );
    assert.deepEqual(kinds, ['required_with maproot_group', 'required_with mapall_group', 'conflicts_with  maproot_user mapall_user']);
  });
});
