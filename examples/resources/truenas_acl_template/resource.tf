resource "truenas_acl_template" "staff" {
  name    = "STAFF_MODIFY"
  comment = "Owner full control, staff may modify"

  nfs4_entries = [
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "GROUP", who = "builtin_users", perms = "MODIFY", flags = "INHERIT" },
  ]
}
