resource "proxmox_network_vlan" "storage" {
  node    = "pve"
  name    = "vmbr0.20"
  address = "10.20.0.2/24"
  comment = "storage network"
}
