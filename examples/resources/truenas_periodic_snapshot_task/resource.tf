resource "truenas_periodic_snapshot_task" "vm_disks" {
  dataset        = truenas_zvol.vm100.name
  schedule       = "0 * * * *"
  lifetime_value = 2
  lifetime_unit  = "WEEK"
}
