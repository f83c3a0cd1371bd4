resource "truenas_ftp_config" "main" {
  port    = 21
  clients = 10
}
