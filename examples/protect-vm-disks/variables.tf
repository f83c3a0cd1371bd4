variable "pool" {
  description = "Pool that holds the VM disks."
  type        = string
  default     = "tank"
}

variable "backup_pool" {
  description = "Second pool that receives the replicated snapshots."
  type        = string
  default     = "backup"
}

variable "zvol_name" {
  description = "Name of the VM-disk zvol under var.pool (examples/homelab calls its zvol proxmox-lun0)."
  type        = string
  default     = "vm-disks"
}

variable "zvol_size" {
  description = "Size of each zvol, such as \"64G\"."
  type        = string
  default     = "64G"
}

variable "nvme_listen" {
  description = "Address the NVMe-oF TCP port listens on (one the system has, or 0.0.0.0)."
  type        = string
  default     = "0.0.0.0"
}

variable "pve_hostnqn" {
  description = "The Proxmox VE node's host NQN (/etc/nvme/hostnqn on the node)."
  type        = string
  default     = "nqn.2014-08.org.nvmexpress:uuid:5e1f3c9a-0d2b-4c7e-9a61-2f8b7d4e6a10"
}
