# A mirrored pool on two free disks, with a zfspool storage named "tank" on it.
resource "proxmox_node_disk_zfs" "tank" {
  node        = "pve"
  name        = "tank"
  raidlevel   = "mirror"
  devices     = ["/dev/sdb", "/dev/sdc"]
  compression = "lz4"
  add_storage = true
  # Destroying it forgets the pool unless this is true: then the pool, its data and the
  # storage entry are removed and the disks wiped.
  wipe_on_destroy = false
}
