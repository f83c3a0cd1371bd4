resource "proxmox_node_time" "pve" {
  node     = "pve"
  timezone = "Europe/Berlin"
}
