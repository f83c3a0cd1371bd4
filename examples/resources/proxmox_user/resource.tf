resource "proxmox_user" "ops" {
  user_id  = "ops@pve"
  password = var.ops_password
  email    = "ops@example.com"
  groups   = [proxmox_group.admins.group_id]
}
