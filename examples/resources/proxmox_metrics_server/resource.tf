resource "proxmox_metrics_server" "influx" {
  id               = "influx"
  type             = "influxdb"
  server           = "influx.lan"
  port             = 8086
  influxdbproto    = "https"
  organization     = "lab"
  bucket           = "proxmox"
  token_wo         = var.influx_token
  token_wo_version = 1
}
