# A zvol on TrueNAS exported as one LUN of an existing iSCSI target: the zvol, its extent and
# the target-extent mapping. Destroying it removes the mapping and the extent, then the zvol
# and its data: keep `prevent_destroy` in mind for disks that matter.

terraform {
  required_version = ">= 1.6"
  required_providers {
    truenas = { source = "truemox/truenas" }
  }
}

resource "truenas_zvol" "this" {
  name     = var.zvol_name
  volsize  = provider::truenas::parse_size(var.size)
  sparse   = var.sparse
  comments = var.comment
}

resource "truenas_iscsi_extent" "this" {
  name    = coalesce(var.extent_name, replace(var.zvol_name, "/", "-"))
  type    = "DISK"
  zvol    = truenas_zvol.this.name
  comment = var.comment
}

resource "truenas_iscsi_targetextent" "this" {
  target = var.target_id
  extent = truenas_iscsi_extent.this.id
  lun_id = var.lun_id
}
