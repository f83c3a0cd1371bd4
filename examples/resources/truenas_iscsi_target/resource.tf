resource "truenas_iscsi_target" "vm100" {
  name  = "vm-100"
  alias = "VM 100 disks"
  group {
    portal = truenas_iscsi_portal.main.id
  }
}
