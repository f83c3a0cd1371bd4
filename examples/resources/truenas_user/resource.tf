resource "truenas_user" "backup" {
  username  = "backup"
  full_name = "Backup jobs"
  password  = var.backup_password
  home      = "/mnt/tank/home/backup"
  groups    = [truenas_group.media.id]
}
