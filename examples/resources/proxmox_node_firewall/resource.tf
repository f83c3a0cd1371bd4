resource "proxmox_node_firewall" "pve" {
  node                = "pve"
  tcpflags            = true
  protection_synflood = true
}
