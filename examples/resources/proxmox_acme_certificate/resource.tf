resource "proxmox_acme_account" "le" {
  name    = "letsencrypt"
  contact = ["ops@example.com"]
  tos_url = "https://letsencrypt.org/documents/LE-SA-v1.5-February-24-2025.pdf"
}

resource "proxmox_acme_plugin" "cloudflare" {
  plugin_id = "cloudflare"
  api       = "cf"
  data      = { CF_Token = var.cloudflare_token }
}

variable "cloudflare_token" {
  type      = string
  sensitive = true
}

# pve.example.com is proven over DNS; pve.lab.example over HTTP on port 80 (no plugin).
resource "proxmox_acme_certificate" "pve" {
  node    = "pve"
  account = proxmox_acme_account.le.name
  domains = [
    { domain = "pve.example.com", plugin = proxmox_acme_plugin.cloudflare.plugin_id },
    { domain = "pve.lab.example" },
  ]
}
