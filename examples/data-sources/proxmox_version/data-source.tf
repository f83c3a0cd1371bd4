data "proxmox_version" "current" {}
