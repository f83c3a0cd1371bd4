# A Proxmox VE VM whose disk is a zvol on TrueNAS, exported as a LUN of an iSCSI target that
# Proxmox VE already has as storage. Proxmox VE cannot allocate on plain iSCSI storage: it
# offers each LUN of the target as an existing volume (CHANNEL.ID.LUN.DEVICE), which the VM
# attaches whole. Destroying the VM leaves the LUN; destroying the module removes both.

terraform {
  required_version = ">= 1.6"
  required_providers {
    truenas = { source = "truemox/truenas" }
    proxmox = { source = "truemox/proxmox" }
  }
}

module "lun" {
  source    = "../truenas-iscsi-lun"
  zvol_name = var.zvol_name
  size      = var.disk_size
  target_id = var.target_id
  lun_id    = var.lun_id
  comment   = "disk of Proxmox VE VM ${var.name}"
}

# Read once the LUN is mapped, so the node sees it on the target.
data "proxmox_storage_content" "target" {
  node    = var.node
  storage = var.iscsi_storage
  content = "images"

  depends_on = [module.lun]
}

locals {
  lun_volumes = [
    for volume in data.proxmox_storage_content.target.volumes : volume.volid
    if split(".", provider::proxmox::parse_volume_id(volume.volid).name)[2] == tostring(module.lun.lun_id)
  ]
}

resource "proxmox_vm" "this" {
  node    = var.node
  name    = var.name
  cores   = var.cores
  memory  = var.memory
  tags    = var.tags
  started = var.started

  disk {
    interface = "scsi0"
    volume    = one(local.lun_volumes)
  }

  network {
    bridge = var.bridge
  }

  lifecycle {
    precondition {
      condition     = length(local.lun_volumes) == 1
      error_message = "Proxmox VE storage ${var.iscsi_storage} shows no LUN ${var.lun_id}: check that it points at the target and that the node reaches the portal."
    }
  }
}
