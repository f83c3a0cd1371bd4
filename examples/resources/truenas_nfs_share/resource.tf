resource "truenas_nfs_share" "media" {
  path         = truenas_dataset.media.mountpoint
  networks     = ["192.168.1.0/24"]
  maproot_user = "root"
}
