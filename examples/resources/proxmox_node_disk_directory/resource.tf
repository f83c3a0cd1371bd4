# An xfs file system on a free disk, mounted at /mnt/pve/backup, with a dir storage on it.
resource "proxmox_node_disk_directory" "backup" {
  node        = "pve"
  name        = "backup"
  device      = "/dev/sdd"
  filesystem  = "xfs"
  add_storage = true
}
