resource "truenas_ssh_keypair" "replication" {
  name = "replication"
}
