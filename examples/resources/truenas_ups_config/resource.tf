resource "truenas_ups_config" "main" {
  mode   = "MASTER"
  driver = "usbhid-ups$Back-UPS ES"
  port   = "auto"
}
