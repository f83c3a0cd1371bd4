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
