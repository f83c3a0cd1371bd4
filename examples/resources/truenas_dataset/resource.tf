resource "truenas_dataset" "media" {
  name        = "tank/media"
  compression = "zstd"
  atime       = false
  recordsize  = "1M"
  quota       = provider::truenas::parse_size("2T")
  comments    = "films and music"
}
