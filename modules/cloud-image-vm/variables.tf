variable "name" {
  description = "Name of the VM (also names its user-data snippet)."
  type        = string
}

variable "node" {
  description = "Node that downloads the image and runs the VM."
  type        = string
}

variable "image_url" {
  description = "URL of the cloud image (qcow2, raw or vmdk) the node downloads."
  type        = string
}

variable "image_checksum" {
  description = "Checksum of the image (from the mirror's SUMS file); null to skip the check."
  type        = string
  default     = null
}

variable "checksum_algorithm" {
  description = "Algorithm of image_checksum: md5, sha1, sha224, sha256, sha384 or sha512."
  type        = string
  default     = "sha512"
}

variable "image_storage" {
  description = "Storage (file-based, with content \"import\") the image is downloaded to."
  type        = string
}

variable "snippet_storage" {
  description = "Storage (file-based, with content \"snippets\") for the user data; used when user_data is set."
  type        = string
  default     = null
}

variable "user_data" {
  description = "Cloud-init user data (#cloud-config YAML); null to let Proxmox VE generate it from ssh_keys."
  type        = string
  default     = null
}

variable "ssh_keys" {
  description = "SSH public keys for the default user (used when user_data is null)."
  type        = list(string)
  default     = null
}

variable "ip_config" {
  description = "Cloud-init network of the first NIC, as Proxmox VE spells it: \"ip=dhcp\" or \"ip=10.0.0.5/24,gw=10.0.0.1\"."
  type        = string
  default     = "ip=dhcp"
}

variable "disk_storage" {
  description = "Storage for the VM's disk and cloud-init drive."
  type        = string
  default     = "local-lvm"
}

variable "disk_size" {
  description = "Size the imported disk is grown to, such as \"16G\"."
  type        = string
  default     = "16G"
}

variable "cores" {
  description = "CPU cores."
  type        = number
  default     = 2
}

variable "memory" {
  description = "Memory in MiB."
  type        = number
  default     = 2048
}

variable "bridge" {
  description = "Bridge of the VM's network device."
  type        = string
  default     = "vmbr0"
}

variable "tags" {
  description = "Tags on the VM."
  type        = list(string)
  default     = ["terraform"]
}

variable "started" {
  description = "Whether the VM runs."
  type        = bool
  default     = true
}
