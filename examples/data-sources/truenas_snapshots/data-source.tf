data "truenas_snapshots" "vm100" {
  dataset       = "backup/vm-100-disk-0"
  naming_schema = "auto-%Y-%m-%d_%H-%M"
}
