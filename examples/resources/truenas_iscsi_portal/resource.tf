resource "truenas_iscsi_portal" "main" {
  listen  = ["0.0.0.0"]
  comment = "all IPv4 addresses"
}
