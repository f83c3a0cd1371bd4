resource "proxmox_firewall_security_group" "webservers" {
  name    = "webservers"
  comment = "HTTP(S) in"
  rule = [
    { type = "in", action = "ACCEPT", macro = "HTTP" },
    { type = "in", action = "ACCEPT", macro = "HTTPS" },
  ]
}
