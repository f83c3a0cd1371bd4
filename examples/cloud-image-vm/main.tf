# A VM booting a downloaded cloud image with custom cloud-init user data: the node downloads the
# image (proxmox_download_file, content "import"), the user data goes onto the node as a snippet
# over SSH (proxmox_file), and the VM's boot disk is imported from the image. Every setting
# comes from the environment (PROXMOX_VE_*, and PROXMOX_VE_SSH_* for the snippet), so this runs
# unchanged against `truemox sim lab` and against a real node.
terraform {
  required_version = ">= 1.5"
  required_providers {
    proxmox = { source = "truemox/proxmox" }
  }
}

provider "proxmox" {}

variable "node" {
  description = "Node that downloads the image and runs the VM."
  type        = string
  default     = "pve"
}

variable "image_url" {
  description = "The cloud image (qcow2) to boot."
  type        = string
  default     = "https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2"
}

variable "image_checksum" {
  description = "SHA-512 of the image (from the mirror's SHA512SUMS); empty to skip the check."
  type        = string
  default     = ""
}

variable "disk_storage" {
  description = "Storage for the VM's disks and cloud-init drive."
  type        = string
  default     = "local-lvm"
}

variable "ssh_public_key" {
  description = "Public key for the VM's default user."
  type        = string
  default     = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMexampleexampleexampleexampleexampleexample user@example"
}

# A directory storage for images to import and snippets (a node's "local" holds neither by default).
resource "proxmox_storage" "cloud" {
  storage = "cloud"
  type    = "dir"
  path    = "/var/lib/vz-cloud"
  content = ["import", "snippets"]
}

resource "proxmox_download_file" "image" {
  node               = var.node
  storage            = proxmox_storage.cloud.storage
  content            = "import"
  url                = var.image_url
  checksum           = var.image_checksum == "" ? null : var.image_checksum
  checksum_algorithm = var.image_checksum == "" ? null : "sha512"
}

resource "proxmox_file" "user_data" {
  node           = var.node
  storage        = proxmox_storage.cloud.storage
  content        = "snippets"
  file_name      = "web-user.yaml"
  source_content = <<-EOT
    #cloud-config
    hostname: web
    users:
      - name: debian
        ssh_authorized_keys: [${jsonencode(var.ssh_public_key)}]
        sudo: ALL=(ALL) NOPASSWD:ALL
    packages: [qemu-guest-agent, nginx]
    runcmd:
      - systemctl enable --now qemu-guest-agent
  EOT
}

resource "proxmox_vm" "web" {
  node    = var.node
  name    = "web"
  cores   = 2
  memory  = 2048
  agent   = true
  started = true
  # Waits (bounded) for the guest agent to report an address; 0 does not wait.
  agent_wait_for_ip = 120

  disk {
    interface   = "scsi0"
    storage     = var.disk_storage
    import_from = proxmox_download_file.image.volume_id
    size        = "16G"
  }

  network {
    bridge = "vmbr0"
  }

  cloud_init {
    storage   = var.disk_storage
    ip_config = ["ip=dhcp"]
    user_data = proxmox_file.user_data.volume_id
  }
}

output "image_volume" {
  description = "The downloaded image's volume id."
  value       = proxmox_download_file.image.volume_id
}

output "ipv4_addresses" {
  description = "The VM's IPv4 addresses as its guest agent reports them."
  value       = proxmox_vm.web.ipv4_addresses
}
