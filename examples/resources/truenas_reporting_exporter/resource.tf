resource "truenas_reporting_exporter" "graphite" {
  name             = "graphite"
  destination_ip   = "10.0.0.20"
  destination_port = 2003
  namespace        = "nas"
}
