# A TrueNAS dataset shared over NFS and mounted by Proxmox VE as storage: `truenas_dataset`,
# `truenas_nfs_share` and `proxmox_storage` (type nfs). Proxmox VE writes as root, so the share
# maps root to `maproot_user` (root by default) or Proxmox VE could not create its folders.

terraform {
  required_version = ">= 1.6"
  required_providers {
    truenas = { source = "truemox/truenas" }
    proxmox = { source = "truemox/proxmox" }
  }
}

resource "truenas_dataset" "this" {
  name        = var.dataset_name
  compression = var.compression
  quota       = var.quota == null ? null : provider::truenas::parse_size(var.quota)
  comments    = "Proxmox VE storage ${var.storage_id}"
}

resource "truenas_nfs_share" "this" {
  path          = truenas_dataset.this.mountpoint
  comment       = "Proxmox VE storage ${var.storage_id}"
  networks      = var.networks
  hosts         = var.hosts
  maproot_user  = var.maproot_user
  maproot_group = var.maproot_user
}

resource "proxmox_storage" "this" {
  storage = var.storage_id
  type    = "nfs"
  server  = var.nfs_server
  export  = truenas_nfs_share.this.path
  content = var.content
  nodes   = var.nodes
}
