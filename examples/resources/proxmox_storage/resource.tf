resource "proxmox_storage" "truenas" {
  storage = "truenas-iscsi"
  type    = "iscsi"
  portal  = "192.168.1.20:3260"
  target  = "iqn.2005-10.org.freenas.ctl:proxmox"
  content = ["images"]
}
