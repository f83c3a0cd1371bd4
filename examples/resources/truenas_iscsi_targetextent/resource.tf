resource "truenas_iscsi_targetextent" "vm100_disk0" {
  target = truenas_iscsi_target.vm100.id
  extent = truenas_iscsi_extent.disk0.id
  lun_id = 0
}
