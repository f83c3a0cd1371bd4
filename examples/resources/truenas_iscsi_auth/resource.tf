resource "truenas_iscsi_auth" "pve" {
  tag    = 1
  user   = "pve"
  secret = var.chap_secret # 12 to 16 characters
}
