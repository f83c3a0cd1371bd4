// The `truenas` provider: TrueNAS SCALE datasets, zvols, snapshots, iSCSI, shares, services.
// Its catalog: each resource, data source, function and ephemeral resource by type name, loaded
// when terraform first names it (src/framework/catalog.ts); index.ts is the provider with all loaded.
import { catalogEntry, defineCatalog } from '../../framework/catalog.js';
import { VERSION } from '../../version.js';
import { createTruenasClient, truenasConfigSchema } from './config.js';
import type { TrueNASProviderData } from './provider-data.js';
import { explainTruenasError } from './api-errors.js';

export const truenasCatalog = defineCatalog({
  name: 'truenas',
  address: 'registry.terraform.io/truemox/truenas',
  version: VERSION,
  schema: truenasConfigSchema,
  resources: [
    catalogEntry('truenas_zvol', () => import('./resources/zvol.js').then((m) => m.zvolResource)),
    catalogEntry('truenas_iscsi_portal', () => import('./resources/iscsi-portal.js').then((m) => m.iscsiPortalResource)),
    catalogEntry('truenas_iscsi_target', () => import('./resources/iscsi-target.js').then((m) => m.iscsiTargetResource)),
    catalogEntry('truenas_iscsi_extent', () => import('./resources/iscsi-extent.js').then((m) => m.iscsiExtentResource)),
    catalogEntry('truenas_iscsi_targetextent', () => import('./resources/iscsi-targetextent.js').then((m) => m.iscsiTargetExtentResource)),
    catalogEntry('truenas_iscsi_initiator', () => import('./resources/iscsi-initiator.js').then((m) => m.iscsiInitiatorResource)),
    catalogEntry('truenas_iscsi_auth', () => import('./resources/iscsi-auth.js').then((m) => m.iscsiAuthResource)),
    catalogEntry('truenas_dataset', () => import('./resources/dataset.js').then((m) => m.datasetResource)),
    catalogEntry('truenas_snapshot', () => import('./resources/snapshot.js').then((m) => m.snapshotResource)),
    catalogEntry('truenas_nfs_share', () => import('./resources/nfs-share.js').then((m) => m.nfsShareResource)),
    catalogEntry('truenas_smb_share', () => import('./resources/smb-share.js').then((m) => m.smbShareResource)),
    catalogEntry('truenas_service', () => import('./resources/service.js').then((m) => m.serviceResource)),
    catalogEntry('truenas_periodic_snapshot_task', () => import('./resources/periodic-snapshot-task.js').then((m) => m.periodicSnapshotTaskResource)),
    catalogEntry('truenas_replication_task', () => import('./resources/replication-task.js').then((m) => m.replicationTaskResource)),
    catalogEntry('truenas_ssh_keypair', () => import('./resources/ssh-keypair.js').then((m) => m.sshKeypairResource)),
    catalogEntry('truenas_certificate', () => import('./resources/certificate.js').then((m) => m.certificateResource)),
    catalogEntry('truenas_acme_dns_authenticator', () => import('./resources/acme-dns-authenticator.js').then((m) => m.acmeDnsAuthenticatorResource)),
    catalogEntry('truenas_ssh_connection', () => import('./resources/ssh-connection.js').then((m) => m.sshConnectionResource)),
    catalogEntry('truenas_scrub_task', () => import('./resources/scrub-task.js').then((m) => m.scrubTaskResource)),
    catalogEntry('truenas_cloudsync_credential', () => import('./resources/cloudsync-credential.js').then((m) => m.cloudsyncCredentialResource)),
    catalogEntry('truenas_cloudsync_task', () => import('./resources/cloudsync-task.js').then((m) => m.cloudsyncTaskResource)),
    catalogEntry('truenas_rsync_task', () => import('./resources/rsync-task.js').then((m) => m.rsyncTaskResource)),
    catalogEntry('truenas_cloud_backup', () => import('./resources/cloud-backup.js').then((m) => m.cloudBackupResource)),
    catalogEntry('truenas_user', () => import('./resources/user.js').then((m) => m.userResource)),
    catalogEntry('truenas_group', () => import('./resources/group.js').then((m) => m.groupResource)),
    catalogEntry('truenas_privilege', () => import('./resources/privilege.js').then((m) => m.privilegeResource)),
    catalogEntry('truenas_api_key', () => import('./resources/api-key.js').then((m) => m.apiKeyResource)),
    catalogEntry('truenas_filesystem_permissions', () => import('./resources/filesystem-permissions.js').then((m) => m.filesystemPermissionsResource)),
    catalogEntry('truenas_filesystem_acl', () => import('./resources/filesystem-acl.js').then((m) => m.filesystemAclResource)),
    catalogEntry('truenas_acl_template', () => import('./resources/acl-template.js').then((m) => m.aclTemplateResource)),
    catalogEntry('truenas_ssh_config', () => import('./resources/ssh-config.js').then((m) => m.sshConfigResource)),
    catalogEntry('truenas_nfs_config', () => import('./resources/nfs-config.js').then((m) => m.nfsConfigResource)),
    catalogEntry('truenas_nvmet_global', () => import('./resources/nvmet-global.js').then((m) => m.nvmetGlobalResource)),
    catalogEntry('truenas_nvmet_host', () => import('./resources/nvmet-host.js').then((m) => m.nvmetHostResource)),
    catalogEntry('truenas_nvmet_subsys', () => import('./resources/nvmet-subsys.js').then((m) => m.nvmetSubsysResource)),
    catalogEntry('truenas_nvmet_namespace', () => import('./resources/nvmet-namespace.js').then((m) => m.nvmetNamespaceResource)),
    catalogEntry('truenas_nvmet_port', () => import('./resources/nvmet-port.js').then((m) => m.nvmetPortResource)),
    catalogEntry('truenas_nvmet_host_subsys', () => import('./resources/nvmet-links.js').then((m) => m.nvmetHostSubsysResource)),
    catalogEntry('truenas_nvmet_port_subsys', () => import('./resources/nvmet-links.js').then((m) => m.nvmetPortSubsysResource)),
    catalogEntry('truenas_iscsi_global', () => import('./resources/iscsi-global.js').then((m) => m.iscsiGlobalResource)),
    catalogEntry('truenas_smb_config', () => import('./resources/smb-config.js').then((m) => m.smbConfigResource)),
    catalogEntry('truenas_ftp_config', () => import('./resources/ftp-config.js').then((m) => m.ftpConfigResource)),
    catalogEntry('truenas_snmp_config', () => import('./resources/snmp-config.js').then((m) => m.snmpConfigResource)),
    catalogEntry('truenas_ups_config', () => import('./resources/ups-config.js').then((m) => m.upsConfigResource)),
    catalogEntry('truenas_static_route', () => import('./resources/static-route.js').then((m) => m.staticRouteResource)),
    catalogEntry('truenas_ntp_server', () => import('./resources/ntp-server.js').then((m) => m.ntpServerResource)),
    catalogEntry('truenas_cronjob', () => import('./resources/cronjob.js').then((m) => m.cronjobResource)),
    catalogEntry('truenas_init_script', () => import('./resources/init-script.js').then((m) => m.initScriptResource)),
    catalogEntry('truenas_tunable', () => import('./resources/tunable.js').then((m) => m.tunableResource)),
    catalogEntry('truenas_mail_config', () => import('./resources/mail-config.js').then((m) => m.mailConfigResource)),
    catalogEntry('truenas_network_config', () => import('./resources/network-config.js').then((m) => m.networkConfigResource)),
    catalogEntry('truenas_alert_service', () => import('./resources/alert-service.js').then((m) => m.alertServiceResource)),
    catalogEntry('truenas_alert_policy', () => import('./resources/alert-policy.js').then((m) => m.alertPolicyResource)),
    catalogEntry('truenas_reporting_exporter', () => import('./resources/reporting-exporter.js').then((m) => m.reportingExporterResource)),
    catalogEntry('truenas_network_interface', () => import('./resources/network-interface.js').then((m) => m.networkInterfaceResource)),
  ],
  dataSources: [
    catalogEntry('truenas_certificate', () => import('./data-sources/certificate.js').then((m) => m.certificateDataSource)),
    catalogEntry('truenas_system_info', () => import('./data-sources/system-info.js').then((m) => m.systemInfoDataSource)),
    catalogEntry('truenas_pool', () => import('./data-sources/pool.js').then((m) => m.poolDataSource)),
    catalogEntry('truenas_dataset', () => import('./data-sources/dataset.js').then((m) => m.datasetDataSource)),
    catalogEntry('truenas_zvol', () => import('./data-sources/zvol.js').then((m) => m.zvolDataSource)),
    catalogEntry('truenas_iscsi_target', () => import('./data-sources/iscsi-target.js').then((m) => m.iscsiTargetDataSource)),
    catalogEntry('truenas_service', () => import('./data-sources/service.js').then((m) => m.serviceDataSource)),
    catalogEntry('truenas_snapshots', () => import('./data-sources/snapshots.js').then((m) => m.snapshotsDataSource)),
    catalogEntry('truenas_replication_task', () => import('./data-sources/replication-task.js').then((m) => m.replicationTaskDataSource)),
    catalogEntry('truenas_users', () => import('./data-sources/lists.js').then((m) => m.usersDataSource)),
    catalogEntry('truenas_groups', () => import('./data-sources/lists.js').then((m) => m.groupsDataSource)),
    catalogEntry('truenas_disks', () => import('./data-sources/lists.js').then((m) => m.disksDataSource)),
    catalogEntry('truenas_pools', () => import('./data-sources/lists.js').then((m) => m.poolsDataSource)),
    catalogEntry('truenas_filesystem_acl', () => import('./data-sources/acl.js').then((m) => m.filesystemAclDataSource)),
    catalogEntry('truenas_acl_templates', () => import('./data-sources/acl.js').then((m) => m.aclTemplatesDataSource)),
    catalogEntry('truenas_cloudsync_credential', () => import('./data-sources/credentials.js').then((m) => m.cloudsyncCredentialDataSource)),
    catalogEntry('truenas_keychain_credentials', () => import('./data-sources/credentials.js').then((m) => m.keychainCredentialsDataSource)),
    catalogEntry('truenas_cloudsync_tasks', () => import('./data-sources/backup-tasks.js').then((m) => m.cloudsyncTasksDataSource)),
    catalogEntry('truenas_rsync_tasks', () => import('./data-sources/backup-tasks.js').then((m) => m.rsyncTasksDataSource)),
    catalogEntry('truenas_cloud_backups', () => import('./data-sources/backup-tasks.js').then((m) => m.cloudBackupsDataSource)),
    catalogEntry('truenas_network_interfaces', () => import('./data-sources/lists.js').then((m) => m.networkInterfacesDataSource)),
  ],
  functions: [
    catalogEntry('parse_size', () => import('./functions/sizes.js').then((m) => m.parseSizeFunction)),
    catalogEntry('format_size', () => import('./functions/sizes.js').then((m) => m.formatSizeFunction)),
    catalogEntry('iqn', () => import('./functions/iscsi.js').then((m) => m.iqnFunction)),
    catalogEntry('cidr_contains', () => import('./functions/cidr.js').then((m) => m.cidrContainsFunction)),
  ],
  ephemeralResources: [catalogEntry('truenas_api_key', () => import('./ephemeral/api-key.js').then((m) => m.apiKeyEphemeral))],
  example: `provider "truenas" {
  endpoint = "https://nas.lan"
  # api_key comes from TRUENAS_API_KEY
}`,
  explainError: explainTruenasError,
  async configure(ctx, config): Promise<TrueNASProviderData> {
    return { client: await createTruenasClient(ctx, config), openClient: () => createTruenasClient(ctx, config) };
  },
  apiCallCounts({ client }) {
    const { apiCalls, logins, retries } = client.stats;
    return { api_calls: apiCalls + logins, api_logins: logins, api_retries: retries };
  },
});
