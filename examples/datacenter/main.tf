# Datacenter operations on Proxmox VE: datacenter options, a nightly backup job, a container
# under HA with a node-affinity rule, and an InfluxDB metric server.
#
# Connection settings come only from the environment, so the same files run against the
# simulator lab (`truemox sim lab`) or a real server:
#   PROXMOX_VE_ENDPOINT, PROXMOX_VE_API_TOKEN, PROXMOX_VE_INSECURE

terraform {
  required_providers {
    proxmox = { source = "truemox/proxmox" }
  }
}

provider "proxmox" {}

# One per datacenter: creating adopts the current options; these are the ones managed.
resource "proxmox_cluster_options" "dc" {
  keyboard           = "en-us"
  console            = "xtermjs"
  next_id_lower      = 1000
  next_id_upper      = 10000
  ha_shutdown_policy = "migrate"
  reset_on_destroy   = true
}

resource "proxmox_backup_job" "nightly" {
  job_id         = "nightly"
  schedule       = "*-*-* 02:30"
  all            = true
  storage        = var.backup_storage
  mode           = "snapshot"
  compress       = "zstd"
  keep_daily     = 7
  keep_weekly    = 4
  notes_template = "{{guestname}} nightly"
  comment        = "every guest, every night"
}

resource "proxmox_lxc" "dns" {
  node     = var.node
  hostname = "dns"
  template = var.template
  memory   = 256
  rootfs {
    storage = var.guest_storage
    size    = "4G"
  }
  # The next free VMID comes from the range the datacenter options set.
  depends_on = [proxmox_cluster_options.dc]
}

resource "proxmox_ha_resource" "dns" {
  sid          = "ct:${proxmox_lxc.dns.vmid}"
  state        = "started"
  max_restart  = 2
  max_relocate = 1
}

# PVE 9 HA rule: prefer this node for the DNS container.
resource "proxmox_ha_rule" "dns_node" {
  rule      = "dns-node"
  type      = "node-affinity"
  resources = [proxmox_ha_resource.dns.sid]
  nodes     = ["${var.node}:2"]
}

resource "proxmox_metrics_server" "influx" {
  id               = "influx"
  type             = "influxdb"
  server           = var.influx_server
  port             = 8086
  influxdbproto    = "https"
  organization     = "lab"
  bucket           = "proxmox"
  token_wo         = var.influx_token
  token_wo_version = 1
}

output "backup_job" {
  value = proxmox_backup_job.nightly.id
}

output "ha_resource" {
  value = proxmox_ha_resource.dns.sid
}
