resource "proxmox_sdn_zone" "lab" {
  zone   = "lab"
  type   = "vlan"
  bridge = "vmbr0"
  ipam   = "pve"
}
