output "storage_id" {
  description = "The Proxmox VE storage id."
  value       = proxmox_storage.this.storage
}

output "export_path" {
  description = "The exported path on TrueNAS."
  value       = truenas_nfs_share.this.path
}

output "share_id" {
  description = "Id of the TrueNAS NFS share."
  value       = truenas_nfs_share.this.id
}
