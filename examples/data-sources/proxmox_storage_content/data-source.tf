data "proxmox_storage_content" "luns" {
  node    = "pve"
  storage = "truenas-iscsi"
  content = "images"
}

# data.proxmox_storage_content.luns.volumes[0].volid attaches the first LUN:
#   disk { interface = "scsi1", volume = data.proxmox_storage_content.luns.volumes[0].volid }
