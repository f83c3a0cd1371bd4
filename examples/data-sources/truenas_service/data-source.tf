data "truenas_service" "iscsi" {
  service = "iscsitarget"
}
