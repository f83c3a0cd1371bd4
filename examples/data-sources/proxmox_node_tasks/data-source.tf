data "proxmox_node_tasks" "failed_backups" {
  node        = "pve"
  type        = "vzdump"
  errors_only = true
  limit       = 10
}
