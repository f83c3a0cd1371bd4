output "vm_ids" {
  description = "VM ids by name."
  value       = { for name, vm in proxmox_vm.app : name => vm.vmid }
}

output "vm_disks" {
  description = "Each VM disk's Proxmox VE volume on the plugin storage."
  value       = { for name, vm in proxmox_vm.app : name => { for d in vm.disk : d.interface => d.volume } }
}

output "truenas_zvols" {
  description = "The zvols the plugin made on TrueNAS for those disks, with their sizes in bytes."
  value       = { for key, zvol in data.truenas_zvol.disks : key => { name = zvol.name, volsize = zvol.volsize } }
}
