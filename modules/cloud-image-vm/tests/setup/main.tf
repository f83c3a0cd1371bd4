# What the module needs around it: a directory storage for images and snippets.
terraform {
  required_providers {
    proxmox = { source = "truemox/proxmox" }
  }
}

resource "proxmox_storage" "cloud" {
  storage = "modtest-cloud"
  type    = "dir"
  path    = "/var/lib/modtest-cloud"
  content = ["import", "snippets"]
}

output "storage" {
  value = proxmox_storage.cloud.storage
}
