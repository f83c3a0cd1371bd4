output "zvol_path" {
  description = "Block device of the zvol on TrueNAS."
  value       = truenas_zvol.vm_disks.device_path
}

output "iscsi_target_iqn" {
  description = "IQN of the iSCSI target Proxmox VE logs in to."
  value       = proxmox_storage.truenas.target
}

output "vm_id" {
  description = "VM id of the Proxmox VE virtual machine."
  value       = proxmox_vm.app.vmid
}

output "lun_volume" {
  description = "The Proxmox VE volume of the zvol's LUN, attached to the VM as scsi1."
  value       = local.lun0_volume
}
