variable "node" {
  description = "The node the container runs on and the HA rule prefers."
  type        = string
  default     = "pve"
}

variable "template" {
  description = "Container template volume."
  type        = string
  default     = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
}

variable "guest_storage" {
  description = "Storage of the container's root disk."
  type        = string
  default     = "local-lvm"
}

variable "backup_storage" {
  description = "Storage the backup job writes to."
  type        = string
  default     = "local"
}

variable "influx_server" {
  description = "InfluxDB server address."
  type        = string
  default     = "192.0.2.50"
}

variable "influx_token" {
  description = "InfluxDB API token (write-only: never stored in the state)."
  type        = string
  sensitive   = true
  ephemeral   = true
  default     = "example-token"
}
