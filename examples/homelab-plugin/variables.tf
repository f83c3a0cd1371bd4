variable "pool" {
  description = "TrueNAS pool that holds the plugin's dataset."
  type        = string
  default     = "tank"
}

variable "vms" {
  description = "VMs to create, by name, with the sizes of their two disks on the plugin storage."
  type        = map(object({ boot_size = string, data_size = string }))
  default = {
    app = { boot_size = "8G", data_size = "16G" }
    db  = { boot_size = "8G", data_size = "32G" }
  }
}

variable "truenas_api_host" {
  description = "Host the Proxmox VE node reaches the TrueNAS API at (the plugin's api_host)."
  type        = string
  default     = "127.0.0.1"
}

variable "truenas_api_port" {
  description = "Port of the TrueNAS API (the plugin's api_port)."
  type        = string
  default     = "8080"
}

variable "truenas_api_scheme" {
  description = "ws or wss: how the plugin connects to the TrueNAS API (api_scheme)."
  type        = string
  default     = "ws"
}

variable "truenas_api_key" {
  description = "TrueNAS API key the plugin uses (stored readable in storage.cfg by the plugin)."
  type        = string
  sensitive   = true
}

variable "portal_listen" {
  description = "Address the TrueNAS iSCSI portal listens on."
  type        = string
  default     = "0.0.0.0"
}

variable "portal_address" {
  description = "Address Proxmox VE reaches the TrueNAS portal at (the plugin's discovery_portal)."
  type        = string
  default     = "127.0.0.1:3260"
}

variable "iscsi_basename" {
  description = "TrueNAS's iSCSI base name (Sharing > iSCSI > Global); the target IQN is BASENAME:TARGET."
  type        = string
  default     = "iqn.2005-10.org.freenas.ctl"
}

variable "node" {
  description = "Proxmox VE node that runs the VMs."
  type        = string
  default     = "pve"
}

variable "bridge" {
  description = "Bridge the VMs' network devices are attached to."
  type        = string
  default     = "vmbr0"
}
