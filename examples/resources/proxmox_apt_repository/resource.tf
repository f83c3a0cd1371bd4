# Turn off the enterprise repositories a fresh Proxmox VE 9 node has.
resource "proxmox_apt_repository" "pve_enterprise" {
  node      = "pve"
  file_path = "/etc/apt/sources.list.d/pve-enterprise.sources"
  index     = 0
  enabled   = false
}

resource "proxmox_apt_repository" "ceph_enterprise" {
  node      = "pve"
  file_path = "/etc/apt/sources.list.d/ceph.sources"
  index     = 0
  enabled   = false
}
