# Protecting the disks Proxmox VE runs on: the zvol that carries the VMs' disks (the one
# examples/homelab exports over iSCSI) gets an hourly snapshot task and a replication of those
# snapshots to a second pool, and a second zvol is exported over NVMe over Fabrics (TCP), the
# block path Proxmox VE 9 nodes connect to with nvme-cli. NVMe-oF needs TrueNAS 25.10 or later.
#
# Connection settings come only from the environment, so the same files run against the
# simulator lab (`truemox sim lab --pool tank --pool backup`) or a real server:
#   TRUENAS_ENDPOINT, TRUENAS_API_KEY

terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
  }
}

provider "truenas" {}

# --- The VM disks: hourly snapshots, replicated to the backup pool ----------------------

resource "truenas_zvol" "vm_disks" {
  name    = "${var.pool}/${var.zvol_name}"
  volsize = provider::truenas::parse_size(var.zvol_size)
  sparse  = true
}

resource "truenas_periodic_snapshot_task" "hourly" {
  dataset        = truenas_zvol.vm_disks.name
  schedule       = "0 * * * *"
  lifetime_value = 2
  lifetime_unit  = "DAY"
  naming_schema  = "hourly-%Y-%m-%d_%H-%M"
}

# LOCAL: the target is a pool of the same system. Its snapshots follow the source's lifetime.
resource "truenas_replication_task" "to_backup" {
  name                       = "${var.zvol_name}-to-${var.backup_pool}"
  transport                  = "LOCAL"
  source_datasets            = [truenas_zvol.vm_disks.name]
  target_dataset             = "${var.backup_pool}/${var.zvol_name}"
  periodic_snapshot_task_ids = [truenas_periodic_snapshot_task.hourly.id]
  retention_policy           = "SOURCE"
  readonly                   = "SET"
}

# --- A second zvol exported over NVMe-oF/TCP to the Proxmox VE node ----------------------

resource "truenas_zvol" "nvme_disk" {
  name    = "${var.pool}/${var.zvol_name}-nvme"
  volsize = provider::truenas::parse_size(var.zvol_size)
  sparse  = true
}

resource "truenas_nvmet_subsys" "proxmox" {
  name = "proxmox"
}

resource "truenas_nvmet_namespace" "disk" {
  subsys_id   = truenas_nvmet_subsys.proxmox.id
  device_type = "ZVOL"
  device_path = "zvol/${truenas_zvol.nvme_disk.name}"
}

resource "truenas_nvmet_port" "tcp" {
  addr_trtype  = "TCP"
  addr_traddr  = var.nvme_listen
  addr_trsvcid = 4420
}

# Only the Proxmox VE node may connect (allow_any_host stays false).
resource "truenas_nvmet_host" "pve" {
  hostnqn = var.pve_hostnqn
}

resource "truenas_nvmet_host_subsys" "pve" {
  host_id   = truenas_nvmet_host.pve.id
  subsys_id = truenas_nvmet_subsys.proxmox.id
}

resource "truenas_nvmet_port_subsys" "tcp" {
  port_id   = truenas_nvmet_port.tcp.id
  subsys_id = truenas_nvmet_subsys.proxmox.id
}
