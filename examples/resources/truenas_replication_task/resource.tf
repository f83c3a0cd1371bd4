resource "truenas_replication_task" "vm_disks_to_backup" {
  name                       = "vm-disks-to-backup"
  transport                  = "LOCAL"
  source_datasets            = [truenas_zvol.vm100.name]
  target_dataset             = "backup/vm-100-disk-0"
  periodic_snapshot_task_ids = [truenas_periodic_snapshot_task.vm_disks.id]
  retention_policy           = "SOURCE"
}
