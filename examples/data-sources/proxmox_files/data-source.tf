data "proxmox_files" "isos" {
  node          = "pve"
  content_types = ["iso"]
}

output "iso_images" {
  value = [for f in data.proxmox_files.isos.files : f.volid]
}
