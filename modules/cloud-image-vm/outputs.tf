output "vm_id" {
  description = "The VM's id."
  value       = proxmox_vm.this.vmid
}

output "image_volume" {
  description = "The downloaded image's volume id."
  value       = proxmox_download_file.image.volume_id
}

output "user_data_volume" {
  description = "The user-data snippet's volume id, or null."
  value       = one(proxmox_file.user_data[*].volume_id)
}
