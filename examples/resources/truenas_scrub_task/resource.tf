resource "truenas_scrub_task" "tank" {
  pool      = "tank"
  threshold = 35
  schedule  = "0 3 * * 7"
}
