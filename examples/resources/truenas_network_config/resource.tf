resource "truenas_network_config" "main" {
  hostname    = "nas"
  domain      = "home.arpa"
  domains     = ["lab.home.arpa"]
  ipv4gateway = "192.168.1.1"
  nameserver1 = "192.168.1.1"
  nameserver2 = "9.9.9.9"
  hosts       = ["192.168.1.20 pve.home.arpa pve"]
  service_announcement = {
    mdns    = true
    netbios = false
    wsd     = true
  }
}
