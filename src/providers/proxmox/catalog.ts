// The `proxmox` provider: Proxmox VE virtual machines, containers, storage and access.
// Its catalog: each resource, data source, function and ephemeral resource by type name, loaded
// when terraform first names it (src/framework/catalog.ts); index.ts is the provider with all loaded.
import { catalogEntry, defineCatalog } from '../../framework/catalog.js';
import { VERSION } from '../../version.js';
import { createProxmoxClient, proxmoxConfigSchema, vmidRangeSetting } from './config.js';
import { VmidAllocator } from './shared/vmid-allocator.js';
import type { ProxmoxProviderData } from './provider-data.js';
import { sshSettings } from './ssh/settings.js';
import { explainProxmoxError } from './api-errors.js';

/** What every proxmox resource and data source gets from the configured provider. */
export const proxmoxCatalog = defineCatalog({
  name: 'proxmox',
  address: 'registry.terraform.io/truemox/proxmox',
  version: VERSION,
  schema: proxmoxConfigSchema,
  resources: [
    catalogEntry('proxmox_vm', () => import('./resources/vm.js').then((m) => m.vmResource)),
    catalogEntry('proxmox_storage', () => import('./resources/storage.js').then((m) => m.storageResource)),
    catalogEntry('proxmox_pool', () => import('./resources/pool.js').then((m) => m.poolResource)),
    catalogEntry('proxmox_pool_membership', () => import('./resources/pool-membership.js').then((m) => m.poolMembershipResource)),
    catalogEntry('proxmox_user', () => import('./resources/user.js').then((m) => m.userResource)),
    catalogEntry('proxmox_group', () => import('./resources/group.js').then((m) => m.groupResource)),
    catalogEntry('proxmox_role', () => import('./resources/role.js').then((m) => m.roleResource)),
    catalogEntry('proxmox_acl', () => import('./resources/acl.js').then((m) => m.aclResource)),
    catalogEntry('proxmox_api_token', () => import('./resources/api-token.js').then((m) => m.apiTokenResource)),
    catalogEntry('proxmox_vm_snapshot', () => import('./resources/vm-snapshot.js').then((m) => m.vmSnapshotResource)),
    catalogEntry('proxmox_lxc_snapshot', () => import('./resources/lxc-snapshot.js').then((m) => m.lxcSnapshotResource)),
    catalogEntry('proxmox_lxc', () => import('./resources/lxc.js').then((m) => m.lxcResource)),
    catalogEntry('proxmox_cluster_firewall', () => import('./resources/cluster-firewall.js').then((m) => m.clusterFirewallResource)),
    catalogEntry('proxmox_node_firewall', () => import('./resources/node-firewall.js').then((m) => m.nodeFirewallResource)),
    catalogEntry('proxmox_firewall_options', () => import('./resources/firewall-options.js').then((m) => m.firewallOptionsResource)),
    catalogEntry('proxmox_firewall_alias', () => import('./resources/firewall-alias.js').then((m) => m.firewallAliasResource)),
    catalogEntry('proxmox_firewall_ipset', () => import('./resources/firewall-ipset.js').then((m) => m.firewallIpsetResource)),
    catalogEntry('proxmox_firewall_security_group', () => import('./resources/firewall-security-group.js').then((m) => m.firewallSecurityGroupResource)),
    catalogEntry('proxmox_firewall_rules', () => import('./resources/firewall-rules.js').then((m) => m.firewallRulesResource)),
    catalogEntry('proxmox_sdn_zone', () => import('./resources/sdn-zone.js').then((m) => m.sdnZoneResource)),
    catalogEntry('proxmox_sdn_vnet', () => import('./resources/sdn-vnet.js').then((m) => m.sdnVnetResource)),
    catalogEntry('proxmox_sdn_subnet', () => import('./resources/sdn-subnet.js').then((m) => m.sdnSubnetResource)),
    catalogEntry('proxmox_sdn_controller', () => import('./resources/sdn-controller.js').then((m) => m.sdnControllerResource)),
    catalogEntry('proxmox_sdn_ipam', () => import('./resources/sdn-ipam.js').then((m) => m.sdnIpamResource)),
    catalogEntry('proxmox_sdn_applier', () => import('./resources/sdn-applier.js').then((m) => m.sdnApplierResource)),
    catalogEntry('proxmox_network_bridge', () => import('./resources/network-bridge.js').then((m) => m.networkBridgeResource)),
    catalogEntry('proxmox_node_disk_zfs', () => import('./resources/node-disk-zfs.js').then((m) => m.nodeDiskZfsResource)),
    catalogEntry('proxmox_node_disk_lvm', () => import('./resources/node-disk-lvm.js').then((m) => m.nodeDiskLvmResource)),
    catalogEntry('proxmox_node_disk_lvmthin', () => import('./resources/node-disk-lvmthin.js').then((m) => m.nodeDiskLvmThinResource)),
    catalogEntry('proxmox_node_disk_directory', () => import('./resources/node-disk-directory.js').then((m) => m.nodeDiskDirectoryResource)),
    catalogEntry('proxmox_network_bond', () => import('./resources/network-bond.js').then((m) => m.networkBondResource)),
    catalogEntry('proxmox_network_vlan', () => import('./resources/network-vlan.js').then((m) => m.networkVlanResource)),
    catalogEntry('proxmox_node_dns', () => import('./resources/node-dns.js').then((m) => m.nodeDnsResource)),
    catalogEntry('proxmox_node_hosts', () => import('./resources/node-hosts.js').then((m) => m.nodeHostsResource)),
    catalogEntry('proxmox_node_time', () => import('./resources/node-time.js').then((m) => m.nodeTimeResource)),
    catalogEntry('proxmox_backup_job', () => import('./resources/backup-job.js').then((m) => m.backupJobResource)),
    catalogEntry('proxmox_replication', () => import('./resources/replication.js').then((m) => m.replicationResource)),
    catalogEntry('proxmox_ha_resource', () => import('./resources/ha-resource.js').then((m) => m.haResourceResource)),
    catalogEntry('proxmox_ha_rule', () => import('./resources/ha-rule.js').then((m) => m.haRuleResource)),
    catalogEntry('proxmox_ha_group', () => import('./resources/ha-group.js').then((m) => m.haGroupResource)),
    catalogEntry('proxmox_cluster_options', () => import('./resources/cluster-options.js').then((m) => m.clusterOptionsResource)),
    catalogEntry('proxmox_metrics_server', () => import('./resources/metrics-server.js').then((m) => m.metricsServerResource)),
    catalogEntry('proxmox_node_config', () => import('./resources/node-config.js').then((m) => m.nodeConfigResource)),
    catalogEntry('proxmox_apt_repository', () => import('./resources/apt-repository.js').then((m) => m.aptRepositoryResource)),
    catalogEntry('proxmox_apt_standard_repository', () => import('./resources/apt-standard-repository.js').then((m) => m.aptStandardRepositoryResource)),
    catalogEntry('proxmox_realm', () => import('./resources/realm.js').then((m) => m.realmResource)),
    catalogEntry('proxmox_realm_sync', () => import('./resources/realm-sync.js').then((m) => m.realmSyncResource)),
    catalogEntry('proxmox_acme_account', () => import('./resources/acme-account.js').then((m) => m.acmeAccountResource)),
    catalogEntry('proxmox_acme_plugin', () => import('./resources/acme-plugin.js').then((m) => m.acmePluginResource)),
    catalogEntry('proxmox_certificate', () => import('./resources/certificate.js').then((m) => m.certificateResource)),
    catalogEntry('proxmox_acme_certificate', () => import('./resources/acme-certificate.js').then((m) => m.acmeCertificateResource)),
    catalogEntry('proxmox_download_file', () => import('./resources/download-file.js').then((m) => m.downloadFileResource)),
    catalogEntry('proxmox_file', () => import('./resources/file.js').then((m) => m.fileResource)),
    catalogEntry('proxmox_hardware_mapping_pci', () => import('./resources/hardware-mapping.js').then((m) => m.hardwareMappingPciResource)),
    catalogEntry('proxmox_hardware_mapping_usb', () => import('./resources/hardware-mapping.js').then((m) => m.hardwareMappingUsbResource)),
    catalogEntry('proxmox_hardware_mapping_dir', () => import('./resources/hardware-mapping.js').then((m) => m.hardwareMappingDirResource)),
  ],
  dataSources: [
    catalogEntry('proxmox_version', () => import('./data-sources/version.js').then((m) => m.versionDataSource)),
    catalogEntry('proxmox_nodes', () => import('./data-sources/nodes.js').then((m) => m.nodesDataSource)),
    catalogEntry('proxmox_node', () => import('./data-sources/nodes.js').then((m) => m.nodeDataSource)),
    catalogEntry('proxmox_vm', () => import('./data-sources/vms.js').then((m) => m.vmDataSource)),
    catalogEntry('proxmox_vms', () => import('./data-sources/vms.js').then((m) => m.vmsDataSource)),
    catalogEntry('proxmox_lxc', () => import('./data-sources/vms.js').then((m) => m.lxcDataSource)),
    catalogEntry('proxmox_lxcs', () => import('./data-sources/vms.js').then((m) => m.lxcsDataSource)),
    catalogEntry('proxmox_storage', () => import('./data-sources/storages.js').then((m) => m.storageDataSource)),
    catalogEntry('proxmox_storages', () => import('./data-sources/storages.js').then((m) => m.storagesDataSource)),
    catalogEntry('proxmox_storage_content', () => import('./data-sources/storage-content.js').then((m) => m.storageContentDataSource)),
    catalogEntry('proxmox_files', () => import('./data-sources/files.js').then((m) => m.filesDataSource)),
    catalogEntry('proxmox_next_vmid', () => import('./data-sources/next-vmid.js').then((m) => m.nextVmidDataSource)),
    catalogEntry('proxmox_firewall_aliases', () => import('./data-sources/firewall.js').then((m) => m.firewallAliasesDataSource)),
    catalogEntry('proxmox_firewall_ipsets', () => import('./data-sources/firewall.js').then((m) => m.firewallIpsetsDataSource)),
    catalogEntry('proxmox_firewall_security_groups', () => import('./data-sources/firewall.js').then((m) => m.firewallSecurityGroupsDataSource)),
    catalogEntry('proxmox_hardware_mappings', () => import('./data-sources/hardware-mappings.js').then((m) => m.hardwareMappingsDataSource)),
    catalogEntry('proxmox_cluster_status', () => import('./data-sources/cluster-status.js').then((m) => m.clusterStatusDataSource)),
    catalogEntry('proxmox_ha_status', () => import('./data-sources/ha-status.js').then((m) => m.haStatusDataSource)),
    catalogEntry('proxmox_ceph_status', () => import('./data-sources/ceph-status.js').then((m) => m.cephStatusDataSource)),
    catalogEntry('proxmox_node_disks', () => import('./data-sources/node-disks.js').then((m) => m.nodeDisksDataSource)),
    catalogEntry('proxmox_node_tasks', () => import('./data-sources/node-tasks.js').then((m) => m.nodeTasksDataSource)),
  ],
  functions: [
    catalogEntry('parse_volume_id', () => import('./functions/volume-id.js').then((m) => m.parseVolumeIdFunction)),
    catalogEntry('parse_property_string', () => import('./functions/property-string.js').then((m) => m.parsePropertyStringFunction)),
    catalogEntry('build_property_string', () => import('./functions/property-string.js').then((m) => m.buildPropertyStringFunction)),
  ],
  ephemeralResources: [
    catalogEntry('proxmox_api_token', () => import('./ephemeral/api-token.js').then((m) => m.apiTokenEphemeral)),
    catalogEntry('proxmox_ticket', () => import('./ephemeral/ticket.js').then((m) => m.ticketEphemeral)),
  ],
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
