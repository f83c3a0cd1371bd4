resource "proxmox_sdn_applier" "sdn" {
  depends_on = [proxmox_sdn_zone.lab, proxmox_sdn_vnet.servers, proxmox_sdn_subnet.servers]
  lifecycle {
    replace_triggered_by = [proxmox_sdn_zone.lab, proxmox_sdn_vnet.servers, proxmox_sdn_subnet.servers]
  }
}
