resource "proxmox_realm" "corp" {
  realm      = "corp"
  type       = "ldap"
  server1    = "ldap.example.com"
  mode       = "ldaps"
  base_dn    = "ou=people,dc=example,dc=com"
  user_attr  = "uid"
  bind_dn    = "cn=proxmox,dc=example,dc=com"
  password   = var.ldap_bind_password
  sync_scope = "both"
}
