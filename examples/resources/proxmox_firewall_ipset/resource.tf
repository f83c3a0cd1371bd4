resource "proxmox_firewall_ipset" "admins" {
  name    = "admins"
  comment = "may reach SSH"
  entry = [
    { cidr = "192.0.2.0/24", comment = "office" },
    { cidr = "192.0.2.66", nomatch = true },
  ]
}
