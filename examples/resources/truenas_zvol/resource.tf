resource "truenas_zvol" "disk0" {
  name        = "tank/vm/disk0"
  volsize     = provider::truenas::parse_size("32G")
  compression = "lz4"
  comments    = "boot disk of vm 100"
}
