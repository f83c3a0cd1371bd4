variable "s3_secret" {
  type      = string
  sensitive = true
}

variable "restic_password" {
  type      = string
  sensitive = true
}

resource "truenas_cloudsync_credential" "s3" {
  name               = "backup-s3"
  provider_type      = "S3"
  settings           = { access_key_id = "AKIAEXAMPLE", endpoint = "https://s3.example.net" }
  secrets_wo         = { secret_access_key = var.s3_secret }
  secrets_wo_version = 1
}

# Restic snapshots of the documents every night, the last 14 kept.
resource "truenas_cloud_backup" "documents" {
  description         = "documents"
  path                = "/mnt/tank/documents"
  credentials         = truenas_cloudsync_credential.s3.id
  bucket              = "nas-restic"
  folder              = "documents"
  schedule            = "0 1 * * *"
  keep_last           = 14
  password_wo         = var.restic_password
  password_wo_version = 1
  snapshot            = true
}
