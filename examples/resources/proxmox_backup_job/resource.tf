resource "proxmox_backup_job" "nightly" {
  job_id         = "nightly"
  schedule       = "*-*-* 02:30"
  all            = true
  exclude        = ["9000"]
  storage        = "local"
  mode           = "snapshot"
  compress       = "zstd"
  keep_daily     = 7
  keep_weekly    = 4
  notes_template = "{{guestname}} nightly"
}
