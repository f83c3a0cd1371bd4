# Runs against a Proxmox VE node named by PROXMOX_VE_* and PROXMOX_VE_SSH_* (the simulator lab
# in `make test`, whose node downloads nothing: it treats the URL as opaque).

run "setup" {
  module {
    source = "./tests/setup"
  }
}

run "cloud_image_vm" {
  variables {
    name            = "modtest-cloud"
    node            = "pve"
    image_url       = "https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2"
    image_storage   = run.setup.storage
    snippet_storage = run.setup.storage
    user_data       = "#cloud-config\nhostname: modtest\n"
    disk_size       = "8G"
  }

  assert {
    condition     = startswith(output.image_volume, "modtest-cloud:import/")
    error_message = "the image is not on the storage: ${output.image_volume}"
  }
  assert {
    condition     = output.user_data_volume == "modtest-cloud:snippets/modtest-cloud-user-data.yaml"
    error_message = "unexpected snippet ${coalesce(output.user_data_volume, "null")}"
  }
  assert {
    condition     = proxmox_vm.this.cloud_init.user_data == output.user_data_volume
    error_message = "the VM does not use the snippet"
  }
}
