data "proxmox_ceph_status" "dc" {}

output "ceph_health" {
  value = data.proxmox_ceph_status.dc.installed ? data.proxmox_ceph_status.dc.health : "no Ceph"
}
