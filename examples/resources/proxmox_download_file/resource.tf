resource "proxmox_download_file" "debian_cloud" {
  node               = "pve"
  storage            = "local"
  content            = "import"
  url                = "https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2"
  checksum           = "<sha512 from SHA512SUMS>"
  checksum_algorithm = "sha512"
}

# proxmox_download_file.debian_cloud.volume_id is "local:import/debian-12-genericcloud-amd64.qcow2":
#   disk { interface = "scsi0", storage = "local-lvm", import_from = proxmox_download_file.debian_cloud.volume_id }
