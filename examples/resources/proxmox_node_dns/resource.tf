resource "proxmox_node_dns" "pve" {
  node    = "pve"
  search  = "lab.example"
  servers = ["192.168.1.1", "1.1.1.1"]
}
