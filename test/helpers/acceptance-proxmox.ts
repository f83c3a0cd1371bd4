// The Proxmox safe tier of `make acceptance` beyond the first group/role/pool case: access
// objects (a user with its token and an ACL on the run's own pool, an LDAP realm whose sync job
// stays disabled), datacenter sections (a disabled metric server, an ACME DNS plugin), and with
// a node and storage named a directory storage of the run's own (under /var/tmp) with a small ISO file,
// a disabled backup job of the run's pool and a directory mapping; and the objects that belong
// to the run's own guests (snapshots, firewall, HA). Every id starts with the run's prefix.
import type { LifecycleCase } from './lifecycle.js';
import type { AcceptanceServers } from './lifecycle-acceptance.js';

type Leftovers = LifecycleCase<AcceptanceServers>['leftovers'];

function accessAndDatacenter(prefix: string, v: 0 | 1): string {
  return `resource "proxmox_user" "acc" {
  user_id = "${prefix}-user@pve"
  comment = "${prefix} ${v ? 'renamed' : 'user'}"
}
resource "proxmox_api_token" "acc" {
  user_id              = proxmox_user.acc.user_id
  token_name           = "acc"
  comment              = "${prefix} ${v ? 'renamed' : 'token'}"
  privilege_separation = true
}
resource "proxmox_acl" "acc" {
  path     = "/pool/\${proxmox_pool.acc.pool_id}"
  role_id  = proxmox_role.acc.role_id
  token_id = proxmox_api_token.acc.id
}
resource "proxmox_realm" "acc" {
  realm     = "${prefix}-ldap"
  type      = "ldap"
  server1   = "ldap.example"
  base_dn   = "ou=people,dc=example,dc=org"
  user_attr = "uid"
  comment   = "${prefix} ${v ? 'renamed' : 'realm'}"
}
resource "proxmox_realm_sync" "acc" {
  job_id   = "${prefix}-sync"
  realm    = proxmox_realm.acc.realm
  schedule = "${v ? 'sun 03:00' : 'sat 03:00'}"
  scope    = "users"
  enabled  = false
  comment  = "${prefix} realm sync"
}
resource "proxmox_metrics_server" "acc" {
  id      = "${prefix}-graphite"
  type    = "graphite"
  server  = "192.0.2.10"
  port    = ${v ? 2004 : 2003}
  disable = true
}
resource "proxmox_acme_plugin" "acc" {
  plugin_id        = "${prefix}-dns"
  api              = "cf"
  data             = { CF_Token = "tfacc-not-a-token" }
  validation_delay = ${v ? 60 : 30}
}`;
}

/** Access and datacenter objects of the run's own (they lean on the first case's group, role and pool). */
export function proxmoxAccessCase(prefix: string, leftovers: Leftovers): LifecycleCase<AcceptanceServers> {
  const types = ['user', 'api_token', 'acl', 'realm', 'realm_sync', 'metrics_server', 'acme_plugin'];
  const updated = types.filter((type) => type !== 'acl');
  return {
    name: 'proxmox_user, proxmox_api_token, proxmox_acl, proxmox_realm, proxmox_realm_sync, proxmox_metrics_server, proxmox_acme_plugin',
    steps: [
      { config: accessAndDatacenter(prefix, 0), expect: Object.fromEntries(types.map((type) => [`proxmox_${type}.acc`, 'create'])) },
      { config: accessAndDatacenter(prefix, 1), expect: Object.fromEntries(updated.map((type) => [`proxmox_${type}.acc`, 'update'])) },
    ],
    imports: [
      { address: 'proxmox_user.acc' },
      { address: 'proxmox_api_token.acc', unreadable: ['value', 'secret'] },
      { address: 'proxmox_acl.acc' },
      { address: 'proxmox_realm.acc' },
      { address: 'proxmox_realm_sync.acc' },
      { address: 'proxmox_metrics_server.acc' },
      { address: 'proxmox_acme_plugin.acc', unreadable: ['data'] },
    ],
    leftovers,
  };
}

/**
 * Node-bound objects of the run's own. The PCI and USB mappings name a device no node has (vendor
 * ffff is PCI's "no device"): a mapping is cluster configuration only, whose create checks its
 * format and never the hardware (pve-manager PVE/API2/Cluster/Mapping/{PCI,USB}.pm create; the
 * hardware is checked only when listing with check-node, or when a guest uses it, which no case does).
 */
export function proxmoxNodeCase(prefix: string, node: string, leftovers: Leftovers): LifecycleCase<AcceptanceServers> {
  const config = (v: 0 | 1) => `resource "proxmox_storage" "acc" {
  storage = "${prefix}-dir"
  type    = "dir"
  path    = "/var/tmp/${prefix}"
  content = ["iso", "backup"]
  nodes   = ["${node}"]
}
resource "proxmox_file" "acc" {
  node           = "${node}"
  storage        = proxmox_storage.acc.storage
  content        = "iso"
  file_name      = "${prefix}.iso"
  source_content = "${prefix}\\n"
}
resource "proxmox_backup_job" "acc" {
  job_id   = "${prefix}-backup"
  schedule = "${v ? 'sun 04:00' : 'sat 04:00'}"
  enabled  = false
  storage  = proxmox_storage.acc.storage
  pool     = proxmox_pool.acc.pool_id
  comment  = "${prefix} backup job"
}
resource "proxmox_pool_membership" "acc_storage" {
  pool_id = proxmox_pool.acc.pool_id
  storage = proxmox_storage.acc.storage
}
resource "proxmox_hardware_mapping_dir" "acc" {
  name        = "${prefix}-dir"
  description = "${prefix} ${v ? 'renamed' : 'mapping'}"
  map         = [{ node = "${node}", path = "/var/tmp/${prefix}" }]
}
resource "proxmox_hardware_mapping_pci" "acc" {
  name        = "${prefix}-pci"
  description = "${prefix} ${v ? 'renamed' : 'mapping'}"
  map         = [{ node = "${node}", path = "0000:ff:1f.0", id = "ffff:0001", description = "not a device of the node" }]
}
resource "proxmox_hardware_mapping_usb" "acc" {
  name        = "${prefix}-usb"
  description = "${prefix} ${v ? 'renamed' : 'mapping'}"
  map         = [{ node = "${node}", id = "ffff:0001", description = "not a device of the node" }]
}`;
  return {
    name: 'proxmox_storage (dir), proxmox_file, proxmox_backup_job, proxmox_pool_membership, proxmox_hardware_mapping_{dir,pci,usb}',
    steps: [
      {
        config: config(0),
        expect: {
          'proxmox_storage.acc': 'create',
          'proxmox_file.acc': 'create',
          'proxmox_backup_job.acc': 'create',
          'proxmox_pool_membership.acc_storage': 'create',
          'proxmox_hardware_mapping_dir.acc': 'create',
          'proxmox_hardware_mapping_pci.acc': 'create',
          'proxmox_hardware_mapping_usb.acc': 'create',
        },
      },
      {
        config: config(1),
        expect: {
          'proxmox_backup_job.acc': 'update',
          'proxmox_hardware_mapping_dir.acc': 'update',
          'proxmox_hardware_mapping_pci.acc': 'update',
          'proxmox_hardware_mapping_usb.acc': 'update',
        },
      },
    ],
    imports: [
      { address: 'proxmox_storage.acc' },
      { address: 'proxmox_file.acc', unreadable: ['source_content', 'content_sha256'] },
      { address: 'proxmox_backup_job.acc' },
      { address: 'proxmox_pool_membership.acc_storage' },
      { address: 'proxmox_hardware_mapping_dir.acc' },
      { address: 'proxmox_hardware_mapping_pci.acc' },
      { address: 'proxmox_hardware_mapping_usb.acc' },
    ],
    leftovers,
  };
}

/** What hangs off the run's own VM (`proxmox_vm.acc`): a snapshot, its firewall, its HA resource and rule, its pool membership. */
export function proxmoxVmExtras(prefix: string, node: string, v: 0 | 1): string {
  return `resource "proxmox_vm_snapshot" "acc" {
  node        = "${node}"
  vmid        = proxmox_vm.acc.vmid
  name        = "acc"
  description = "${prefix} snapshot"
}
resource "proxmox_firewall_options" "acc" {
  node      = "${node}"
  vm_id     = proxmox_vm.acc.vmid
  enabled   = false
  policy_in = "${v ? 'REJECT' : 'DROP'}"
}
resource "proxmox_firewall_rules" "acc" {
  node  = "${node}"
  vm_id = proxmox_vm.acc.vmid
  rule  = [{ type = "in", action = "ACCEPT", macro = "SSH", comment = "${prefix}${v ? ' renamed' : ''}" }]
}
resource "proxmox_ha_resource" "acc" {
  sid     = "vm:\${proxmox_vm.acc.vmid}"
  state   = "stopped"
  comment = "${prefix} ${v ? 'renamed' : 'ha'}"
}
resource "proxmox_ha_rule" "acc" {
  rule      = "${prefix}-rule"
  type      = "node-affinity"
  resources = [proxmox_ha_resource.acc.sid]
  nodes     = ["${node}"]
  comment   = "${prefix} ${v ? 'renamed' : 'rule'}"
}
resource "proxmox_pool_membership" "acc_vm" {
  pool_id = proxmox_pool.acc.pool_id
  vmid    = proxmox_vm.acc.vmid
}`;
}

export const VM_EXTRA_IMPORTS = [
  { address: 'proxmox_vm_snapshot.acc' },
  { address: 'proxmox_firewall_options.acc' },
  { address: 'proxmox_firewall_rules.acc' },
  { address: 'proxmox_ha_resource.acc' },
  { address: 'proxmox_ha_rule.acc' },
  { address: 'proxmox_pool_membership.acc_vm' },
] as const;

/** The container's snapshot. */
export function proxmoxLxcExtras(prefix: string, node: string): string {
  return `resource "proxmox_lxc_snapshot" "acc" {
  node        = "${node}"
  vmid        = proxmox_lxc.acc.vmid
  name        = "acc"
  description = "${prefix} snapshot"
}`;
}
