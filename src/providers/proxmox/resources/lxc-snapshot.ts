// `proxmox_lxc_snapshot`: a named snapshot of a container's volumes (containers have no RAM
// snapshot). Proxmox refuses it when a mount point's storage cannot snapshot, or for a bind mount
// not excluded from backups (pve-container src/PVE/LXC/Config.pm `__snapshot_check_freeze`,
// `snapshot_create`): the task fails with its reason.
import { schema } from '../../../framework/attributes.js';
import type { ModelOf } from '../../../framework/schema.js';
import { SNAPSHOT_FAILURES, snapshotAttributes, snapshotExample, snapshotOperations } from '../shared/guest-snapshot.js';
import { proxmoxResource } from '../provider-data.js';

const snapshotSchema = schema({
  description: `A snapshot of an LXC container. Proxmox cannot change a snapshot but its description: other changes but the node replace it. ${SNAPSHOT_FAILURES}`,
  attributes: snapshotAttributes('container'),
});

type SnapshotModel = ModelOf<typeof snapshotSchema>;

const operations = snapshotOperations<SnapshotModel>({ kind: 'lxc', guests: (client) => client.lxc, fromEntry: (_found, state) => state });

export const lxcSnapshotResource = proxmoxResource({
  name: 'proxmox_lxc_snapshot',
  schema: snapshotSchema,
  ...operations.shared,
  example: snapshotExample('proxmox_lxc_snapshot', 'proxmox_lxc.dns'),
  modifyPlan: (ctx) => operations.planNodeChange(ctx),
});
