variable "name" {
  description = "Name of the VM."
  type        = string
}

variable "node" {
  description = "Proxmox VE node that runs the VM."
  type        = string
}

variable "iscsi_storage" {
  description = "Id of the Proxmox VE iSCSI storage (type iscsi) pointing at the TrueNAS target."
  type        = string
}

variable "target_id" {
  description = "Id of the truenas_iscsi_target the storage logs in to."
  type        = number
}

variable "lun_id" {
  description = "LUN number for the VM's disk within the target; unique per target."
  type        = number
}

variable "zvol_name" {
  description = "Full name of the zvol holding the disk, such as \"tank/proxmox/vm-web\"."
  type        = string
}

variable "disk_size" {
  description = "Size of the disk, such as \"32G\"."
  type        = string
  default     = "32G"
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
