resource "proxmox_ha_rule" "web_prefers_pve1" {
  rule      = "web-prefers-pve1"
  type      = "node-affinity"
  resources = [proxmox_ha_resource.web.sid]
  nodes     = ["pve1:2", "pve2:1"]
}
