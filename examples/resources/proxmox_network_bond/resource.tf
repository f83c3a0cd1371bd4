resource "proxmox_network_bond" "uplink" {
  node        = "pve"
  name        = "bond0"
  slaves      = ["eno2", "eno3"]
  mode        = "802.3ad"
  hash_policy = "layer3+4"
}
