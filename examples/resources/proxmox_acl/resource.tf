resource "proxmox_acl" "ops_on_lab" {
  path     = "/pool/lab"
  role_id  = "PVEVMAdmin"
  group_id = proxmox_group.admins.group_id
}
