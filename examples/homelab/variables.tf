variable "pool" {
  description = "TrueNAS pool that holds the zvol."
  type        = string
  default     = "tank"
}

variable "lun_size" {
  description = "Size of the zvol exported over iSCSI."
  type        = string
  default     = "32G"
}

variable "portal_listen" {
  description = "Address the TrueNAS iSCSI portal listens on."
  type        = string
  default     = "0.0.0.0"
}

variable "portal_address" {
  description = "Address Proxmox VE reaches the TrueNAS portal at (host or host:port)."
  type        = string
  default     = "127.0.0.1:3260"
}

variable "iscsi_basename" {
  description = "TrueNAS's iSCSI base name (Sharing > iSCSI > Global); the target IQN is BASENAME:TARGET."
  type        = string
  default     = "iqn.2005-10.org.freenas.ctl"
}

variable "node" {
  description = "Proxmox VE node that runs the VM."
  type        = string
  default     = "pve"
}

variable "boot_storage" {
  description = "Proxmox VE storage for the VM's boot disk."
  type        = string
  default     = "local-lvm"
}

variable "bridge" {
  description = "Bridge the VM's network device is attached to."
  type        = string
  default     = "vmbr0"
}
