// The `truenas` provider: TrueNAS SCALE datasets, zvols, snapshots, iSCSI, shares, services.
import { defineProvider } from '../../framework/provider.js';
import { VERSION } from '../../version.js';
import { createTruenasClient, truenasConfigSchema } from './config.js';
import type { TrueNASProviderData } from './provider-data.js';
import { datasetDataSource } from './data-sources/dataset.js';
import { iscsiTargetDataSource } from './data-sources/iscsi-target.js';
import { poolDataSource } from './data-sources/pool.js';
import { serviceDataSource } from './data-sources/service.js';
import { systemInfoDataSource } from './data-sources/system-info.js';
import { zvolDataSource } from './data-sources/zvol.js';
import { snapshotsDataSource } from './data-sources/snapshots.js';
import { replicationTaskDataSource } from './data-sources/replication-task.js';
import { datasetResource } from './resources/dataset.js';
import { iscsiAuthResource } from './resources/iscsi-auth.js';
import { iscsiExtentResource } from './resources/iscsi-extent.js';
import { iscsiInitiatorResource } from './resources/iscsi-initiator.js';
import { iscsiPortalResource } from './resources/iscsi-portal.js';
import { iscsiTargetResource } from './resources/iscsi-target.js';
import { iscsiTargetExtentResource } from './resources/iscsi-targetextent.js';
import { nfsShareResource } from './resources/nfs-share.js';
import { serviceResource } from './resources/service.js';
import { smbShareResource } from './resources/smb-share.js';
import { snapshotResource } from './resources/snapshot.js';
import { zvolResource } from './resources/zvol.js';
import { periodicSnapshotTaskResource } from './resources/periodic-snapshot-task.js';
import { replicationTaskResource } from './resources/replication-task.js';
import { sshKeypairResource } from './resources/ssh-keypair.js';
import { certificateResource } from './resources/certificate.js';
import { acmeDnsAuthenticatorResource } from './resources/acme-dns-authenticator.js';
import { certificateDataSource } from './data-sources/certificate.js';
import { sshConnectionResource } from './resources/ssh-connection.js';
import { scrubTaskResource } from './resources/scrub-task.js';
import { cloudsyncCredentialResource } from './resources/cloudsync-credential.js';
import { cloudsyncTaskResource } from './resources/cloudsync-task.js';
import { rsyncTaskResource } from './resources/rsync-task.js';
import { cloudBackupResource } from './resources/cloud-backup.js';
import { cloudBackupsDataSource, cloudsyncTasksDataSource, rsyncTasksDataSource } from './data-sources/backup-tasks.js';
import { apiKeyResource } from './resources/api-key.js';
import { filesystemPermissionsResource } from './resources/filesystem-permissions.js';
import { filesystemAclResource } from './resources/filesystem-acl.js';
import { aclTemplateResource } from './resources/acl-template.js';
import { groupResource } from './resources/group.js';
import { privilegeResource } from './resources/privilege.js';
import { userResource } from './resources/user.js';
import { nfsConfigResource } from './resources/nfs-config.js';
import { sshConfigResource } from './resources/ssh-config.js';
import { nvmetGlobalResource } from './resources/nvmet-global.js';
import { nvmetHostResource } from './resources/nvmet-host.js';
import { nvmetSubsysResource } from './resources/nvmet-subsys.js';
import { nvmetNamespaceResource } from './resources/nvmet-namespace.js';
import { nvmetPortResource } from './resources/nvmet-port.js';
import { nvmetHostSubsysResource, nvmetPortSubsysResource } from './resources/nvmet-links.js';
import { iscsiGlobalResource } from './resources/iscsi-global.js';
import { smbConfigResource } from './resources/smb-config.js';
import { ftpConfigResource } from './resources/ftp-config.js';
import { snmpConfigResource } from './resources/snmp-config.js';
import { upsConfigResource } from './resources/ups-config.js';
import { disksDataSource, groupsDataSource, networkInterfacesDataSource, poolsDataSource, usersDataSource } from './data-sources/lists.js';
import { aclTemplatesDataSource, filesystemAclDataSource } from './data-sources/acl.js';
import { cloudsyncCredentialDataSource, keychainCredentialsDataSource } from './data-sources/credentials.js';
import { staticRouteResource } from './resources/static-route.js';
import { ntpServerResource } from './resources/ntp-server.js';
import { cronjobResource } from './resources/cronjob.js';
import { initScriptResource } from './resources/init-script.js';
import { tunableResource } from './resources/tunable.js';
import { mailConfigResource } from './resources/mail-config.js';
import { networkConfigResource } from './resources/network-config.js';
import { alertServiceResource } from './resources/alert-service.js';
import { alertPolicyResource } from './resources/alert-policy.js';
import { reportingExporterResource } from './resources/reporting-exporter.js';
import { networkInterfaceResource } from './resources/network-interface.js';
import { formatSizeFunction, parseSizeFunction } from './functions/sizes.js';
import { iqnFunction } from './functions/iscsi.js';
import { cidrContainsFunction } from './functions/cidr.js';
import { explainTruenasError } from './api-errors.js';
import { apiKeyEphemeral } from './ephemeral/api-key.js';

export type { TrueNASProviderData } from './provider-data.js';

export const truenasProvider = defineProvider({
  name: 'truenas',
  address: 'registry.terraform.io/truemox/truenas',
  version: VERSION,
  schema: truenasConfigSchema,
  resources: [
    zvolResource,
    iscsiPortalResource,
    iscsiTargetResource,
    iscsiExtentResource,
    iscsiTargetExtentResource,
    iscsiInitiatorResource,
    iscsiAuthResource,
    datasetResource,
    snapshotResource,
    nfsShareResource,
    smbShareResource,
    serviceResource,
    periodicSnapshotTaskResource,
    replicationTaskResource,
    sshKeypairResource,
    certificateResource,
    acmeDnsAuthenticatorResource,
    sshConnectionResource,
    scrubTaskResource,
    cloudsyncCredentialResource,
    cloudsyncTaskResource,
    rsyncTaskResource,
    cloudBackupResource,
    userResource,
    groupResource,
    privilegeResource,
    apiKeyResource,
    filesystemPermissionsResource,
    filesystemAclResource,
    aclTemplateResource,
    sshConfigResource,
    nfsConfigResource,
    // Block storage and service settings (issue #21).
    nvmetGlobalResource,
    nvmetHostResource,
    nvmetSubsysResource,
    nvmetNamespaceResource,
    nvmetPortResource,
    nvmetHostSubsysResource,
    nvmetPortSubsysResource,
    iscsiGlobalResource,
    smbConfigResource,
    ftpConfigResource,
    snmpConfigResource,
    upsConfigResource,
    // System settings (issue #21).
    staticRouteResource,
    ntpServerResource,
    cronjobResource,
    initScriptResource,
    tunableResource,
    mailConfigResource,
    networkConfigResource,
    alertServiceResource,
    alertPolicyResource,
    reportingExporterResource,
    networkInterfaceResource,
  ],
  dataSources: [
    certificateDataSource,
    systemInfoDataSource,
    poolDataSource,
    datasetDataSource,
    zvolDataSource,
    iscsiTargetDataSource,
    serviceDataSource,
    snapshotsDataSource,
    replicationTaskDataSource,
    usersDataSource,
    groupsDataSource,
    disksDataSource,
    poolsDataSource,
    filesystemAclDataSource,
    aclTemplatesDataSource,
    cloudsyncCredentialDataSource,
    keychainCredentialsDataSource,
    cloudsyncTasksDataSource,
    rsyncTasksDataSource,
    cloudBackupsDataSource,
    networkInterfacesDataSource,
  ],
  functions: [parseSizeFunction, formatSizeFunction, iqnFunction, cidrContainsFunction],
  ephemeralResources: [apiKeyEphemeral],
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
