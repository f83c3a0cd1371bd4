data "proxmox_firewall_security_groups" "all" {}
