// truenas_nfs_share: an NFS export of a dataset's path.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { rules } from '../../../framework/rules.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { NfsShare, NfsShareCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { freeTextAttr } from '../shared/free-text.js';
import { numericId } from '../shared/ids.js';
import { refuseOutsideEnterprise } from '../shared/release-gate.js';
import { NFS_NETWORKS, sameNetworks } from '../shared/nfs-networks.js';

export const SHARE_PATH = { pattern: /^\/mnt\/[^/].*[^/]$/, explanation: 'a path under /mnt/<pool>, such as "/mnt/tank/media", without a trailing /' };

const nfsShareSchema = schema({
  description: 'An NFS share (export) of a path under /mnt/<pool>.',
  attributes: {
    id: numericId('share'),
    path: attr.string({
      required: true,
      description: 'The exported path, such as "/mnt/tank/media" (truenas_dataset.mountpoint).',
      validators: [validators.textMatching(SHARE_PATH.pattern, SHARE_PATH.explanation)],
    }),
    comment: freeTextAttr('comment'),
    networks: attr.list(ty.string, {
      default: [],
      description:
        'Networks allowed to mount, in CIDR notation ("192.168.1.0/24"; an address alone means that host, /32 or /128); everyone when networks and hosts are both empty. The server stores each entry as its canonical network ("10.0.0.5" as "10.0.0.5/32", host bits cleared); the configured spelling is kept in state and is no change. 0.0.0.0/0 and ::/0 are refused: leave networks empty instead.',
      validators: [validators.each(validators.cidr('any', { addressAlone: true })), NFS_NETWORKS],
      semanticEquals: sameNetworks,
    }),
    hosts: attr.list(ty.string, { default: [], description: 'Host names or addresses allowed to mount.' }),
    ro: attr.bool({ default: false, description: 'Export read-only.' }),
    maproot_user: attr.string({ optional: true, description: 'Map the root user of clients to this user.' }),
    maproot_group: attr.string({ optional: true, description: "Map the root user's group of clients to this group." }),
    mapall_user: attr.string({ optional: true, description: 'Map every client user to this user.' }),
    mapall_group: attr.string({ optional: true, description: 'Map every client group to this group.' }),
    security: attr.list(ty.string, {
      default: [],
      description: 'Security flavours for NFSv4: SYS, KRB5, KRB5I, KRB5P; the server default when empty.',
      validators: [
        validators.custom('SYS, KRB5, KRB5I or KRB5P', (v) =>
          Array.isArray(v) && v.some((s) => typeof s === 'string' && !['SYS', 'KRB5', 'KRB5I', 'KRB5P'].includes(s))
            ? 'must hold only SYS, KRB5, KRB5I or KRB5P'
            : undefined,
        ),
      ],
    }),
    enabled: attr.bool({ default: true, description: 'Whether the share is exported.' }),
    expose_snapshots: attr.bool({
      default: false,
      description:
        "Let clients reach the dataset's ZFS snapshot directory through the export. TrueNAS Enterprise only (true is refused at plan time on other editions), and the path must be the root of a dataset (the server checks). Removing it turns it off.",
    }),
  },
  // plugins/nfs.py validate @TS-25.10.6:606-626: a map group needs its map user ("This field is
  // required when map group is specified"); "maproot_user disqualifies mapall_user".
  rules: [
    rules.requiredWith('maproot_group', 'maproot_user'),
    rules.requiredWith('mapall_group', 'mapall_user'),
    rules.conflictsWith('maproot_user', 'mapall_user'),
  ],
});

type NfsShareModel = ModelOf<typeof nfsShareSchema>;

/** Unset user mappings read back as null whether the server stores null or "". */
const mapping = (value: string | null): string | null => (value === '' ? null : value);

function toModel(share: NfsShare): NfsShareModel {
  return {
    id: share.id,
    path: share.path,
    comment: share.comment,
    networks: share.networks,
    hosts: share.hosts,
    ro: share.ro,
    maproot_user: mapping(share.maproot_user),
    maproot_group: mapping(share.maproot_group),
    mapall_user: mapping(share.mapall_user),
    mapall_group: mapping(share.mapall_group),
    security: share.security,
    enabled: share.enabled,
    expose_snapshots: share.expose_snapshots ?? false,
  };
}

/** Every attribute but the id is a field of the share, under the same name. */
function input({ id: _id, ...share }: PlanModelOf<typeof nfsShareSchema>): NfsShareCreate {
  return share;
}

export const nfsShareResource = truenasResource({
  name: 'truenas_nfs_share',
  schema: nfsShareSchema,
  // plugins/nfs.py `validate` @TS-25.10.6:637-658 (TS-25.04.2.6:638-659, TS-26.0.0-BETA.3:628-649).
  modifyPlan: (ctx) =>
    refuseOutsideEnterprise(
      ctx,
      'expose_snapshots',
      'Exposing snapshots over NFS',
      'This is an enterprise feature and may not be enabled without a valid license.',
    ),
  ...numericCrud({ importId: numericImportId('share'), group: (client) => client.sharing.nfs, toModel, input }),
});
