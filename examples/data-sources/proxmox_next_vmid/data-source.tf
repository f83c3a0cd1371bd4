data "proxmox_next_vmid" "free" {}
