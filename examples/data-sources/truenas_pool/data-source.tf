data "truenas_pool" "tank" {
  name = "tank"
}
