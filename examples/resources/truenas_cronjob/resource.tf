resource "truenas_cronjob" "trim" {
  user     = "root"
  command  = "zpool trim tank"
  schedule = "0 3 * * 0"
}
