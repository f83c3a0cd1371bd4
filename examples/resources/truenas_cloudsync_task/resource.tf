variable "b2_key" {
  type      = string
  sensitive = true
}

variable "photos_encryption_password" {
  type      = string
  sensitive = true
}

resource "truenas_cloudsync_credential" "b2" {
  name               = "offsite-b2"
  provider_type      = "B2"
  settings           = { account = "000a1b2c3d4e5f0000000001" }
  secrets_wo         = { key = var.b2_key }
  secrets_wo_version = 1
}

# Every night at 01:30, copy the photos to B2, encrypted; the passwords never enter the state.
resource "truenas_cloudsync_task" "photos" {
  description                    = "photos to B2"
  path                           = "/mnt/tank/photos"
  credentials                    = truenas_cloudsync_credential.b2.id
  bucket                         = "nas-photos"
  folder                         = "photos"
  direction                      = "PUSH"
  transfer_mode                  = "SYNC"
  schedule                       = "30 1 * * *"
  snapshot                       = true
  exclude                        = ["*.tmp"]
  encryption                     = true
  encryption_password_wo         = var.photos_encryption_password
  encryption_password_wo_version = 1

  # Slow during the day, unlimited at night.
  bwlimit {
    time      = "08:00"
    bandwidth = 1048576
  }
  bwlimit {
    time = "20:00"
  }
}
