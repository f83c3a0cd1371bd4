resource "truenas_service" "iscsi" {
  service = "iscsitarget"
  enable  = true
  running = true
}
