data "proxmox_cluster_status" "dc" {}

output "offline_nodes" {
  value = [for n in data.proxmox_cluster_status.dc.nodes : n.name if !n.online]
}
