resource "proxmox_sdn_ipam" "netbox" {
  ipam  = "netbox"
  type  = "netbox"
  url   = "https://netbox.lan/api"
  token = var.netbox_token
}
