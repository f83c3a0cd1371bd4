# Runs against TrueNAS and Proxmox VE servers named by TRUENAS_* and PROXMOX_VE_* (the connected
# simulators in `make test`): a target and its Proxmox VE storage first, then the VM on a LUN.

run "setup" {
  module {
    source = "./tests/setup"
  }
}

run "vm_on_lun" {
  variables {
    name          = "modtest-web"
    node          = "pve"
    iscsi_storage = run.setup.storage
    target_id     = run.setup.target_id
    lun_id        = 3
    zvol_name     = "tank/modtest-web"
    disk_size     = "8G"
  }

  assert {
    condition     = output.lun_id == 3
    error_message = "the disk is not LUN 3"
  }
  assert {
    condition     = startswith(output.disk_volume, "vmtest-iscsi:0.0.3.")
    error_message = "the VM's disk is not LUN 3 of the storage: ${output.disk_volume}"
  }
  assert {
    condition     = proxmox_vm.this.started
    error_message = "the VM is not running"
  }
}
