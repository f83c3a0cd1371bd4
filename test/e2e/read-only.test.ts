// Read-only mode end to end: one resource of every type of both providers is applied normally,
// then with read_only (TrueNAS through TRUENAS_READ_ONLY, Proxmox through the provider block)
// terraform plans and refreshes without changes, and an apply of changes fails naming
// read_only and the refused call, while no mutating call reaches either simulator.
import assert from 'node:assert/strict';
import { ROLE_READ_METHODS } from '../../src/clients/truenas/read-methods.js';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { proxmoxDiscovery } from '../../src/discovery/proxmox.js';
import { truenasDiscovery } from '../../src/discovery/truenas.js';
import { labEnvironment, startLab, type Lab } from '../../src/sim/lab/index.js';
import { truenasProvider } from '../../src/providers/truenas/index.js';
import { proxmoxProvider } from '../../src/providers/proxmox/index.js';
import type { Workspace } from '../helpers/terraform.js';
import { providerWorkspace, REQUIRED_PROVIDERS } from '../helpers/providers.js';
import { generateCertificate } from '../../src/sim/truenas/tls.js';
import { ROOT_LOGIN } from '../providers/proxmox/harness.js';

const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

/** The custom node certificate proxmox_certificate uploads (made in `before`). */
let nodeCert = { certPem: '', keyPem: '' };

function providers(readOnly: boolean): string {
  return `${REQUIRED_PROVIDERS}
provider "truenas" {}
provider "proxmox" {${readOnly ? '\n  read_only = true\n' : ''}}
`;
}

/** One resource of every type, and data sources; `note` changes a comment or description on most of them. */
function resources(note: string): string {
  return `
resource "truenas_dataset" "data" {
  name     = "tank/ro-data"
  comments = "${note}"
}
resource "truenas_snapshot" "data" {
  dataset = truenas_dataset.data.name
  name    = "first"
}
resource "truenas_zvol" "disk" {
  name    = "tank/ro-disk"
  volsize = provider::truenas::parse_size("1G")
}
resource "truenas_iscsi_portal" "main" {
  listen  = ["0.0.0.0"]
  comment = "${note}"
}
resource "truenas_iscsi_initiator" "pve" {
  initiators = ["iqn.1993-08.org.debian:01:pve1"]
  comment    = "${note}"
}
resource "truenas_iscsi_auth" "chap" {
  tag    = 1
  user   = "pve"
  secret = "chap-secret-123"
}
resource "truenas_iscsi_target" "vm" {
  name  = "ro-target"
  alias = "${note}"
  group {
    portal    = truenas_iscsi_portal.main.id
    initiator = truenas_iscsi_initiator.pve.id
  }
}
resource "truenas_iscsi_extent" "disk" {
  name    = "ro-disk"
  type    = "DISK"
  zvol    = truenas_zvol.disk.name
  comment = "${note}"
}
resource "truenas_iscsi_targetextent" "disk" {
  target = truenas_iscsi_target.vm.id
  extent = truenas_iscsi_extent.disk.id
}
resource "truenas_nfs_share" "data" {
  path    = truenas_dataset.data.mountpoint
  comment = "${note}"
}
resource "truenas_smb_share" "data" {
  name    = "ro-data"
  path    = truenas_dataset.data.mountpoint
  comment = "${note}"
}
resource "truenas_service" "nfs" {
  service = "nfs"
  running = true
}

resource "proxmox_pool" "lab" {
  pool_id = "ro-pool"
  comment = "${note}"
}
resource "proxmox_group" "ops" {
  group_id = "ro-ops"
  comment  = "${note}"
}
resource "proxmox_role" "operator" {
  role_id    = "RoOperator"
  privileges = ["VM.Audit"]
}
resource "proxmox_user" "alice" {
  user_id = "ro-alice@pve"
  email   = "alice@example.com"
  comment = "${note}"
  groups  = [proxmox_group.ops.group_id]
}
resource "proxmox_api_token" "ci" {
  user_id    = proxmox_user.alice.user_id
  token_name = "ci"
  comment    = "${note}"
}
resource "proxmox_acl" "ops" {
  path     = "/vms"
  role_id  = proxmox_role.operator.role_id
  group_id = proxmox_group.ops.group_id
}
resource "proxmox_storage" "backups" {
  storage = "ro-backups"
  type    = "nfs"
  server  = "192.0.2.10"
  export  = "/mnt/tank/backups"
  content = ["backup"]
}
resource "proxmox_vm" "box" {
  node        = "pve"
  name        = "ro-box"
  description = "${note}"
  started     = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "2G"
  }
}
resource "proxmox_vm_snapshot" "clean" {
  node        = proxmox_vm.box.node
  vmid        = proxmox_vm.box.vmid
  name        = "clean"
  description = "${note}"
}
data "truenas_system_info" "nas" {}
data "truenas_pool" "tank" {
  name = "tank"
}
data "proxmox_version" "pve" {}
data "proxmox_vms" "all" {}
data "proxmox_storages" "pve" {
  node = "pve"
}
resource "truenas_dataset" "home" {
  name = "tank/ro-home"
}
resource "truenas_group" "staff" {
  name = "ro-staff"
  smb  = false
}
resource "truenas_user" "alice" {
  username  = "ro-alice"
  full_name = "Alice"
  password  = "alice-pw-123"
  home      = truenas_dataset.home.mountpoint
  groups    = [truenas_group.staff.id]
}
resource "truenas_privilege" "ops" {
  name         = "ro-ops"
  local_groups = [truenas_group.staff.gid]
  roles        = ["READONLY_ADMIN"]
}
resource "truenas_api_key" "ci" {
  name       = "ro-ci"
  username   = truenas_user.alice.username
  expires_at = "2099-01-01T00:00:00Z"
  depends_on = [truenas_privilege.ops]
}
resource "truenas_filesystem_permissions" "home" {
  path  = truenas_dataset.home.mountpoint
  user  = truenas_user.alice.username
  group = truenas_group.staff.name
  mode  = "750"
}
resource "truenas_dataset" "share" {
  name       = "tank/ro-share"
  share_type = "SMB"
}
resource "truenas_filesystem_acl" "share" {
  path  = truenas_dataset.share.mountpoint
  user  = truenas_user.alice.username
  group = truenas_group.staff.name
  nfs4_entries = [
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "GROUP", who = truenas_group.staff.name, perms = "MODIFY", flags = "INHERIT" },
  ]
}
resource "truenas_acl_template" "staff" {
  name    = "ro-staff-template"
  comment = "staff may modify"
  nfs4_entries = [
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "GROUP", who = truenas_group.staff.name, perms = "MODIFY", flags = "INHERIT" },
  ]
}
resource "truenas_acme_dns_authenticator" "cf" {
  name          = "ro-cf"
  authenticator = "cloudflare"
  secrets       = { api_token = "ro-cloudflare-token" }
}
resource "truenas_certificate" "csr" {
  name       = "ro_csr"
  common     = "nas.example.com"
  san        = ["nas.example.com"]
  key_length = 2048
}
resource "truenas_network_interface" "bridge" {
  name           = "br7"
  type           = "BRIDGE"
  bridge_members = ["enp2s0"]
  aliases        = ["10.47.0.2/24"]
}
resource "truenas_periodic_snapshot_task" "data" {
  dataset        = truenas_dataset.data.name
  recursive      = true
  schedule       = "0 * * * *"
  lifetime_value = 2
  lifetime_unit  = "DAY"
}
resource "truenas_replication_task" "data" {
  name                       = "ro-copy"
  transport                  = "LOCAL"
  source_datasets            = [truenas_dataset.data.name]
  target_dataset             = "tank/ro-copy"
  recursive                  = true
  periodic_snapshot_task_ids = [truenas_periodic_snapshot_task.data.id]
  retention_policy           = "SOURCE"
}
resource "truenas_ssh_keypair" "replication" {
  name = "ro-replication"
}
resource "truenas_ssh_connection" "offsite" {
  name            = "ro-offsite"
  host            = "offsite.example"
  port            = 22
  private_key     = truenas_ssh_keypair.replication.id
  remote_host_key = truenas_ssh_keypair.replication.public_key
}
resource "truenas_scrub_task" "tank" {
  pool      = "tank"
  threshold = 35
}
resource "truenas_cloudsync_credential" "b2" {
  name          = "ro-b2"
  provider_type = "B2"
  settings      = { account = "ro-account" }
  secrets       = { key = "ro-key" }
}
resource "truenas_cloudsync_credential" "s3" {
  name          = "ro-s3"
  provider_type = "S3"
  settings      = { access_key_id = "ro-access" }
  secrets       = { secret_access_key = "ro-secret" }
}
resource "truenas_cloudsync_task" "photos" {
  description   = "${note}"
  path          = "/mnt/\${truenas_dataset.data.name}"
  credentials   = truenas_cloudsync_credential.b2.id
  bucket        = "ro-bucket"
  direction     = "PUSH"
  transfer_mode = "COPY"
}
resource "truenas_rsync_task" "media" {
  description  = "${note}"
  path         = "/mnt/\${truenas_dataset.data.name}"
  user         = "root"
  remotehost   = "rsync.example"
  remotemodule = "media"
}
resource "truenas_cloud_backup" "documents" {
  description = "${note}"
  path        = "/mnt/\${truenas_dataset.data.name}"
  credentials = truenas_cloudsync_credential.s3.id
  bucket      = "ro-restic"
  keep_last   = 3
  password    = "ro-restic-password"
}
resource "truenas_ssh_config" "main" {
  passwordauth          = false
  password_login_groups = ["wheel"]
  sftp_log_facility     = "AUTH"
}
resource "truenas_nfs_config" "main" {
  protocols       = ["NFSV4"]
  mountd_log      = false
  statd_lockd_log = true
}
resource "truenas_zvol" "nvme" {
  name    = "tank/ro-nvme"
  volsize = provider::truenas::parse_size("1G")
}
resource "truenas_nvmet_global" "main" {
  xport_referral = true
}
resource "truenas_nvmet_host" "pve" {
  hostnqn = "nqn.2014-08.org.nvmexpress:uuid:ro-pve"
}
resource "truenas_nvmet_subsys" "vm" {
  name = "ro-subsys"
}
resource "truenas_nvmet_namespace" "disk" {
  subsys_id   = truenas_nvmet_subsys.vm.id
  device_type = "ZVOL"
  device_path = "zvol/\${truenas_zvol.nvme.name}"
}
resource "truenas_nvmet_port" "tcp" {
  addr_trtype = "TCP"
  addr_traddr = "0.0.0.0"
}
resource "truenas_nvmet_host_subsys" "pve_vm" {
  host_id   = truenas_nvmet_host.pve.id
  subsys_id = truenas_nvmet_subsys.vm.id
}
resource "truenas_nvmet_port_subsys" "tcp_vm" {
  port_id   = truenas_nvmet_port.tcp.id
  subsys_id = truenas_nvmet_subsys.vm.id
}
resource "truenas_iscsi_global" "main" {
  pool_avail_threshold = 80
}
resource "truenas_smb_config" "main" {
  description = "${note}"
}
resource "truenas_ftp_config" "main" {
  banner = "${note}"
}
resource "truenas_snmp_config" "main" {
  location = "${note}"
}
resource "truenas_ups_config" "main" {
  driver = "usbhid-ups$Back-UPS ES"
  port   = "auto"
}
resource "truenas_static_route" "lab" {
  destination = "10.20.0.0/16"
  gateway     = "127.0.0.1"
}
resource "truenas_ntp_server" "router" {
  address = "192.168.1.1"
}
resource "truenas_cronjob" "trim" {
  user    = "root"
  command = "zpool trim tank"
}
resource "truenas_init_script" "fans" {
  command = "echo fans"
  when    = "POSTINIT"
}
resource "truenas_tunable" "swappiness" {
  var   = "vm.swappiness"
  value = "10"
}
resource "truenas_reporting_exporter" "graphite" {
  name             = "ro-graphite"
  destination_ip   = "10.0.0.20"
  destination_port = 2003
  namespace        = "nas"
}
resource "truenas_alert_service" "mail" {
  name = "ro-mail"
  type = "Mail"
}
resource "truenas_mail_config" "main" {
  fromemail = "nas@example.org"
}
resource "truenas_network_config" "main" {
  domain   = "lab.example"
  hostname = "ro-nas"
}
resource "truenas_alert_policy" "main" {
  policies = { ScrubPaused = "NEVER" }
}
resource "proxmox_cluster_firewall" "dc" {
  enabled   = true
  policy_in = "DROP"
}
resource "proxmox_node_firewall" "pve" {
  node     = "pve"
  tcpflags = true
}
resource "proxmox_firewall_options" "box" {
  node      = "pve"
  vm_id     = proxmox_vm.box.vmid
  enabled   = true
  policy_in = "REJECT"
}
resource "proxmox_firewall_alias" "office" {
  name = "ro-office"
  cidr = "192.0.2.0/24"
}
resource "proxmox_firewall_ipset" "admins" {
  name  = "ro-admins"
  entry = [{ cidr = "198.51.100.0/24" }]
}
resource "proxmox_firewall_security_group" "web" {
  name = "ro-web"
  rule = [{ type = "in", action = "ACCEPT", macro = "HTTPS" }]
}
resource "proxmox_firewall_rules" "node" {
  node = "pve"
  rule = [{ type = "in", action = "ACCEPT", proto = "tcp", dport = "8006", source = proxmox_firewall_alias.office.name }]
}
resource "proxmox_sdn_zone" "lab" {
  zone = "rolab"
  type = "simple"
}
resource "proxmox_sdn_vnet" "servers" {
  vnet = "roserv"
  zone = proxmox_sdn_zone.lab.zone
}
resource "proxmox_sdn_subnet" "servers" {
  vnet    = proxmox_sdn_vnet.servers.vnet
  cidr    = "10.10.0.0/24"
  gateway = "10.10.0.1"
}
resource "proxmox_sdn_controller" "evpn" {
  controller = "roevpn"
  type       = "evpn"
  asn        = 65000
  peers      = ["10.0.0.1"]
}
resource "proxmox_sdn_ipam" "netbox" {
  ipam  = "ronetbox"
  type  = "netbox"
  url   = "https://netbox.lab.example/api"
  token = "netbox-secret-token"
}
resource "proxmox_sdn_applier" "sdn" {
  depends_on = [proxmox_sdn_zone.lab, proxmox_sdn_vnet.servers, proxmox_sdn_subnet.servers, proxmox_sdn_controller.evpn, proxmox_sdn_ipam.netbox]
  lifecycle {
    replace_triggered_by = [proxmox_sdn_zone.lab, proxmox_sdn_vnet.servers, proxmox_sdn_subnet.servers, proxmox_sdn_controller.evpn, proxmox_sdn_ipam.netbox]
  }
}
resource "proxmox_network_bridge" "trunk" {
  node       = "pve"
  name       = "vmbr9"
  ports      = ["eno2"]
  vlan_aware = true
}
resource "proxmox_network_bond" "uplink" {
  node   = "pve"
  name   = "bond0"
  slaves = ["eno3"]
  mode   = "802.3ad"
}
resource "proxmox_network_vlan" "storage" {
  node = "pve"
  name = "vmbr0.20"
}
resource "proxmox_node_dns" "pve" {
  node    = "pve"
  search  = "lab.example"
  servers = ["192.168.1.1"]
}
resource "proxmox_node_time" "pve" {
  node     = "pve"
  timezone = "Europe/Berlin"
}
resource "proxmox_node_hosts" "pve" {
  node    = "pve"
  content = "127.0.0.1 localhost\\n"
}
resource "proxmox_node_config" "pve" {
  node        = "pve"
  description = "rack 2"
}
resource "proxmox_apt_standard_repository" "no_subscription" {
  node   = "pve"
  handle = "no-subscription"
}
resource "proxmox_apt_repository" "enterprise" {
  node      = "pve"
  file_path = "/etc/apt/sources.list.d/pve-enterprise.sources"
  index     = 0
  enabled   = false
}
resource "proxmox_node_disk_zfs" "tank" {
  node      = "pve"
  name      = "rotank"
  raidlevel = "single"
  devices   = ["/dev/sdb"]
}
resource "proxmox_node_disk_lvm" "vg" {
  node   = "pve"
  name   = "rovg"
  device = "/dev/sdc"
}
resource "proxmox_node_disk_lvmthin" "thin" {
  node   = "pve"
  name   = "rothin"
  device = "/dev/sdd"
}
resource "proxmox_node_disk_directory" "dir" {
  node   = "pve"
  name   = "rodir"
  device = "/dev/nvme0n1"
}
resource "proxmox_realm" "corp" {
  realm     = "corp"
  type      = "ldap"
  server1   = "ldap.example.com"
  base_dn   = "dc=example,dc=com"
  user_attr = "uid"
  comment   = "${note}"
}
resource "proxmox_realm_sync" "corp" {
  job_id   = "corp"
  realm    = proxmox_realm.corp.realm
  schedule = "daily"
  scope    = "both"
  comment  = "${note}"
}
resource "proxmox_acme_account" "default" {
  name    = "default"
  contact = ["ops@example.com"]
  tos_url = "https://letsencrypt.org/documents/LE-SA-v1.5-February-24-2025.pdf"
}
resource "proxmox_acme_plugin" "cf" {
  plugin_id = "cf"
  api       = "cf"
  data      = { CF_Token = "${note}" }
}
resource "proxmox_certificate" "pve" {
  node         = "pve"
  certificates = <<-EOT
${nodeCert.certPem.trim()}
EOT
  private_key  = <<-EOT
${nodeCert.keyPem.trim()}
EOT
}
resource "proxmox_download_file" "iso" {
  node    = "pve"
  storage = "local"
  content = "iso"
  url     = "https://mirror.example.test/ro-netinst.iso"
}
resource "proxmox_file" "iso" {
  node           = "pve"
  storage        = "local"
  content        = "iso"
  file_name      = "ro-tools.iso"
  source_content = "made by the read-only test"
}
resource "proxmox_hardware_mapping_pci" "gpu" {
  name        = "rogpu"
  description = "${note}"
  map         = [{ node = "pve", path = "0000:01:00.0", id = "10de:1b80" }]
}
resource "proxmox_hardware_mapping_usb" "stick" {
  name        = "rostick"
  description = "${note}"
  map         = [{ node = "pve", id = "10c4:ea60" }]
}
resource "proxmox_hardware_mapping_dir" "media" {
  name        = "romedia"
  description = "${note}"
  map         = [{ node = "pve", path = "/srv/media" }]
}
resource "proxmox_cluster_options" "dc" {
  description = "${note}"
}
resource "proxmox_metrics_server" "graphite" {
  id     = "ro-graphite"
  type   = "graphite"
  server = "192.0.2.51"
  port   = 2003
  path   = "${note}"
}
resource "proxmox_backup_job" "nightly" {
  job_id   = "ro-nightly"
  schedule = "*-*-* 02:30"
  all      = true
  comment  = "${note}"
}
resource "proxmox_ha_resource" "dns" {
  sid     = "ct:\${proxmox_lxc.dns.vmid}"
  comment = "${note}"
}
resource "proxmox_ha_rule" "dns" {
  rule      = "ro-dns"
  type      = "node-affinity"
  resources = [proxmox_ha_resource.dns.sid]
  nodes     = ["pve"]
  comment   = "${note}"
}
# A guest on ZFS, replicated to the second node. HA groups need a Proxmox VE 8 server: declared, not created.
resource "proxmox_storage" "zfs" {
  storage = "rozfs"
  type    = "zfspool"
  pool    = proxmox_node_disk_zfs.tank.name
  content = ["images"]
}
resource "proxmox_vm" "replicated" {
  node    = "pve"
  name    = "ro-replicated"
  started = false
  disk {
    interface = "scsi0"
    storage   = proxmox_storage.zfs.storage
    size      = "2G"
  }
}
resource "proxmox_replication" "replicated" {
  id      = "\${proxmox_vm.replicated.vmid}-0"
  target  = "pve2"
  comment = "${note}"
}
resource "proxmox_ha_group" "none" {
  count = 0
  group = "pve8-only"
  nodes = ["pve"]
}
# The lab's one node has its custom certificate from proxmox_certificate: declared, not ordered.
# pve's certificate is proxmox_certificate's: the ACME one is ordered for the second node.
resource "proxmox_acme_certificate" "pve2" {
  node    = "pve2"
  account = proxmox_acme_account.default.name
  domains = [{ domain = "pve2.lab.example" }]
}
resource "proxmox_lxc" "dns" {
  node        = "pve"
  hostname    = "ro-dns"
  template    = "${TEMPLATE}"
  description = "${note}"
  memory      = 256
  rootfs {
    storage = "local-lvm"
    size    = "4G"
  }
}
resource "proxmox_lxc_snapshot" "clean" {
  node        = proxmox_lxc.dns.node
  vmid        = proxmox_lxc.dns.vmid
  name        = "clean"
  description = "${note}"
}
resource "proxmox_pool_membership" "local" {
  pool_id = proxmox_pool.lab.pool_id
  storage = "local"
}
data "proxmox_lxcs" "all" {}
`;
}

/** The lab's settings with a root@pam ticket instead of the lab's token: ACME accounts are root@pam's alone. */
function rootEnvironment(lab: Lab): Record<string, string> {
  return { ...labEnvironment(lab), PROXMOX_VE_API_TOKEN: '', PROXMOX_VE_USERNAME: ROOT_LOGIN.userid, PROXMOX_VE_PASSWORD: ROOT_LOGIN.password };
}

const READ_ONLY_ENV = { TRUENAS_READ_ONLY: 'true' };
const TRUEMOX = fileURLToPath(new URL('../../bin/truemox.mjs', import.meta.url));

/** The TrueNAS calls made since `before` (method -> count). */
function callsSince(before: ReadonlyMap<string, number>, now: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [method, count] of now) if (count > (before.get(method) ?? 0)) out.set(method, count - (before.get(method) ?? 0));
  return out;
}

/** Reads by their names alone: a judge independent of the client's allow-list. */
/** Methods only the read roles grant (derived from the API dumps), the logins, job polling and the version (no role needed). */
const READ_METHODS = new Set([...ROLE_READ_METHODS, 'auth.login_ex', 'auth.login_with_api_key', 'core.get_jobs', 'system.version']);
const LOOKS_LIKE_A_READ = { test: (method: string): boolean => READ_METHODS.has(method) };

/** A resource instance of the first workspace's state. */
interface StateResource {
  mode: string;
  type: string;
  name: string;
  instances: { attributes: Record<string, unknown> }[];
}

/**
 * The import id of each type discovery leaves out (`undiscoverable`: singletons, node settings,
 * files whose source cannot be read back), as its docs tell a user to write it by hand, from the
 * object the first workspace made.
 */
const HAND_IMPORT_IDS: Record<string, (attributes: Record<string, unknown>) => string> = {
  proxmox_cluster_options: () => 'cluster',
  proxmox_cluster_firewall: () => 'cluster',
  proxmox_certificate: (a) => String(a['node']),
  proxmox_download_file: (a) => String(a['id']),
  proxmox_file: (a) => String(a['id']),
  proxmox_pool_membership: (a) => `${String(a['pool_id'])}/storage/${String(a['storage'])}`,
  proxmox_firewall_rules: (a) => `node/${String(a['node'])}`,
  proxmox_firewall_options: (a) => `vm/${String(a['node'])}/${String(a['vm_id'])}`,
  proxmox_node_firewall: (a) => String(a['node']),
  proxmox_node_dns: (a) => String(a['node']),
  proxmox_node_hosts: (a) => String(a['node']),
  proxmox_node_time: (a) => String(a['node']),
  proxmox_node_config: (a) => String(a['node']),
  proxmox_sdn_applier: () => 'sdn',
  proxmox_apt_repository: (a) => `${String(a['node'])}${String(a['file_path'])}/${String(a['index'])}`,
  proxmox_apt_standard_repository: (a) => `${String(a['node'])}/${String(a['handle'])}`,
  proxmox_acme_certificate: (a) => String(a['node']),
  proxmox_node_disk_directory: (a) => `${String(a['node'])}/${String(a['name'])}`,
  truenas_filesystem_permissions: (a) => String(a['path']),
  truenas_filesystem_acl: (a) => String(a['path']),
  truenas_ssh_config: () => 'ssh',
  truenas_nfs_config: () => 'nfs',
  truenas_smb_config: () => 'smb',
  truenas_ftp_config: () => 'ftp',
  truenas_snmp_config: () => 'snmp',
  truenas_ups_config: () => 'ups',
  truenas_iscsi_global: () => 'iscsi.global',
  truenas_nvmet_global: () => 'nvmet.global',
  truenas_mail_config: () => 'mail',
  truenas_network_config: () => 'network.configuration',
  truenas_alert_policy: () => 'alertclasses',
};

/** Import blocks for every object of an undiscoverable type in `state`, written as a user would. */
function handImports(state: readonly StateResource[]): string {
  return state
    .filter((r) => r.mode === 'managed' && r.type in HAND_IMPORT_IDS)
    .flatMap((r) => r.instances.map((i) => `import {\n  to = ${r.type}.${r.name}\n  id = ${JSON.stringify(HAND_IMPORT_IDS[r.type]?.(i.attributes))}\n}\n`))
    .join('');
}

describe('read-only mode with terraform, every resource type', () => {
  let lab: Lab;
  let ws: Workspace;
  let adopted: Workspace | undefined;

  before(async () => {
    nodeCert = await generateCertificate('pve.lab.example');
    lab = await startLab({ proxmox: { taskDelayMs: 5, authFailureDelayMs: 0, users: [ROOT_LOGIN], extraNodes: ['pve2'] } });
    // A root@pam ticket, not the lab's token: ACME accounts are root@pam's alone.
    ws = providerWorkspace(rootEnvironment(lab));
    ws.writeConfig(providers(false));
    ws.writeConfig(resources('first'), 'resources.tf');
    await ws.init();
    await ws.apply();
  });

  after(async () => {
    ws?.cleanup();
    adopted?.cleanup();
    await lab?.stop();
  });

  // Adopting a lab: what the first workspace made is, for a second one, objects created outside
  // it. `truemox discover` writes their import blocks, terraform generates their configuration,
  // the import applies and the next plan is empty: the generated configuration is valid for
  // every discoverable type.
  it('discovers every object; the generated configuration imports them and plans empty', async () => {
    const env = { ...process.env, ...rootEnvironment(lab) };
    const truenasBefore = new Map(lab.truenas.callCounts);
    lab.proxmox.requests.length = 0;
    adopted = providerWorkspace(rootEnvironment(lab));
    adopted.writeConfig(providers(false));
    for (const provider of ['truenas', 'proxmox']) {
      await promisify(execFile)(process.execPath, [TRUEMOX, 'discover', provider, '--out', join(adopted.configDir, `${provider}-imports.tf`)], { env });
    }
    const mutating = [...callsSince(truenasBefore, lab.truenas.callCounts).keys()].filter((method) => !LOOKS_LIKE_A_READ.test(method));
    assert.deepEqual(mutating, [], 'discovery only reads TrueNAS');
    assert.deepEqual(
      // Logging in (POST /access/ticket) changes nothing on the server.
      lab.proxmox.requests.filter((r) => r.method !== 'GET' && r.path !== '/access/ticket').map((r) => `${r.method} ${r.path}`),
      [],
      'discovery only reads Proxmox',
    );

    // What discovery leaves out, the user imports by hand, and generates configuration for alike.
    const state = (JSON.parse(readFileSync(join(ws.configDir, 'terraform.tfstate'), 'utf8')) as { resources: StateResource[] }).resources;
    adopted.writeConfig(handImports(state), 'hand-imports.tf');

    await adopted.init();
    await adopted.expect(['plan', '-no-color', '-input=false', '-generate-config-out=generated.tf']);
    const generated = readFileSync(join(adopted.configDir, 'generated.tf'), 'utf8');
    // Every type the first workspace holds objects of (count = 0 ones hold none), discovered or
    // imported by hand: the generated configuration of each is valid and plans empty below.
    const applied = new Set(state.filter((r) => r.mode === 'managed' && r.instances.length > 0).map((r) => r.type));
    for (const type of [...Object.keys(truenasDiscovery.discoverers), ...Object.keys(proxmoxDiscovery.discoverers), ...Object.keys(HAND_IMPORT_IDS)]) {
      if (applied.has(type)) assert.match(generated, new RegExp(`resource "${type}" `), `${type} is imported and its configuration generated`);
    }
    for (const type of [...Object.keys(truenasDiscovery.undiscoverable), ...Object.keys(proxmoxDiscovery.undiscoverable)]) {
      assert.ok(type in HAND_IMPORT_IDS, `${type}: discovery leaves it out, so this test imports it by hand`);
      assert.ok(applied.has(type), `${type}: the first workspace holds one to import`);
    }
    const imported = await adopted.expect(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.match(imported.stdout, /Apply complete! Resources: \d+ imported, 0 added, 0 changed, 0 destroyed/);
    const plan = await adopted.expect(['plan', '-detailed-exitcode', '-no-color', '-input=false'], [0, 2]);
    assert.equal(plan.code, 0, `the adopted lab plans empty:\n${plan.stdout}`);
  });

  it('covers every resource type of both providers', () => {
    const config = resources('x');
    for (const type of [...truenasProvider.resources, ...proxmoxProvider.resources].map((r) => r.name)) {
      assert.match(config, new RegExp(`resource "${type}" `), `${type} is in the read-only test`);
    }
  });

  it('plans and refreshes without a mutating call, and refuses an apply of changes', async () => {
    ws.writeConfig(providers(true));
    const truenasBefore = new Map(lab.truenas.callCounts);
    const inventoryBefore = JSON.stringify(lab.truenas.state.inventory());
    lab.proxmox.requests.length = 0;

    const plan = await ws.expect(['plan', '-detailed-exitcode', '-no-color', '-input=false'], [0], READ_ONLY_ENV);
    assert.match(plan.stdout, /No changes/);
    await ws.expect(['apply', '-refresh-only', '-auto-approve', '-no-color', '-input=false'], [0], READ_ONLY_ENV);
    assert.ok(lab.proxmox.requests.length > 0, 'the plan read from Proxmox');
    assert.ok(callsSince(truenasBefore, lab.truenas.callCounts).size > 0, 'the plan read from TrueNAS');

    ws.writeConfig(resources('second'), 'resources.tf');
    ws.writeConfig(
      'resource "proxmox_group" "late" {\n  group_id = "ro-late"\n}\nresource "truenas_iscsi_initiator" "late" {\n  comment = "late"\n}\n',
      'new.tf',
    );
    const changes = await ws.expect(['plan', '-no-color', '-input=false'], [0], READ_ONLY_ENV);
    assert.match(changes.stdout, /Plan: 2 to add, \d+ to change, 0 to destroy/, 'planning changes works in read-only mode');
    const applied = await ws.expect(['apply', '-auto-approve', '-no-color', '-input=false'], [1], READ_ONLY_ENV);
    const output = applied.stderr.replace(/\s+/g, ' ');
    assert.match(output, /pool\.dataset\.update: refused: the provider is read-only \(read_only \(or TRUENAS_READ_ONLY\)\)/);
    assert.match(output, /iscsi\.initiator\.create: refused: the provider is read-only/);
    assert.match(output, /POST \/access\/groups: refused: the provider is read-only \(read_only \(or PROXMOX_VE_READ_ONLY\)\)/);
    assert.match(output, /PUT \/pools: refused: the provider is read-only/);
    assert.match(output, /PUT \/nodes\/pve\/qemu\/\d+\/config: refused: the provider is read-only/);

    const mutating = [...callsSince(truenasBefore, lab.truenas.callCounts).keys()].filter((method) => !LOOKS_LIKE_A_READ.test(method));
    assert.deepEqual(mutating, [], 'no mutating call reached the TrueNAS simulator');
    assert.equal(JSON.stringify(lab.truenas.state.inventory()), inventoryBefore, 'TrueNAS holds the same objects');
    // Logging in (POST /access/ticket) changes nothing on the server.
    const proxmoxWrites = lab.proxmox.requests.filter((r) => r.method !== 'GET' && r.path !== '/access/ticket').map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(proxmoxWrites, [], 'no mutating request reached the Proxmox simulator');
  });

  it('applies the same changes once read_only is off', async () => {
    ws.writeConfig(providers(false));
    await ws.apply();
    assert.equal((await ws.planHasChanges()).changes, false);
    await ws.destroy();
  });
});
