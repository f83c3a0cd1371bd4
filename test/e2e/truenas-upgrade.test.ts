// A TrueNAS upgrade under existing terraform state: apply a homelab's worth of resources on
// 25.04, upgrade the simulator to 25.10 (its database migrations change the stored objects as the
// real ones do: src/sim/truenas/upgrade.ts), plan with the unchanged configuration; add NVMe-oF,
// upgrade to 26.0, plan again. Nothing may be planned, least of all a replacement.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';
import { externalCertificate, type ExternalCertificate } from '../helpers/certificates.js';

const POOLS = [
  { name: 'tank', size: 1024 ** 4 },
  { name: 'backup', size: 1024 ** 4 },
];

/**
 * What exists from 25.04 on. `smartd`: the service 25.10 dropped; `smb1`: the SMB setting 26.0
 * replaced (each left out from then on, as the plan-time errors ask); `edited`: the settings the
 * apply on 25.10 changes (written to the migrated objects with 25.10's API).
 */
function onEveryRelease({ smartd, smb1, edited = false }: { smartd: boolean; smb1: boolean; edited?: boolean }): string {
  const pem = importedPem!;
  const shareComment = edited ? 'films and series' : 'films';
  return `${smartd ? 'resource "truenas_service" "smart" {\n  service = "smartd"\n}\n' : ''}
resource "truenas_dataset" "media" {
  name        = "tank/media"
  compression = "zstd"
  atime       = false
  quota       = 0
  comments    = "films"
}
resource "truenas_dataset" "secret" {
  name        = "tank/secret"
  encryption  = true
  passphrase  = "correct horse battery"
  pbkdf2iters = 350000
}
resource "truenas_dataset" "vms" {
  name = "tank/vms"
}
resource "truenas_dataset" "home" {
  name = "tank/home"
}
resource "truenas_snapshot" "media" {
  dataset = truenas_dataset.media.name
  name    = "before-upgrade"
}
resource "truenas_zvol" "disk" {
  name     = "\${truenas_dataset.vms.name}/disk0"
  volsize  = provider::truenas::parse_size("1G")
  comments = "vm 100"
}
resource "truenas_iscsi_portal" "main" {
  listen = ["0.0.0.0"]
}
resource "truenas_iscsi_initiator" "pve" {
  initiators = ["iqn.1993-08.org.debian:01:pve1"]
}
resource "truenas_iscsi_auth" "chap" {
  tag    = 1
  user   = "pve"
  secret = "chap-secret-123"
}
resource "truenas_iscsi_target" "vm" {
  name = "vm-100"
  group {
    portal     = truenas_iscsi_portal.main.id
    initiator  = truenas_iscsi_initiator.pve.id
    authmethod = "CHAP"
    auth       = truenas_iscsi_auth.chap.tag
  }
}
resource "truenas_iscsi_extent" "disk" {
  name = "vm-100-disk"
  zvol = truenas_zvol.disk.name
}
resource "truenas_iscsi_targetextent" "disk" {
  target = truenas_iscsi_target.vm.id
  extent = truenas_iscsi_extent.disk.id
}
resource "truenas_nfs_share" "media" {
  path     = truenas_dataset.media.mountpoint
  networks = ["192.168.1.0/24"]
  comment  = "media for the LAN"
}
resource "truenas_smb_share" "media" {
  name        = "media"
  path        = truenas_dataset.media.mountpoint
  comment     = "${shareComment}"
  ro          = true
  timemachine = true
  recyclebin  = true
  hostsallow  = ["192.168.1.0/24"]
}
resource "truenas_smb_share" "guests" {
  name    = "guests"
  path    = truenas_dataset.home.mountpoint
  guestok = true
  abe     = true
}
resource "truenas_group" "staff" {
  name = "staff"
  smb  = false
}
resource "truenas_user" "alice" {
  username  = "alice"
  full_name = "Alice"
  password  = "alice-pw-123"
  home      = truenas_dataset.home.mountpoint
  groups    = [truenas_group.staff.id]
}
resource "truenas_periodic_snapshot_task" "vms" {
  dataset        = truenas_dataset.vms.name
  recursive      = true
  schedule       = "0 * * * *"
  lifetime_value = 2
  lifetime_unit  = "DAY"
}
resource "truenas_replication_task" "vms" {
  name                       = "vms-to-backup"
  transport                  = "LOCAL"
  source_datasets            = [truenas_dataset.vms.name]
  target_dataset             = "backup/vms"
  recursive                  = true
  periodic_snapshot_task_ids = [truenas_periodic_snapshot_task.vms.id]
  retention_policy           = "SOURCE"
}
resource "truenas_cloudsync_credential" "s3" {
  name          = "wasabi"
  provider_type = "S3"
  settings      = { access_key_id = "AKIAEXAMPLE", endpoint = "s3.eu-central-2.wasabisys.com" }
  secrets       = { secret_access_key = "s3-secret" }
}
resource "truenas_privilege" "ops" {
  name         = "ops"
  local_groups = [truenas_group.staff.gid]
  roles        = ["READONLY_ADMIN"]
}
resource "truenas_api_key" "ci" {
  name       = "ci"
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
resource "truenas_acl_template" "staff" {
  name    = "staff"
  comment = "staff may modify"
  nfs4_entries = [
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "GROUP", who = truenas_group.staff.name, perms = "MODIFY", flags = "INHERIT" },
  ]
}
resource "truenas_scrub_task" "tank" {
  pool      = "tank"
  threshold = 35
}
resource "truenas_cloudsync_task" "vms" {
  description         = "vms nightly"
  path                = truenas_dataset.vms.mountpoint
  credentials         = truenas_cloudsync_credential.s3.id
  bucket              = "nas-vms"
  folder              = "vms"
  direction           = "PUSH"
  transfer_mode       = "SYNC"
  schedule            = "0 * * * *"
  encryption          = true
  encryption_password = "sync-stored-password"
  bwlimit {
    time      = "08:00"
    bandwidth = 1048576
  }
}
resource "truenas_rsync_task" "vms" {
  description  = "vms nightly"
  path         = truenas_dataset.vms.mountpoint
  user         = "root"
  remotehost   = "rsync.example"
  remotemodule = "vms"
  extra        = ["--bwlimit=1000"]
}
resource "truenas_cloud_backup" "vms" {
  description         = "vms restic"
  path                = truenas_dataset.vms.mountpoint
  credentials         = truenas_cloudsync_credential.s3.id
  bucket              = "nas-restic"
  folder              = "vms"
  keep_last           = 7
  password_wo         = "restic-write-only-1"
  password_wo_version = 1
}
resource "truenas_static_route" "lab" {
  destination = "fd00:20::/64"
  gateway     = "fd00::1"
  description = "lab"
}
resource "truenas_ntp_server" "router" {
  address = "192.168.1.1"
}
resource "truenas_cronjob" "trim" {
  user     = "root"
  command  = "zpool trim tank"
  schedule = "0 3 * * 0"
}
resource "truenas_init_script" "fans" {
  command = "echo fans"
  when    = "POSTINIT"
  timeout = 10
}
resource "truenas_tunable" "swappiness" {
  var   = "vm.swappiness"
  value = "10"
}
resource "truenas_reporting_exporter" "graphite" {
  name             = "graphite"
  destination_ip   = "10.0.0.20"
  destination_port = 2003
  namespace        = "nas"
}
resource "truenas_alert_service" "slack" {
  name  = "ops"
  type  = "Slack"
  level = "WARNING"
  url   = "https://hooks.example.org/services/one"
}
resource "truenas_mail_config" "main" {
  fromemail       = "nas@example.org"
  outgoingserver  = "smtp.example.org"
  port            = 587
  security        = "TLS"
  smtp            = true
  user            = "nas@example.org"
  pass_wo         = "smtp-secret-1"
  pass_wo_version = 1
}
resource "truenas_network_config" "main" {
  hostname    = "nas"
  domain      = "lab.example"
  nameserver1 = "192.168.1.1"
  hosts       = ["192.168.1.20 pve.lab.example"]
}
resource "truenas_alert_policy" "main" {
  levels   = { ZpoolCapacityWarning = "ERROR" }
  policies = { ZpoolCapacityWarning = "IMMEDIATELY" }
}
resource "truenas_iscsi_global" "main" {
  pool_avail_threshold = 80
}
resource "truenas_ftp_config" "main" {
  port    = 2121
  clients = 5
}
resource "truenas_ups_config" "main" {
  driver = "usbhid-ups$Back-UPS ES"
  port   = "auto"
}
resource "truenas_acme_dns_authenticator" "cf" {
  name          = "cf"
  authenticator = "cloudflare"
  secrets       = { api_token = "token-1" }
}
resource "truenas_certificate" "imported" {
  name                   = "files_imported"
  certificate            = ${JSON.stringify(pem.certificate)}
  private_key_wo         = ${JSON.stringify(pem.privateKey)}
  private_key_wo_version = 1
}
resource "truenas_certificate" "csr" {
  name       = "nas_csr"
  common     = "nas.example.com"
  san        = ["nas.example.com"]
  country    = "US"
  key_length = 2048
}
resource "truenas_certificate" "acme" {
  name               = "nas_acme"
  csr_id             = truenas_certificate.csr.id
  acme_directory_uri = "https://acme-staging.example.net/directory"
  tos                = true
  dns_mapping        = { "nas.example.com" = truenas_acme_dns_authenticator.cf.id }
}
resource "truenas_service" "iscsi" {
  service = "iscsitarget"
}
resource "truenas_service" "smb" {
  service = "cifs"
}
resource "truenas_ssh_config" "main" {
  tcpport      = 2222
  passwordauth = false
}
resource "truenas_nfs_config" "main" {
  protocols = ["NFSV3", "NFSV4"]
}
resource "truenas_dataset" "projects" {
  name       = "tank/projects"
  share_type = "SMB"
}
resource "truenas_filesystem_acl" "projects" {
  path  = truenas_dataset.projects.mountpoint
  user  = truenas_user.alice.username
  group = truenas_group.staff.name
  nfs4_entries = [
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "GROUP", who = truenas_group.staff.name, perms = "${edited ? 'READ' : 'MODIFY'}", flags = "INHERIT" },
    { tag = "group@", perms = "TRAVERSE", flags = "NOINHERIT" },
    { tag = "everyone@", advanced_perms = ["READ_ATTRIBUTES", "READ_ACL"], advanced_flags = ["DIRECTORY_INHERIT"] },
  ]
}
resource "truenas_dataset" "scratch" {
  name = "tank/scratch"
}
resource "truenas_filesystem_acl" "scratch" {
  path  = truenas_dataset.scratch.mountpoint
  user  = "root"
  group = truenas_group.staff.name
  posix_entries = [
    { tag = "USER_OBJ", perms = ["READ", "WRITE", "EXECUTE"] },
    { tag = "GROUP_OBJ", perms = ["READ", "EXECUTE"] },
    { tag = "GROUP", who = truenas_group.staff.name, perms = ${edited ? '["READ", "EXECUTE"]' : '["READ", "WRITE", "EXECUTE"]'} },
    { tag = "MASK", perms = ["READ", "WRITE", "EXECUTE"] },
    { tag = "OTHER", perms = [] },
  ]
}
resource "truenas_dataset" "keyed" {
  name         = "tank/keyed"
  encryption   = true
  generate_key = true
}
resource "truenas_dataset" "keyed_child" {
  name = "\${truenas_dataset.keyed.name}/child"
}
resource "truenas_ssh_keypair" "replication" {
  name = "${edited ? 'replication-nas' : 'replication'}"
}
resource "truenas_ssh_connection" "offsite" {
  name            = "offsite"
  host            = "offsite.example"
  port            = ${edited ? 2223 : 2222}
  private_key     = truenas_ssh_keypair.replication.id
  remote_host_key = truenas_ssh_keypair.replication.public_key
}
resource "truenas_snmp_config" "main" {
  location                      = "${edited ? 'rack 3' : 'rack 2'}"
  contact                       = "ops@example.org"
  community                     = "lab-ro"
  v3                            = true
  v3_username                   = "monitor"
  v3_authtype                   = "SHA"
  v3_password_wo                = "snmp-secret-${edited ? 2 : 1}"
  v3_password_wo_version        = ${edited ? 2 : 1}
  v3_privproto                  = "AES"
  v3_privpassphrase_wo          = "snmp-privacy-1"
  v3_privpassphrase_wo_version  = 1
}
resource "truenas_network_interface" "nic" {
  name        = "enp1s0"
  type        = "PHYSICAL"
  description = "${edited ? 'uplink (lab)' : 'uplink'}"
  mtu         = 9000
  aliases     = ["192.168.1.10/24"]
}
resource "truenas_network_interface" "bond" {
  name         = "bond0"
  type         = "LINK_AGGREGATION"
  lag_protocol = "LACP"
  lag_ports    = ["enp3s0", "enp4s0"]
  lacpdu_rate  = "${edited ? 'SLOW' : 'FAST'}"
  aliases      = ["10.30.0.2/24"]
}
resource "truenas_network_interface" "vlan" {
  name                  = "vlan20"
  type                  = "VLAN"
  vlan_parent_interface = truenas_network_interface.nic.name
  vlan_tag              = 20
  vlan_pcp              = ${edited ? 5 : 3}
  aliases               = ["10.20.0.2/24", "fd00:30::2/64"]
}
resource "truenas_network_interface" "bridge" {
  name           = "br0"
  type           = "BRIDGE"
  bridge_members = ["enp2s0"]
  stp            = false
  aliases        = ["10.40.0.2/24"]
}
resource "truenas_smb_config" "main" {
  netbiosname = "nas"
  workgroup   = "HOME"
  description = "home nas"
  ${smb1 ? 'enable_smb1 = false' : ''}
}
`;
}

/** NVMe-oF, from 25.10 on. */
const nvmeOverFabrics = `
resource "truenas_zvol" "nvme0" {
  name    = "\${truenas_dataset.vms.name}/nvme0"
  volsize = provider::truenas::parse_size("1G")
}
resource "truenas_nvmet_global" "main" {
  xport_referral = false
}
resource "truenas_nvmet_host" "pve1" {
  hostnqn = "nqn.2014-08.org.nvmexpress:uuid:0000-pve1"
}
resource "truenas_nvmet_subsys" "vm" {
  name = "vm-disks"
}
resource "truenas_nvmet_namespace" "disk0" {
  subsys_id   = truenas_nvmet_subsys.vm.id
  device_type = "ZVOL"
  device_path = "zvol/\${truenas_zvol.nvme0.name}"
}
resource "truenas_nvmet_port" "tcp" {
  addr_trtype  = "TCP"
  addr_traddr  = "0.0.0.0"
  addr_trsvcid = 4420
}
resource "truenas_nvmet_host_subsys" "pve1_vm" {
  host_id   = truenas_nvmet_host.pve1.id
  subsys_id = truenas_nvmet_subsys.vm.id
}
resource "truenas_nvmet_port_subsys" "tcp_vm" {
  port_id   = truenas_nvmet_port.tcp.id
  subsys_id = truenas_nvmet_subsys.vm.id
}
`;

/** The plan must be empty; its text is shown when it is not. */
async function assertEmptyPlan(e2e: TrueNASE2e, when: string): Promise<void> {
  const plan = await e2e.ws.planHasChanges();
  assert.equal(plan.changes, false, `${when}: the unchanged configuration plans changes:\n${plan.output}`);
}

/** The certificate the configuration imports (made once, before the first apply). */
let importedPem: ExternalCertificate | undefined;

describe('truenas: upgrades under existing state (25.04 → 25.10 → 26.0)', { timeout: 240_000 }, () => {
  let e2e: TrueNASE2e;
  before(async () => {
    e2e = await startTrueNASE2e({ version: '25.04.2', pools: POOLS });
    importedPem = await externalCertificate('files.example.com');
  });
  after(async () => {
    await e2e?.close();
  });

  it('plans nothing after each upgrade; SMB shares keep their settings under their migrated purpose', async () => {
    e2e.config(onEveryRelease({ smartd: true, smb1: true }));
    await e2e.ws.apply();
    const shares = () => new Map(e2e.sim.state.smbShares.list().map((share) => [String(share['name']), share]));
    assert.equal(shares().get('media')!['purpose'], 'NO_PRESET');

    await e2e.sim.upgrade('25.10.1');
    assert.equal(e2e.sim.version, '25.10.1');
    // 25.10 has no smartd service (alembic/versions/25.10/2025-03-20_11-52_drop_smart.py): the plan
    // fails naming it, and plans nothing once it is left out. The S3 endpoint saved on 25.04 is
    // not a URL, which 25.10 refuses when the credential is sent again: an edit fails at plan time.
    e2e.config(onEveryRelease({ smartd: true, smb1: true }).replace('"wasabi"', '"wasabi-eu"'));
    const refusedOn2510 = (await e2e.ws.expect(['plan', '-no-color', '-input=false'], [1])).stderr.replace(/\s+/g, ' ');
    assert.match(refusedOn2510, /TrueNAS 25\.10\.1 has no service named "smartd"/);
    assert.match(refusedOn2510, /Invalid endpoint.*S3's "endpoint" must be a URL/);
    e2e.config(onEveryRelease({ smartd: false, smb1: true }));
    await assertEmptyPlan(e2e, 'after the upgrade to 25.10');
    // NO_PRESET became LEGACY_SHARE, its flat settings the share's options
    // (alembic/versions/25.10/2025-06-02_20-57_smb-share-new-api.py).
    const media = shares().get('media')!;
    assert.equal(media['purpose'], 'LEGACY_SHARE');
    assert.equal(media['readonly'], true);
    assert.deepEqual(
      [(media['options'] as Record<string, unknown>)['timemachine'], (media['options'] as Record<string, unknown>)['hostsallow']],
      [true, ['192.168.1.0/24']],
    );
    assert.ok(!e2e.sim.state.services.list().some((s) => s.service === 'smartd'));

    // NVMe-oF added, and the migrated shares edited: an update sends the share's LEGACY_SHARE
    // options back as 25.10 answered them, keeping the settings the change does not touch.
    e2e.config(`${onEveryRelease({ smartd: false, smb1: true, edited: true })}${nvmeOverFabrics}`);
    await e2e.ws.apply();
    const updated = shares().get('media')!;
    assert.equal(updated['comment'], 'films and series');
    assert.deepEqual([updated['purpose'], (updated['options'] as Record<string, unknown>)['timemachine']], ['LEGACY_SHARE', true]);
    await e2e.sim.upgrade('26.0.0');
    // 26.0 has no enable_smb1: a configuration that still sets it fails at plan time, naming it.
    const refused = await e2e.ws.expect(['plan', '-no-color', '-input=false'], [1]);
    assert.match(refused.stderr, /enable_smb1 is not in TrueNAS 26\.0\.0/);
    assert.match(refused.stderr, /truenas_smb_config\.main/);
    e2e.config(`${onEveryRelease({ smartd: false, smb1: false, edited: true })}${nvmeOverFabrics}`);
    await assertEmptyPlan(e2e, 'after the upgrade to 26.0');
    assert.equal(e2e.sim.state.serviceConfigs['smb']!['minimum_protocol'], 'SMB2');
  });
});
