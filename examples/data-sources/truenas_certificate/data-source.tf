# The web UI's self-signed certificate that every install has.
data "truenas_certificate" "ui" {
  name = "truenas_default"
}

output "ui_certificate_expires" {
  value = data.truenas_certificate.ui.not_after
}
