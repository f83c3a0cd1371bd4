resource "truenas_snapshot" "before_upgrade" {
  dataset = truenas_zvol.disk0.name
  name    = "before-upgrade"
}
