data "proxmox_firewall_ipsets" "dc" {}
