data "proxmox_storages" "for_disks" {
  node    = "pve"
  content = "images"
}
