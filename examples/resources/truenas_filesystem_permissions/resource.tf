resource "truenas_filesystem_permissions" "media" {
  path  = truenas_dataset.media.mountpoint
  user  = truenas_user.media.username
  group = truenas_group.media.name
  mode  = "750"
}
