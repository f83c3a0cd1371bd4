resource "proxmox_api_token" "ci" {
  user_id              = proxmox_user.ci.user_id
  token_name           = "ci"
  privilege_separation = false
}

output "ci_token" {
  value     = proxmox_api_token.ci.value
  sensitive = true
}
