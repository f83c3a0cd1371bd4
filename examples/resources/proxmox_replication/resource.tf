resource "proxmox_replication" "web" {
  id       = "100-0"
  target   = "pve2"
  schedule = "*/30"
  rate     = 50
}
