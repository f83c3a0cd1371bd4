# What the module needs around it: a portal and a target to map the LUN into.
terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
  }
}

variable "target_name" {
  type    = string
  default = "modtest"
}

resource "truenas_iscsi_portal" "test" {
  listen  = ["0.0.0.0"]
  comment = "module test"
}

resource "truenas_iscsi_target" "test" {
  name = var.target_name
  group {
    portal = truenas_iscsi_portal.test.id
  }
}

output "target_id" {
  value = truenas_iscsi_target.test.id
}
