# A home lab across both systems: TrueNAS serves a zvol over iSCSI, Proxmox VE mounts the
# target as storage and runs a VM with the zvol's LUN as a disk.
#
# Connection settings come only from the environment, so the same files run against the
# simulators (`truemox demo`) or real servers:
#   TRUENAS_ENDPOINT, TRUENAS_API_KEY, PROXMOX_VE_ENDPOINT, PROXMOX_VE_API_TOKEN, PROXMOX_VE_INSECURE

terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
    proxmox = { source = "truemox/proxmox" }
  }
}

provider "truenas" {}
provider "proxmox" {}

# --- TrueNAS: a zvol exported as an iSCSI LUN -------------------------------------------

resource "truenas_zvol" "vm_disks" {
  name    = "${var.pool}/proxmox-lun0"
  volsize = provider::truenas::parse_size(var.lun_size)
  sparse  = true
}

resource "truenas_iscsi_portal" "lan" {
  listen  = [var.portal_listen]
  comment = "Proxmox VE storage"
}

resource "truenas_iscsi_target" "proxmox" {
  name = "proxmox"
  group {
    portal = truenas_iscsi_portal.lan.id
  }
}

resource "truenas_iscsi_extent" "lun0" {
  name = "proxmox-lun0"
  type = "DISK"
  zvol = truenas_zvol.vm_disks.name
}

resource "truenas_iscsi_targetextent" "lun0" {
  target = truenas_iscsi_target.proxmox.id
  extent = truenas_iscsi_extent.lun0.id
  lun_id = 0
}

locals {
  target_iqn = provider::truenas::iqn(var.iscsi_basename, truenas_iscsi_target.proxmox.name)
}

# --- Proxmox VE: the target as storage, and a VM using it -------------------------------

resource "proxmox_storage" "truenas" {
  storage = "truenas-iscsi"
  type    = "iscsi"
  portal  = var.portal_address
  target  = local.target_iqn
  content = ["images"]

  # The LUN must be mapped before Proxmox logs in to the target.
  depends_on = [truenas_iscsi_targetextent.lun0]
}

# Proxmox VE cannot allocate disks on plain iSCSI storage: it offers each LUN of the target as
# an existing volume, named CHANNEL.ID.LUN.DEVICE ("truenas-iscsi:0.0.0.scsi-36589cfc...").
data "proxmox_storage_content" "truenas" {
  node    = var.node
  storage = proxmox_storage.truenas.storage
  content = "images"

  lifecycle {
    postcondition {
      condition     = length(self.volumes) > 0
      error_message = "Proxmox VE sees no LUN on the target: check that the node reaches the portal (var.portal_address)."
    }
  }
}

locals {
  lun0_volume = one([
    for volume in data.proxmox_storage_content.truenas.volumes : volume.volid
    if split(".", provider::proxmox::parse_volume_id(volume.volid).name)[2] == tostring(truenas_iscsi_targetextent.lun0.lun_id)
  ])
}

resource "proxmox_vm" "app" {
  node    = var.node
  name    = "app"
  cores   = 2
  memory  = 2048
  tags    = ["homelab", "terraform"]
  started = true

  disk {
    interface = "scsi0"
    storage   = var.boot_storage
    size      = "8G"
  }

  # The zvol's LUN, attached whole; destroying the VM leaves it (and its data) on TrueNAS.
  disk {
    interface = "scsi1"
    volume    = local.lun0_volume
  }

  network {
    bridge = var.bridge
  }
}
