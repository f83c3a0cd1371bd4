resource "truenas_privilege" "automation" {
  name         = "automation"
  local_groups = [truenas_group.automation.gid]
  roles        = ["READONLY_ADMIN"]
}
