variable "cloudflare_api_token" {
  type      = string
  sensitive = true
  ephemeral = true
}

# The token is sent to TrueNAS but never stored in the plan or state (Terraform 1.11+).
resource "truenas_acme_dns_authenticator" "cloudflare" {
  name               = "cloudflare"
  authenticator      = "cloudflare"
  secrets_wo         = { api_token = var.cloudflare_api_token }
  secrets_wo_version = 1
}

resource "truenas_acme_dns_authenticator" "route53" {
  name          = "route53"
  authenticator = "route53"
  settings      = { access_key_id = "AKIAIOSFODNN7EXAMPLE" }
  secrets       = { secret_access_key = "change-me" }
}

# A script on the NAS that sets and removes the TXT records.
resource "truenas_acme_dns_authenticator" "script" {
  name          = "acme-script"
  authenticator = "shell"
  settings      = { script = "/mnt/tank/scripts/acme-dns.sh", timeout = "120" }
}
