// The `proxmox` provider: Proxmox VE virtual machines, containers, storage and access.
import { buildPropertyStringFunction, parsePropertyStringFunction } from './functions/property-string.js';
import { parseVolumeIdFunction } from './functions/volume-id.js';
import { apiTokenEphemeral } from './ephemeral/api-token.js';
import { ticketEphemeral } from './ephemeral/ticket.js';
import { defineProvider } from '../../framework/provider.js';
import { VERSION } from '../../version.js';
import { createProxmoxClient, proxmoxConfigSchema, vmidRangeSetting } from './config.js';
import { VmidAllocator } from './shared/vmid-allocator.js';
import type { ProxmoxProviderData } from './provider-data.js';
import { sshSettings } from './ssh/settings.js';
import { nextVmidDataSource } from './data-sources/next-vmid.js';
import { nodeDataSource, nodesDataSource } from './data-sources/nodes.js';
import { storageContentDataSource } from './data-sources/storage-content.js';
import { filesDataSource } from './data-sources/files.js';
import { storageDataSource, storagesDataSource } from './data-sources/storages.js';
import { versionDataSource } from './data-sources/version.js';
import { lxcDataSource, lxcsDataSource, vmDataSource, vmsDataSource } from './data-sources/vms.js';
import { firewallAliasesDataSource, firewallIpsetsDataSource, firewallSecurityGroupsDataSource } from './data-sources/firewall.js';
import { clusterFirewallResource } from './resources/cluster-firewall.js';
import { firewallAliasResource } from './resources/firewall-alias.js';
import { firewallIpsetResource } from './resources/firewall-ipset.js';
import { firewallOptionsResource } from './resources/firewall-options.js';
import { firewallRulesResource } from './resources/firewall-rules.js';
import { firewallSecurityGroupResource } from './resources/firewall-security-group.js';
import { nodeFirewallResource } from './resources/node-firewall.js';
import { aclResource } from './resources/acl.js';
import { lxcResource } from './resources/lxc.js';
import { apiTokenResource } from './resources/api-token.js';
import { groupResource } from './resources/group.js';
import { poolResource } from './resources/pool.js';
import { poolMembershipResource } from './resources/pool-membership.js';
import { lxcSnapshotResource } from './resources/lxc-snapshot.js';
import { roleResource } from './resources/role.js';
import { storageResource } from './resources/storage.js';
import { userResource } from './resources/user.js';
import { vmSnapshotResource } from './resources/vm-snapshot.js';
import { vmResource } from './resources/vm.js';
import { explainProxmoxError } from './api-errors.js';
import { networkBondResource } from './resources/network-bond.js';
import { networkBridgeResource } from './resources/network-bridge.js';
import { nodeDiskZfsResource } from './resources/node-disk-zfs.js';
import { nodeDiskLvmResource } from './resources/node-disk-lvm.js';
import { nodeDiskLvmThinResource } from './resources/node-disk-lvmthin.js';
import { nodeDiskDirectoryResource } from './resources/node-disk-directory.js';
import { networkVlanResource } from './resources/network-vlan.js';
import { nodeConfigResource } from './resources/node-config.js';
import { aptRepositoryResource } from './resources/apt-repository.js';
import { aptStandardRepositoryResource } from './resources/apt-standard-repository.js';
import { nodeDnsResource } from './resources/node-dns.js';
import { nodeHostsResource } from './resources/node-hosts.js';
import { nodeTimeResource } from './resources/node-time.js';
import { sdnApplierResource } from './resources/sdn-applier.js';
import { sdnControllerResource } from './resources/sdn-controller.js';
import { sdnIpamResource } from './resources/sdn-ipam.js';
import { sdnSubnetResource } from './resources/sdn-subnet.js';
import { sdnVnetResource } from './resources/sdn-vnet.js';
import { sdnZoneResource } from './resources/sdn-zone.js';
import { realmResource } from './resources/realm.js';
import { realmSyncResource } from './resources/realm-sync.js';
import { acmeAccountResource } from './resources/acme-account.js';
import { acmePluginResource } from './resources/acme-plugin.js';
import { certificateResource } from './resources/certificate.js';
import { acmeCertificateResource } from './resources/acme-certificate.js';
import { backupJobResource } from './resources/backup-job.js';
import { replicationResource } from './resources/replication.js';
import { haResourceResource } from './resources/ha-resource.js';
import { haRuleResource } from './resources/ha-rule.js';
import { haGroupResource } from './resources/ha-group.js';
import { clusterOptionsResource } from './resources/cluster-options.js';
import { metricsServerResource } from './resources/metrics-server.js';

/** What every proxmox resource and data source gets from the configured provider. */
export type { ProxmoxProviderData } from './provider-data.js';
import { downloadFileResource } from './resources/download-file.js';
import { fileResource } from './resources/file.js';
import { hardwareMappingDirResource, hardwareMappingPciResource, hardwareMappingUsbResource } from './resources/hardware-mapping.js';
import { hardwareMappingsDataSource } from './data-sources/hardware-mappings.js';
import { clusterStatusDataSource } from './data-sources/cluster-status.js';
import { haStatusDataSource } from './data-sources/ha-status.js';
import { cephStatusDataSource } from './data-sources/ceph-status.js';
import { nodeDisksDataSource } from './data-sources/node-disks.js';
import { nodeTasksDataSource } from './data-sources/node-tasks.js';

export const proxmoxProvider = defineProvider({
  name: 'proxmox',
  address: 'registry.terraform.io/truemox/proxmox',
  version: VERSION,
  schema: proxmoxConfigSchema,
  resources: [
    vmResource,
    storageResource,
    poolResource,
    poolMembershipResource,
    userResource,
    groupResource,
    roleResource,
    aclResource,
    apiTokenResource,
    vmSnapshotResource,
    lxcSnapshotResource,
    lxcResource,
    clusterFirewallResource,
    nodeFirewallResource,
    firewallOptionsResource,
    firewallAliasResource,
    firewallIpsetResource,
    firewallSecurityGroupResource,
    firewallRulesResource,
    sdnZoneResource,
    sdnVnetResource,
    sdnSubnetResource,
    sdnControllerResource,
    sdnIpamResource,
    sdnApplierResource,
    networkBridgeResource,
    nodeDiskZfsResource,
    nodeDiskLvmResource,
    nodeDiskLvmThinResource,
    nodeDiskDirectoryResource,
    networkBondResource,
    networkVlanResource,
    nodeDnsResource,
    nodeHostsResource,
    nodeTimeResource,
    backupJobResource,
    replicationResource,
    haResourceResource,
    haRuleResource,
    haGroupResource,
    clusterOptionsResource,
    metricsServerResource,
    nodeConfigResource,
    aptRepositoryResource,
    aptStandardRepositoryResource,
    realmResource,
    realmSyncResource,
    acmeAccountResource,
    acmePluginResource,
    certificateResource,
    acmeCertificateResource,
    downloadFileResource,
    fileResource,
    hardwareMappingPciResource,
    hardwareMappingUsbResource,
    hardwareMappingDirResource,
  ],
  dataSources: [
    versionDataSource,
    nodesDataSource,
    nodeDataSource,
    vmDataSource,
    vmsDataSource,
    lxcDataSource,
    lxcsDataSource,
    storageDataSource,
    storagesDataSource,
    storageContentDataSource,
    filesDataSource,
    nextVmidDataSource,
    firewallAliasesDataSource,
    firewallIpsetsDataSource,
    firewallSecurityGroupsDataSource,
    hardwareMappingsDataSource,
    clusterStatusDataSource,
    haStatusDataSource,
    cephStatusDataSource,
    nodeDisksDataSource,
    nodeTasksDataSource,
  ],
  functions: [parseVolumeIdFunction, parsePropertyStringFunction, buildPropertyStringFunction],
  ephemeralResources: [apiTokenEphemeral, ticketEphemeral],
  example: `provider "proxmox" {
  endpoint = "https://pve.lan:8006"
  # api_token comes from PROXMOX_VE_API_TOKEN
}`,
  explainError: explainProxmoxError,
  async configure(ctx, config): Promise<ProxmoxProviderData> {
    const range = vmidRangeSetting(config);
    const client = await createProxmoxClient(ctx, config);
    const ssh = sshSettings(config.ssh, client.endpoint);
    return { client, vmids: new VmidAllocator(client.cluster, range), ssh };
  },
  apiCallCounts({ client }) {
    const { requests, logins, retries, taskPolls } = client.stats;
    return { api_calls: requests, api_logins: logins, api_retries: retries, api_task_polls: taskPolls };
  },
});
