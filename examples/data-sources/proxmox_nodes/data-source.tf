data "proxmox_nodes" "all" {}
