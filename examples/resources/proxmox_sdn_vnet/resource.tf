resource "proxmox_sdn_vnet" "servers" {
  vnet  = "servers"
  zone  = proxmox_sdn_zone.lab.zone
  tag   = 10
  alias = "server network"
}
