resource "proxmox_network_bridge" "trunk" {
  node       = "pve"
  name       = "vmbr1"
  ports      = ["eno2"]
  vlan_aware = true
  vlan_ids   = "2-4094"
  comment    = "guest trunk"
}
