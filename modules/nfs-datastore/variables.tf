variable "dataset_name" {
  description = "Full name of the dataset to create and share, such as \"tank/proxmox/backups\"."
  type        = string
}

variable "storage_id" {
  description = "Id of the Proxmox VE storage (letters, digits, \"-\", \"_\", \".\"; starting with a letter)."
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z][A-Za-z0-9\\-_.]*$", var.storage_id))
    error_message = "storage_id must start with a letter and hold only letters, digits, \"-\", \"_\" and \".\"."
  }
}

variable "nfs_server" {
  description = "Address Proxmox VE nodes reach TrueNAS's NFS service at."
  type        = string
}

variable "content" {
  description = "What Proxmox VE keeps on the storage: images, rootdir, vztmpl, iso, backup, snippets, import."
  type        = list(string)
  default     = ["backup", "iso", "vztmpl"]
}

variable "networks" {
  description = "Networks (CIDR) allowed to mount the share; empty allows all."
  type        = list(string)
  default     = []
}

variable "hosts" {
  description = "Hosts allowed to mount the share; empty allows all."
  type        = list(string)
  default     = []
}

variable "nodes" {
  description = "Proxmox VE nodes that use the storage; null for all."
  type        = list(string)
  default     = null
}

variable "maproot_user" {
  description = "TrueNAS user (and group) the clients' root is mapped to."
  type        = string
  default     = "root"
}

variable "compression" {
  description = "Compression of the dataset."
  type        = string
  default     = "lz4"
}

variable "quota" {
  description = "Quota of the dataset, such as \"500G\"; null for none."
  type        = string
  default     = null
}
