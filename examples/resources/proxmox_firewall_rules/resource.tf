resource "proxmox_firewall_rules" "web" {
  node  = "pve"
  vm_id = 100
  rule = [
    { type = "in", action = "ACCEPT", macro = "HTTPS", comment = "public site" },
    { type = "in", action = "ACCEPT", proto = "tcp", dport = "22", source = "+admins" },
    { type = "group", action = "webservers" },
  ]
}
