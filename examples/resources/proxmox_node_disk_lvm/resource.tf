# A volume group on a free disk, with an lvm storage named "vmdata" on it.
resource "proxmox_node_disk_lvm" "vmdata" {
  node        = "pve"
  name        = "vmdata"
  device      = "/dev/sdb"
  add_storage = true
}
