data "truenas_dataset" "media" {
  name = "tank/media"
}
