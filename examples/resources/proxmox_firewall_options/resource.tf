resource "proxmox_firewall_options" "web" {
  node      = "pve"
  vm_id     = 100
  enabled   = true
  policy_in = "DROP"
}
