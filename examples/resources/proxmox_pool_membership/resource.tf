resource "proxmox_pool_membership" "web" {
  pool_id = proxmox_pool.lab.pool_id
  vmid    = proxmox_vm.web.vmid
}
