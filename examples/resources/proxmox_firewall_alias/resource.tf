resource "proxmox_firewall_alias" "office" {
  name    = "office"
  cidr    = "192.0.2.0/24"
  comment = "office network"
}
