// The TrueNAS safe tier of `make acceptance`: objects the run creates and names (or comments)
// with its prefix, every one of them created, updated in place and imported in one case. The
// configuration is written for a real server (no simulator fixtures): the datasets live under
// the pool the run is given, remote hosts are reserved example names, nothing is started.
import type { LifecycleCase } from './lifecycle.js';
import type { AcceptanceServers } from './lifecycle-acceptance.js';

/** What the TrueNAS safe tier may use on the server. */
export interface TrueNASPlace {
  /** A pool where small datasets and a 16-32 MiB zvol may be made; without it, nothing that needs one. */
  readonly pool?: string;
  /** NVMe-oF hosts, subsystems and namespaces (TrueNAS 25.10 and newer). */
  readonly nvmet: boolean;
  /** A certificate and its key the run made itself (signed by a throwaway CA), to import. */
  readonly imported: { readonly certificate: string; readonly privateKey: string };
}

/** Objects that need no pool: accounts, keychain, cloud credential, iSCSI front end, cron jobs, init scripts, NVMe-oF hosts. */
function accountsAndKeys(prefix: string, v: 0 | 1, nvmet: boolean): string {
  const hcl = `resource "truenas_iscsi_portal" "acc" {
  listen  = ["0.0.0.0"]
  comment = "${prefix} portal${v ? ', renamed' : ''}"
}
resource "truenas_iscsi_initiator" "acc" {
  initiators = ${v ? '[]' : `["iqn.1993-08.org.debian:01:${prefix}"]`}
  comment    = "${prefix} initiator"
}
resource "truenas_iscsi_auth" "acc" {
  tag    = ${authTag(prefix)}
  user   = "${prefix}-chap"
  secret = "tfacc-secret${v}"
}
resource "truenas_group" "acc" {
  name = "${prefix}-group"
  smb  = ${v ? 'true' : 'false'}
}
resource "truenas_user" "acc" {
  username          = "${prefix}-user"
  full_name         = "${prefix} ${v ? 'renamed' : 'user'}"
  password_disabled = true
  smb               = false
  groups            = [truenas_group.acc.id]
}
resource "truenas_privilege" "acc" {
  name         = "${prefix}-privilege"
  local_groups = [truenas_group.acc.gid]
  roles        = ["${v ? 'SHARING_ADMIN' : 'READONLY_ADMIN'}"]
}
resource "truenas_api_key" "acc" {
  name       = "${prefix}-key${v ? '-renamed' : ''}"
  username   = truenas_user.acc.username
  depends_on = [truenas_privilege.acc]
}
resource "truenas_ssh_keypair" "acc" {
  name = "${prefix}-keypair${v ? '-renamed' : ''}"
}
resource "truenas_ssh_connection" "acc" {
  name            = "${prefix}-connection"
  host            = "offsite.example"
  port            = ${v ? 2222 : 22}
  private_key     = truenas_ssh_keypair.acc.id
  remote_host_key = truenas_ssh_keypair.acc.public_key
}
resource "truenas_cloudsync_credential" "acc" {
  name          = "${prefix}-s3"
  provider_type = "S3"
  settings      = { access_key_id = "AKIAEXAMPLE", endpoint = "https://s3.example.net", region = "${v ? 'us-2' : 'eu-1'}" }
  secrets       = { secret_access_key = "tfacc-not-a-secret" }
}
resource "truenas_cronjob" "acc" {
  user        = "root"
  command     = "true"
  description = "${prefix} cron job"
  schedule    = "${v ? '30 4 * * 0' : '0 3 * * 0'}"
  enabled     = false
}
resource "truenas_init_script" "acc" {
  command = "true"
  when    = "POSTINIT"
  comment = "${prefix} init script"
  enabled = false
  timeout = ${v ? 20 : 10}
}
resource "truenas_alert_service" "acc" {
  name    = "${prefix}-alerts"
  type    = "Slack"
  level   = "${v ? 'CRITICAL' : 'ERROR'}"
  url     = "https://hooks.example.net/${prefix}"
  enabled = false
}
resource "truenas_reporting_exporter" "acc" {
  name             = "${prefix}-graphite"
  destination_ip   = "192.0.2.20"
  destination_port = ${v ? 2004 : 2003}
  namespace        = "tfacc"
  enabled          = false
}`;
  if (!nvmet) return hcl;
  return `${hcl}
resource "truenas_nvmet_host" "acc" {
  hostnqn = "nqn.2014-08.org.example:${prefix}-host"
  dhchap_hash = "${v ? 'SHA-512' : 'SHA-256'}"
}
resource "truenas_nvmet_subsys" "acc" {
  name           = "${prefix}-subsys"
  allow_any_host = false
  qid_max        = ${v ? 64 : 32}
}
resource "truenas_nvmet_host_subsys" "acc" {
  host_id   = truenas_nvmet_host.acc.id
  subsys_id = truenas_nvmet_subsys.acc.id
}`;
}

/** A CHAP tag of the run's own (1000-9999), so it meets no tag of the server's. */
function authTag(prefix: string): number {
  return 1000 + (parseInt(prefix.slice(-4), 16) % 9000);
}

/**
 * The keychain's certificate side: the run's own certificate imported with its key, an ACME DNS
 * authenticator (acme.dns.authenticator.create only validates and stores its settings, it never
 * calls the DNS provider) and an NFSv4 ACL template; no pool needed.
 */
function certificatesAndTemplates(prefix: string, v: 0 | 1, imported: TrueNASPlace['imported']): string {
  return `resource "truenas_certificate" "acc" {
  name                   = "${prefix}-cert${v ? '-renamed' : ''}"
  certificate            = ${JSON.stringify(imported.certificate)}
  private_key_wo         = ${JSON.stringify(imported.privateKey)}
  private_key_wo_version = 1
}
resource "truenas_acme_dns_authenticator" "acc" {
  name          = "${prefix}-dns"
  authenticator = "cloudflare"
  secrets       = { api_token = "tfacc-not-a-token-${v}" }
}
resource "truenas_acl_template" "acc" {
  name    = "${prefix}-template${v ? '-renamed' : ''}"
  comment = "${prefix} template"
  nfs4_entries = [
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "GROUP", who = truenas_group.acc.name, perms = "MODIFY", flags = "INHERIT" },
  ]
}`;
}

/** Objects in the run's datasets: zvol and its iSCSI target, shares, snapshot, permissions, tasks. */
function onPool(prefix: string, pool: string, v: 0 | 1, nvmet: boolean): string {
  const data = `${pool}/${prefix}-data`;
  const hcl = `resource "truenas_dataset" "acc" {
  name     = "${data}"
  comments = "${prefix} ${v ? 'renamed' : 'data'}"
  atime    = ${v ? 'true' : 'false'}
}
resource "truenas_dataset" "acc_share" {
  name = "\${truenas_dataset.acc.name}/${prefix}-share"
}
resource "truenas_zvol" "acc" {
  name    = "${pool}/${prefix}-zvol"
  volsize = ${v ? 33554432 : 16777216}
}
resource "truenas_snapshot" "acc" {
  dataset = truenas_dataset.acc.name
  name    = "${prefix}-snapshot"
}
resource "truenas_iscsi_target" "acc" {
  name  = "${prefix}-target"
  alias = "${prefix} ${v ? 'renamed' : 'target'}"
  group {
    portal = truenas_iscsi_portal.acc.id
  }
}
resource "truenas_iscsi_extent" "acc" {
  name    = "${prefix}-extent"
  zvol    = truenas_zvol.acc.name
  comment = "${prefix} ${v ? 'renamed' : 'extent'}"
}
resource "truenas_iscsi_targetextent" "acc" {
  target = truenas_iscsi_target.acc.id
  extent = truenas_iscsi_extent.acc.id
  lun_id = 0
}
resource "truenas_nfs_share" "acc" {
  path     = truenas_dataset.acc_share.mountpoint
  comment  = "${prefix} nfs"
  networks = ["${v ? '198.51.100.0/24' : '192.0.2.0/24'}"]
  ro       = true
}
resource "truenas_smb_share" "acc" {
  name    = "${prefix}-smb"
  path    = truenas_dataset.acc_share.mountpoint
  comment = "${prefix} ${v ? 'renamed' : 'smb'}"
  ro      = true
}
resource "truenas_dataset" "acc_acl" {
  name       = "\${truenas_dataset.acc.name}/${prefix}-acl"
  share_type = "SMB"
}
resource "truenas_filesystem_acl" "acc" {
  path  = truenas_dataset.acc_acl.mountpoint
  user  = truenas_user.acc.username
  group = truenas_group.acc.name
  nfs4_entries = [
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "GROUP", who = truenas_group.acc.name, perms = "${v ? 'READ' : 'MODIFY'}", flags = "INHERIT" },
  ]
}
resource "truenas_filesystem_permissions" "acc" {
  path  = truenas_dataset.acc_share.mountpoint
  user  = truenas_user.acc.username
  group = truenas_group.acc.name
  mode  = "${v ? '770' : '750'}"
}
resource "truenas_periodic_snapshot_task" "acc" {
  dataset        = truenas_dataset.acc.name
  recursive      = true
  schedule       = "0 4 * * *"
  lifetime_value = ${v ? 3 : 2}
  lifetime_unit  = "DAY"
  enabled        = false
}
resource "truenas_replication_task" "acc" {
  name                       = "${prefix}-replication"
  transport                  = "LOCAL"
  source_datasets            = [truenas_dataset.acc.name]
  target_dataset             = "${pool}/${prefix}-copy"
  recursive                  = true
  periodic_snapshot_task_ids = [truenas_periodic_snapshot_task.acc.id]
  retention_policy           = "${v ? 'NONE' : 'SOURCE'}"
  auto                       = false
  enabled                    = false
}
resource "truenas_cloudsync_task" "acc" {
  description   = "${prefix} cloud sync"
  path          = truenas_dataset.acc.mountpoint
  credentials   = truenas_cloudsync_credential.acc.id
  bucket        = "tfacc"
  folder        = "${prefix}"
  direction     = "PUSH"
  transfer_mode = "${v ? 'COPY' : 'SYNC'}"
  enabled       = false
}
resource "truenas_rsync_task" "acc" {
  description  = "${prefix} rsync"
  path         = truenas_dataset.acc.mountpoint
  user         = "root"
  remotehost   = "rsync.example"
  remotemodule = "${prefix}"
  archive      = ${v ? 'true' : 'false'}
  enabled      = false
}`;
  if (!nvmet) return hcl;
  return `${hcl}
resource "truenas_zvol" "acc_nvme" {
  name    = "${pool}/${prefix}-nvme"
  volsize = 16777216
}
resource "truenas_nvmet_namespace" "acc" {
  subsys_id   = truenas_nvmet_subsys.acc.id
  device_type = "ZVOL"
  device_path = "zvol/\${truenas_zvol.acc_nvme.name}"
  enabled     = ${v ? 'true' : 'false'}
}`;
}

/** Addresses whose update step changes something (the others are created and left alone). */
const UPDATED = {
  any: [
    'iscsi_portal',
    'iscsi_initiator',
    'group',
    'user',
    'privilege',
    'api_key',
    'ssh_keypair',
    'ssh_connection',
    'cloudsync_credential',
    'cronjob',
    'init_script',
    'certificate',
    'acme_dns_authenticator',
    'acl_template',
  ],
  nvmet: ['nvmet_host', 'nvmet_subsys'],
  pool: [
    'dataset',
    'zvol',
    'iscsi_target',
    'iscsi_extent',
    'nfs_share',
    'smb_share',
    'filesystem_permissions',
    'filesystem_acl',
    'periodic_snapshot_task',
    'replication_task',
    'cloudsync_task',
    'rsync_task',
  ],
  poolNvmet: ['nvmet_namespace'],
} as const;

/** Import ids other than `id`, and attributes the server cannot give back. */
const IMPORTS: Record<string, { id?: (values: Record<string, unknown>) => string; unreadable?: string[] }> = {
  // Space figures move with every write to the pool (here: the zvol growing after its parent was read).
  zvol: { id: (values) => String(values.name), unreadable: ['used', 'available'] },
  dataset: { id: (values) => String(values.name), unreadable: ['used', 'available'] },
  iscsi_auth: { unreadable: ['secret'] },
  // From 25.10 the server keeps the S3 endpoint normalised ("https://s3.example.net/"); the configured spelling is known only to the apply.
  cloudsync_credential: { unreadable: ['secrets', 'settings.endpoint'] },
  api_key: { unreadable: ['key'] },
  // Whether the server made the user's primary group for it is known only to the create.
  user: { unreadable: ['created_group_id'] },
  ssh_keypair: { unreadable: ['private_key'] },
  snapshot: {},
  filesystem_permissions: { id: (values) => String(values.path) },
  // The key is write-only; entry ids are the server's positions, not configured.
  certificate: { unreadable: ['private_key_wo_version'] },
  acme_dns_authenticator: { unreadable: ['secrets'] },
  acl_template: { unreadable: ['nfs4_entries.id'] },
  filesystem_acl: { id: (values) => String(values.path), unreadable: ['nfs4_entries.id'] },
};

function createdTypes(place: TrueNASPlace): string[] {
  const created = ['iscsi_auth', ...UPDATED.any, ...(place.nvmet ? [...UPDATED.nvmet, 'nvmet_host_subsys'] : [])];
  if (place.pool) created.push(...UPDATED.pool, 'snapshot', 'iscsi_targetextent', ...(place.nvmet ? UPDATED.poolNvmet : []));
  return created;
}

/** Every TrueNAS safe-tier resource in one case: created, updated in place, imported, destroyed. */
export function truenasOwnObjectsCase(
  prefix: string,
  place: TrueNASPlace,
  leftovers: LifecycleCase<AcceptanceServers>['leftovers'],
): LifecycleCase<AcceptanceServers> {
  const config = (v: 0 | 1) =>
    [
      accountsAndKeys(prefix, v, place.nvmet),
      certificatesAndTemplates(prefix, v, place.imported),
      ...(place.pool ? [onPool(prefix, place.pool, v, place.nvmet)] : []),
    ].join('\n');
  const created = createdTypes(place);
  const updated = created.filter((type) => (Object.values(UPDATED) as readonly (readonly string[])[]).some((list) => list.includes(type)));
  const at = (types: readonly string[], action: 'create' | 'update') => Object.fromEntries(types.map((type) => [`truenas_${type}.acc`, action]));
  return {
    name: 'TrueNAS own objects (accounts, keychain, iSCSI, shares, datasets, tasks, NVMe-oF)',
    steps: [
      { config: config(0), expect: at(created, 'create') },
      { config: config(1), expect: at(updated, 'update') },
    ],
    imports: created
      // An API key's secret is shown once; a host-subsystem link has no id of its own to import by.
      .filter((type) => type !== 'nvmet_host_subsys')
      .map((type) => ({ address: `truenas_${type}.acc`, ...IMPORTS[type] })),
    leftovers,
  };
}
