# What the module needs around it: a TrueNAS target with a portal, and Proxmox VE storage on it.
terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
    proxmox = { source = "truemox/proxmox" }
  }
}

variable "portal_address" {
  type    = string
  default = "127.0.0.1:3260"
}

resource "truenas_iscsi_portal" "test" {
  listen = ["0.0.0.0"]
}

resource "truenas_iscsi_target" "test" {
  name = "vmtest"
  group {
    portal = truenas_iscsi_portal.test.id
  }
}

resource "proxmox_storage" "test" {
  storage = "vmtest-iscsi"
  type    = "iscsi"
  portal  = var.portal_address
  target  = provider::truenas::iqn("iqn.2005-10.org.freenas.ctl", truenas_iscsi_target.test.name)
  content = ["images"]
}

output "target_id" {
  value = truenas_iscsi_target.test.id
}

output "storage" {
  value = proxmox_storage.test.storage
}
