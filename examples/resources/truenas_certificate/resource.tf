variable "nas_key_pem" {
  type      = string
  sensitive = true
  ephemeral = true
}

# An existing certificate and its key; the key is sent but never stored (Terraform 1.11+).
resource "truenas_certificate" "imported" {
  name                   = "nas-example-com"
  certificate            = file("${path.module}/nas.example.com.crt")
  private_key_wo         = var.nas_key_pem
  private_key_wo_version = 1
}

# TrueNAS makes a key and a CSR; `csr` can be signed by any CA.
resource "truenas_certificate" "csr" {
  name         = "nas-csr"
  common       = "nas.example.com"
  san          = ["nas.example.com", "files.example.com"]
  organization = "Example Ltd"
  country      = "GB"
}

output "csr_pem" {
  value = truenas_certificate.csr.csr
}

# A Let's Encrypt certificate for that CSR, the DNS-01 challenges answered through Cloudflare.
resource "truenas_acme_dns_authenticator" "cloudflare" {
  name          = "cloudflare"
  authenticator = "cloudflare"
  secrets       = { api_token = "change-me" }
}

resource "truenas_certificate" "letsencrypt" {
  name               = "nas-letsencrypt"
  csr_id             = truenas_certificate.csr.id
  acme_directory_uri = "https://acme-v02.api.letsencrypt.org/directory"
  tos                = true
  # Keyed as TrueNAS lists the CSR's names: its common name, then each SAN as "DNS:name".
  dns_mapping = {
    "nas.example.com"       = truenas_acme_dns_authenticator.cloudflare.id
    "DNS:files.example.com" = truenas_acme_dns_authenticator.cloudflare.id
  }
  renew_days = 15
}
