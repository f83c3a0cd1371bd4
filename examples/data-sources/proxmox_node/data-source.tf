data "proxmox_node" "pve" {
  name = "pve"
}
