output "snapshot_task_id" {
  description = "Id of the hourly snapshot task."
  value       = truenas_periodic_snapshot_task.hourly.id
}

output "replication_target" {
  description = "Dataset on the backup pool that receives the snapshots."
  value       = truenas_replication_task.to_backup.target_dataset
}

output "nvme_subsystem_nqn" {
  description = "NQN the Proxmox VE node connects to: nvme connect -t tcp -a <address> -s 4420 -n <this>."
  value       = truenas_nvmet_subsys.proxmox.subnqn
}
