# A VM booting a cloud image: the node downloads the image (proxmox_download_file, content
# "import"), the cloud-init user data, when given, goes onto the node as a snippet
# (proxmox_file, over SSH), and the VM's boot disk is imported from the image and grown.

terraform {
  required_version = ">= 1.6"
  required_providers {
    proxmox = { source = "truemox/proxmox" }
  }
}

resource "proxmox_download_file" "image" {
  node               = var.node
  storage            = var.image_storage
  content            = "import"
  url                = var.image_url
  checksum           = var.image_checksum
  checksum_algorithm = var.image_checksum == null ? null : var.checksum_algorithm
}

resource "proxmox_file" "user_data" {
  count          = var.user_data == null ? 0 : 1
  node           = var.node
  storage        = var.snippet_storage
  content        = "snippets"
  file_name      = "${var.name}-user-data.yaml"
  source_content = var.user_data
}

resource "proxmox_vm" "this" {
  node    = var.node
  name    = var.name
  cores   = var.cores
  memory  = var.memory
  tags    = var.tags
  agent   = true
  started = var.started

  disk {
    interface   = "scsi0"
    storage     = var.disk_storage
    import_from = proxmox_download_file.image.volume_id
    size        = var.disk_size
  }

  network {
    bridge = var.bridge
  }

  cloud_init {
    storage   = var.disk_storage
    ip_config = [var.ip_config]
    ssh_keys  = var.ssh_keys
    user_data = one(proxmox_file.user_data[*].volume_id)
  }
}
