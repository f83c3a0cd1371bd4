resource "truenas_dataset" "media" {
  name        = "tank/media"
  compression = "zstd"
  atime       = false
  recordsize  = "1M"
  quota       = provider::truenas::parse_size("2T")
  comments    = "films and music"
}

# An encryption root whose passphrase never enters the state (Terraform 1.11+); raise
# encryption_wo_version to re-key it in place. Datasets below it inherit its encryption.
variable "vault_passphrase" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "truenas_dataset" "vault" {
  name                  = "tank/vault"
  encryption            = true
  passphrase_wo         = var.vault_passphrase
  encryption_wo_version = 1
}

resource "truenas_dataset" "vault_documents" {
  name = "${truenas_dataset.vault.name}/documents"
}
