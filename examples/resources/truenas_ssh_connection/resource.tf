resource "truenas_ssh_connection" "backup_nas" {
  name            = "backup-nas"
  host            = "backup.lan"
  private_key     = truenas_ssh_keypair.replication.id
  remote_host_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI…"
}
