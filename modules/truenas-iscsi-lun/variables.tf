variable "zvol_name" {
  description = "Full name of the zvol to create, such as \"tank/proxmox/lun1\"; its parent must exist."
  type        = string
  validation {
    condition     = length(split("/", var.zvol_name)) >= 2
    error_message = "zvol_name must be POOL/…/NAME, such as \"tank/proxmox/lun1\"."
  }
}

variable "size" {
  description = "Size of the zvol, such as \"32G\" (binary units)."
  type        = string
}

variable "target_id" {
  description = "Id of the truenas_iscsi_target the LUN belongs to."
  type        = number
}

variable "lun_id" {
  description = "LUN number within the target (0 to 1023); unique per target."
  type        = number
  default     = 0
  validation {
    condition     = var.lun_id >= 0 && var.lun_id <= 1023 && floor(var.lun_id) == var.lun_id
    error_message = "lun_id must be a whole number from 0 to 1023."
  }
}

variable "sparse" {
  description = "Thin-provision the zvol (no reservation)."
  type        = bool
  default     = true
}

variable "extent_name" {
  description = "Name of the iSCSI extent; the zvol name with \"/\" replaced by \"-\" when null."
  type        = string
  default     = null
}

variable "comment" {
  description = "Comment on the zvol and the extent."
  type        = string
  default     = "managed by terraform"
}
