# Runs against TrueNAS and Proxmox VE servers named by TRUENAS_* and PROXMOX_VE_* (the
# simulators in `make test`).

variables {
  dataset_name = "tank/modtest-nfs"
  storage_id   = "modtest-nfs"
  nfs_server   = "192.0.2.20"
  networks     = ["192.0.2.0/24"]
  quota        = "100G"
}

run "datastore" {
  assert {
    condition     = output.export_path == "/mnt/tank/modtest-nfs"
    error_message = "unexpected export ${output.export_path}"
  }
  assert {
    condition     = proxmox_storage.this.export == truenas_nfs_share.this.path
    error_message = "the storage does not mount the share"
  }
  assert {
    condition     = truenas_dataset.this.quota == 107374182400
    error_message = "the quota is not 100 GiB"
  }
}

run "content_change_in_place" {
  variables {
    content = ["backup"]
  }
  assert {
    condition     = toset(proxmox_storage.this.content) == toset(["backup"])
    error_message = "content was not updated"
  }
}

run "bad_storage_id" {
  command = plan
  variables {
    storage_id = "9bad"
  }
  expect_failures = [var.storage_id]
}
