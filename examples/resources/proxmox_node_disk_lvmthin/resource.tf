# A thin pool filling a free NVMe disk, with an lvmthin storage named "fast" on it.
resource "proxmox_node_disk_lvmthin" "fast" {
  node        = "pve"
  name        = "fast"
  device      = "/dev/nvme0n1"
  add_storage = true
}
