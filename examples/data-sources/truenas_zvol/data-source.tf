data "truenas_zvol" "disk0" {
  name = "tank/vm/disk0"
}
