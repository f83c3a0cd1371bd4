data "proxmox_vms" "web" {
  tags = ["web"]
}
