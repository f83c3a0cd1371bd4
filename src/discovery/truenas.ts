// The TrueNAS objects `truemox discover truenas` finds: what an administrator made (built-in
// users, groups and privileges, pool roots and the system's own datasets are left out), keyed
// by the import id of each resource type.
import type { TrueNASClient } from '../clients/truenas/index.js';
import { inRange } from '../providers/truenas/shared/release-gate.js';
import { byNumericId, objects, type DiscoveryRegistry } from './discovered.js';

/** Datasets the system keeps for itself: `.system`, `ix-applications`, `ix-apps` and their children. */
const systemDataset = (name: string): boolean =>
  name
    .split('/')
    .slice(1)
    .some((part) => part.startsWith('.') || part.startsWith('ix-'));

async function datasetsOfType(client: TrueNASClient, type: 'FILESYSTEM' | 'VOLUME') {
  const all = await client.datasets.query([['type', '=', type]]);
  return all.filter((d) => d.id.includes('/') && !systemDataset(d.id));
}

/** NVMe-oF rows, or none on releases before 25.10 (which have no nvmet methods). */
async function nvmetRows<T>(client: TrueNASClient, group: (nvmet: TrueNASClient['nvmet']) => { query(): Promise<T[]> }): Promise<T[]> {
  const version = await client.system.version();
  return inRange(version, { since: '25.10' }) ? group(client.nvmet).query() : [];
}

export const truenasDiscovery: DiscoveryRegistry<TrueNASClient> = {
  discoverers: {
    truenas_dataset: async (client) => objects(await datasetsOfType(client, 'FILESYSTEM'), (d) => d.id),
    truenas_zvol: async (client) => objects(await datasetsOfType(client, 'VOLUME'), (d) => d.id),
    truenas_snapshot: async (client) =>
      objects(
        (await client.snapshots.query()).filter((s) => !systemDataset(s.dataset)),
        (s) => s.name,
      ),
    truenas_iscsi_portal: async (client) => byNumericId(await client.iscsi.portals.query(), (p) => p.comment || `portal_${p.id}`),
    truenas_iscsi_initiator: async (client) => byNumericId(await client.iscsi.initiators.query(), (i) => i.comment || `initiator_${i.id}`),
    truenas_iscsi_auth: async (client) => byNumericId(await client.iscsi.auth.query(), (a) => `${a.user}_${a.tag}`),
    truenas_iscsi_target: async (client) => byNumericId(await client.iscsi.targets.query(), (t) => t.name),
    truenas_iscsi_extent: async (client) => byNumericId(await client.iscsi.extents.query(), (e) => e.name),
    truenas_iscsi_targetextent: async (client) => byNumericId(await client.iscsi.targetExtents.query(), (m) => `target${m.target}_lun${m.lunid}`),
    truenas_nfs_share: async (client) => byNumericId(await client.sharing.nfs.query(), (s) => s.path),
    truenas_smb_share: async (client) => byNumericId(await client.sharing.smb.query(), (s) => s.name),
    truenas_service: async (client) =>
      objects(
        (await client.services.query()).filter((s) => s.enable),
        (s) => s.service,
      ),
    truenas_periodic_snapshot_task: async (client) => byNumericId(await client.protection.snapshotTasks.query(), (t) => t.dataset),
    truenas_replication_task: async (client) => byNumericId(await client.protection.replication.query(), (t) => t.name),
    truenas_ssh_keypair: async (client) =>
      byNumericId(
        (await client.protection.keychain.query()).filter((k) => k.type === 'SSH_KEY_PAIR'),
        (k) => k.name,
      ),
    truenas_ssh_connection: async (client) =>
      byNumericId(
        (await client.protection.keychain.query()).filter((k) => k.type === 'SSH_CREDENTIALS'),
        (k) => k.name,
      ),
    truenas_scrub_task: async (client) => byNumericId(await client.protection.scrubTasks.query(), (t) => `scrub_${t.pool_name ?? t.pool}`),
    truenas_cloudsync_credential: async (client) => byNumericId(await client.protection.cloudCredentials.query(), (c) => c.name),
    truenas_cloudsync_task: async (client) => byNumericId(await client.protection.cloudSyncTasks.query(), (t) => t.description || `cloudsync_${t.id}`),
    truenas_rsync_task: async (client) => byNumericId(await client.protection.rsyncTasks.query(), (t) => t.desc || `rsync_${t.id}`),
    truenas_cloud_backup: async (client) => byNumericId(await client.protection.cloudBackups.query(), (t) => t.description || `cloud_backup_${t.id}`),
    truenas_user: async (client) =>
      byNumericId(
        (await client.accounts.users.query()).filter((u) => !u.builtin),
        (u) => u.username,
      ),
    truenas_group: async (client) =>
      byNumericId(
        (await client.accounts.groups.query()).filter((g) => !g.builtin),
        (g) => g.name,
      ),
    truenas_privilege: async (client) =>
      byNumericId(
        (await client.accounts.privileges.query()).filter((p) => p.builtin_name === null),
        (p) => p.name,
      ),
    truenas_api_key: async (client) => byNumericId(await client.accounts.apiKeys.query(), (k) => k.name),
    truenas_static_route: async (client) => byNumericId(await client.systemSettings.staticRoutes.query(), (r) => r.destination),
    truenas_ntp_server: async (client) => byNumericId(await client.systemSettings.ntpServers.query(), (n) => n.address),
    truenas_cronjob: async (client) => byNumericId(await client.systemSettings.cronJobs.query(), (j) => j.description || `cronjob_${j.id}`),
    truenas_init_script: async (client) => byNumericId(await client.systemSettings.initScripts.query(), (i) => i.comment || `init_${i.id}`),
    truenas_tunable: async (client) => byNumericId(await client.systemSettings.tunables.query(), (t) => t.var),
    truenas_reporting_exporter: async (client) => byNumericId(await client.systemSettings.reportingExporters.query(), (e) => e.name),
    truenas_alert_service: async (client) => byNumericId(await client.systemSettings.alertServices.query(), (a) => a.name),
    truenas_nvmet_host: async (client) => byNumericId(await nvmetRows(client, (g) => g.hosts), (h) => h.hostnqn),
    truenas_nvmet_subsys: async (client) => byNumericId(await nvmetRows(client, (g) => g.subsystems), (s) => s.name),
    truenas_nvmet_namespace: async (client) => byNumericId(await nvmetRows(client, (g) => g.namespaces), (n) => n.device_path),
    truenas_nvmet_port: async (client) => byNumericId(await nvmetRows(client, (g) => g.ports), (p) => `${p.addr_trtype}_${p.addr_traddr}`),
    truenas_nvmet_host_subsys: async (client) => byNumericId(await nvmetRows(client, (g) => g.hostSubsys), (l) => `host_subsys_${l.id}`),
    truenas_nvmet_port_subsys: async (client) => byNumericId(await nvmetRows(client, (g) => g.portSubsys), (l) => `port_subsys_${l.id}`),
    // Bridges, bonds and VLANs: the physical NICs every server has are left out.
    truenas_network_interface: async (client) =>
      objects(
        (await client.interfaces.query()).filter((i) => i.type !== 'PHYSICAL'),
        (i) => i.name,
      ),
    // The certificate the server made for itself at install is left out.
    truenas_certificate: async (client) =>
      byNumericId(
        (await client.crypto.certificates.query()).filter((c) => c.name !== 'truenas_default'),
        (c) => c.name,
      ),
    truenas_acme_dns_authenticator: async (client) => byNumericId(await client.crypto.dnsAuthenticators.query(), (a) => a.name),
    truenas_acl_template: async (client) =>
      byNumericId(
        (await client.aclTemplates.query()).filter((t) => !t.builtin),
        (t) => t.name,
      ),
  },
  undiscoverable: {
    truenas_filesystem_permissions: 'every path has an owner and a mode: there is no list of "permission objects" to adopt; import a path you manage',
    truenas_filesystem_acl: 'every path has an ACL: there is no list of "ACL objects" to adopt; import a path you manage',
    truenas_ssh_config: 'a service setting every server has; import it with the id "ssh" when you want to manage it',
    truenas_nfs_config: 'a service setting every server has; import it with the id "nfs" when you want to manage it',
    truenas_smb_config: 'a service setting every server has; import it with the id "smb" when you want to manage it',
    truenas_ftp_config: 'a service setting every server has; import it with the id "ftp" when you want to manage it',
    truenas_snmp_config: 'a service setting every server has; import it with the id "snmp" when you want to manage it',
    truenas_ups_config: 'a service setting every server has; import it with the id "ups" when you want to manage it',
    truenas_iscsi_global: 'a service setting every server has; import it with the id "iscsi.global" when you want to manage it',
    truenas_nvmet_global: 'a service setting every 25.10+ server has; import it with the id "nvmet.global" when you want to manage it',
    truenas_mail_config: 'a system setting every server has; import it with the id "mail" when you want to manage it',
    truenas_network_config: 'a system setting every server has; import it with the id "network.configuration" when you want to manage it',
    truenas_alert_policy: 'the alert classes are a system setting every server has; import them with the id "alertclasses"',
  },
};
