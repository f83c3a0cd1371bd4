data "proxmox_node_disks" "free" {
  node        = "pve"
  unused_only = true
}

output "free_disks" {
  value = [for d in data.proxmox_node_disks.free.disks : d.device]
}
