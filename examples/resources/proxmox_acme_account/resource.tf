resource "proxmox_acme_account" "default" {
  name    = "default"
  contact = ["admin@example.com"]
  tos_url = "https://letsencrypt.org/documents/LE-SA-v1.5-February-24-2025.pdf"
}
