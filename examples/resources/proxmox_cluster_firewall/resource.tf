resource "proxmox_cluster_firewall" "dc" {
  enabled   = true
  policy_in = "DROP"
}
