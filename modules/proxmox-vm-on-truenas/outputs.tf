output "vm_id" {
  description = "The VM's id."
  value       = proxmox_vm.this.vmid
}

output "disk_volume" {
  description = "The Proxmox VE volume of the LUN, attached as scsi0."
  value       = one(local.lun_volumes)
}

output "lun_id" {
  description = "The LUN number within the target."
  value       = module.lun.lun_id
}

output "zvol_name" {
  description = "The zvol holding the disk."
  value       = module.lun.zvol_name
}
