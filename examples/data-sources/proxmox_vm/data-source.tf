data "proxmox_vm" "golden" {
  vmid = 9000
}
