# Proxmox VE 8 only; on 9.x use proxmox_ha_rule.
resource "proxmox_ha_group" "prefer_pve1" {
  group = "prefer-pve1"
  nodes = ["pve1:2", "pve2:1"]
}
