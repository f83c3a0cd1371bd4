resource "truenas_mail_config" "main" {
  fromemail       = "nas@example.org"
  outgoingserver  = "smtp.example.org"
  port            = 587
  security        = "TLS"
  smtp            = true
  user            = "nas@example.org"
  pass_wo         = var.smtp_password
  pass_wo_version = 1
}
