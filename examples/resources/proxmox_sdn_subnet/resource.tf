resource "proxmox_sdn_subnet" "servers" {
  vnet        = proxmox_sdn_vnet.servers.vnet
  cidr        = "10.10.0.0/24"
  gateway     = "10.10.0.1"
  snat        = true
  dhcp_ranges = [{ start = "10.10.0.100", end = "10.10.0.199" }]
}
