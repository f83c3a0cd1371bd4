data "proxmox_firewall_aliases" "dc" {}
