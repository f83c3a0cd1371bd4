resource "truenas_iscsi_initiator" "pve" {
  initiators = ["iqn.1993-08.org.debian:01:pve1"]
  comment    = "Proxmox nodes"
}
