resource "proxmox_acme_plugin" "cloudflare" {
  plugin_id        = "cloudflare"
  api              = "cf"
  data             = { CF_Token = var.cloudflare_token }
  validation_delay = 60
}
