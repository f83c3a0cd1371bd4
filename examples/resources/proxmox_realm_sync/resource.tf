resource "proxmox_realm_sync" "corp" {
  job_id          = "corp-nightly"
  realm           = proxmox_realm.corp.realm
  schedule        = "*-*-* 02:00"
  scope           = "both"
  remove_vanished = ["acl", "entry"]
}
