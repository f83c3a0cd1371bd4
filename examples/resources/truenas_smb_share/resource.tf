resource "truenas_smb_share" "media" {
  name    = "media"
  path    = truenas_dataset.media.mountpoint
  comment = "films and music"
}
