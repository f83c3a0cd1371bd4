data "proxmox_storage" "local_lvm" {
  node    = "pve"
  storage = "local-lvm"
}
