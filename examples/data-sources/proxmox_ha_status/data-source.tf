data "proxmox_ha_status" "dc" {}

output "ha_resources" {
  value = { for r in data.proxmox_ha_status.dc.resources : r.sid => r.state }
}
