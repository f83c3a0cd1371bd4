resource "truenas_static_route" "lab" {
  destination = "10.20.0.0/16"
  gateway     = "192.168.1.254"
  description = "lab network"
}
