resource "truenas_nfs_config" "main" {
  protocols = ["NFSV4"]
}
