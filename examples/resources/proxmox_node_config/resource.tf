resource "proxmox_node_config" "pve" {
  node                  = "pve"
  description           = "Rack 2, upper slot"
  startall_onboot_delay = 30
}
