data "truenas_iscsi_target" "vm100" {
  name = "vm-100"
}
