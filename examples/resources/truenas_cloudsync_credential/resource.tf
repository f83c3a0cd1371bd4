variable "b2_application_key" {
  type      = string
  sensitive = true
  ephemeral = true
}

# The key is sent to TrueNAS but never stored in the plan or state (Terraform 1.11+).
resource "truenas_cloudsync_credential" "b2" {
  name               = "offsite-b2"
  provider_type      = "B2"
  settings           = { account = "0012345abcdef0000000001" }
  secrets_wo         = { key = var.b2_application_key }
  secrets_wo_version = 1
}

resource "truenas_cloudsync_credential" "minio" {
  name          = "minio"
  provider_type = "S3"
  settings = {
    access_key_id = "truenas"
    endpoint      = "https://minio.lab.example:9000"
    region        = "us-east-1"
  }
  secrets = { secret_access_key = "change-me" }
}
