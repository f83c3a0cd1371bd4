resource "proxmox_sdn_controller" "evpn" {
  controller = "evpn1"
  type       = "evpn"
  asn        = 65000
  peers      = ["10.0.0.1", "10.0.0.2"]
}
