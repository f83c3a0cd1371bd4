resource "truenas_snmp_config" "main" {
  v3                     = true
  v3_username            = "monitor"
  v3_authtype            = "SHA"
  v3_password_wo         = var.snmp_password
  v3_password_wo_version = 1
}
