resource "truenas_group" "media" {
  name = "media"
}
