# A home lab with the TrueNAS storage plugin: Proxmox VE creates each VM disk on TrueNAS itself
# (a zvol, an iSCSI extent and a LUN mapping per disk, through the TrueNAS API), so Terraform
# only prepares the parent dataset and the shared target, then gives VMs disks on the storage.
#
# Connection settings come from the environment, so the same files run against `truemox sim lab`
# or real servers: TRUENAS_ENDPOINT, TRUENAS_API_KEY, PROXMOX_VE_ENDPOINT, PROXMOX_VE_API_TOKEN
# (and PROXMOX_VE_INSECURE or PROXMOX_VE_CA_FILE), plus TF_VAR_truenas_api_* for where the
# Proxmox VE node reaches the TrueNAS API (`sim lab` prints them all).

terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
    proxmox = { source = "truemox/proxmox" }
  }
}

provider "truenas" {}
provider "proxmox" {}

# --- TrueNAS: the parent dataset of the plugin's zvols and the shared iSCSI target ---------

resource "truenas_dataset" "proxmox" {
  name = "${var.pool}/proxmox"
}

resource "truenas_iscsi_portal" "lan" {
  listen  = [var.portal_listen]
  comment = "Proxmox VE storage plugin"
}

resource "truenas_iscsi_target" "proxmox" {
  name = "proxmox-plugin"
  group {
    portal = truenas_iscsi_portal.lan.id
  }
}

# --- Proxmox VE: the plugin storage, and VMs with disks on it ------------------------------

resource "proxmox_storage" "truenas" {
  storage          = "truenas-plugin"
  type             = "truenasplugin"
  api_host         = var.truenas_api_host
  api_key          = var.truenas_api_key
  dataset          = truenas_dataset.proxmox.name
  target_iqn       = "${var.iscsi_basename}:${truenas_iscsi_target.proxmox.name}"
  discovery_portal = var.portal_address
  content          = ["images"]
  options = {
    api_transport = "ws"
    api_scheme    = var.truenas_api_scheme
    api_port      = var.truenas_api_port
  }
}

resource "proxmox_vm" "app" {
  for_each = var.vms

  node    = var.node
  name    = each.key
  cores   = 2
  memory  = 2048
  tags    = ["homelab", "truenas-plugin"]
  started = true

  # The plugin creates tank/proxmox/vm-<vmid>-disk-<n> on TrueNAS for each of these.
  disk {
    interface = "scsi0"
    storage   = proxmox_storage.truenas.storage
    size      = each.value.boot_size
  }

  disk {
    interface = "scsi1"
    storage   = proxmox_storage.truenas.storage
    size      = each.value.data_size
  }

  network {
    bridge = var.bridge
  }
}

# The zvols the plugin made, read back from TrueNAS.
data "truenas_zvol" "disks" {
  for_each = {
    for disk in flatten([
      for name, vm in proxmox_vm.app : [
        for d in vm.disk : { key = "${name}/${d.interface}", volume = d.volume }
      ]
    ]) : disk.key => disk.volume
  }
  # "truenas-plugin:vol-vm-100-disk-0-lun0" -> "tank/proxmox/vm-100-disk-0"
  name = "${truenas_dataset.proxmox.name}/${regex("^[^:]+:vol-(.+)-lun[0-9]+$", each.value)[0]}"
}
