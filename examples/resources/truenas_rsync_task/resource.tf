variable "backup_host_key" {
  type = string
}

resource "truenas_ssh_keypair" "backup" {
  name = "backup-host"
}

resource "truenas_ssh_connection" "backup" {
  name            = "backup-host"
  host            = "backup.example.net"
  private_key     = truenas_ssh_keypair.backup.id
  remote_host_key = var.backup_host_key
}

# Nightly over SSH with the keychain connection.
resource "truenas_rsync_task" "home" {
  description     = "home directories to the backup host"
  path            = "/mnt/tank/home"
  user            = "root"
  mode            = "SSH"
  ssh_credentials = truenas_ssh_connection.backup.id
  remotepath      = "/srv/backup/nas/home"
  schedule        = "0 2 * * *"
  archive         = true
  delete          = true
  extra           = ["--bwlimit=20000"]
}

# To an rsync daemon's module.
resource "truenas_rsync_task" "media" {
  description  = "media to the rsync daemon"
  path         = "/mnt/tank/media"
  user         = "root"
  remotehost   = "rsync.example.net"
  remotemodule = "media"
  schedule     = "0 3 * * 0"
}
