# The community repositories instead of the enterprise ones, which need a subscription.
resource "proxmox_apt_standard_repository" "no_subscription" {
  node   = "pve"
  handle = "no-subscription"
}

resource "proxmox_apt_standard_repository" "ceph_no_subscription" {
  node   = "pve"
  handle = "ceph-squid-no-subscription"
}
