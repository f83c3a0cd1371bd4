resource "truenas_iscsi_extent" "disk0" {
  name = "vm-100-disk0"
  zvol = truenas_zvol.disk0.name
  rpm  = "SSD"
}
