output "lun_id" {
  description = "The LUN number within the target."
  value       = truenas_iscsi_targetextent.this.lun_id
}

output "zvol_name" {
  description = "The zvol's full name."
  value       = truenas_zvol.this.name
}

output "device_path" {
  description = "The zvol's block device on TrueNAS."
  value       = truenas_zvol.this.device_path
}

output "extent_id" {
  description = "Id of the iSCSI extent."
  value       = truenas_iscsi_extent.this.id
}

output "size_bytes" {
  description = "The zvol's size in bytes."
  value       = truenas_zvol.this.volsize
}
