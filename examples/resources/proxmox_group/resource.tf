resource "proxmox_group" "admins" {
  group_id = "admins"
  comment  = "Lab administrators"
}
