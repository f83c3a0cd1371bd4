resource "truenas_ntp_server" "router" {
  address = "192.168.1.1"
  prefer  = true
}
