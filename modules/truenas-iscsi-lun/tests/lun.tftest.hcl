# Runs against a TrueNAS server (the simulator in `make test`) named by TRUENAS_ENDPOINT and
# TRUENAS_API_KEY: a target is made first, then two LUNs of it; terraform destroys all at the end.

run "setup" {
  module {
    source = "./tests/setup"
  }
}

run "first_lun" {
  variables {
    zvol_name = "tank/modtest-lun0"
    size      = "4G"
    target_id = run.setup.target_id
  }

  assert {
    condition     = output.lun_id == 0
    error_message = "the first LUN is not LUN 0"
  }
  assert {
    condition     = output.device_path == "/dev/zvol/tank/modtest-lun0"
    error_message = "unexpected device path ${output.device_path}"
  }
  assert {
    condition     = output.size_bytes == 4294967296
    error_message = "the zvol is not 4 GiB"
  }
}

run "bad_lun_number" {
  command = plan
  variables {
    zvol_name = "tank/modtest-lun9"
    size      = "1G"
    target_id = run.setup.target_id
    lun_id    = 1024
  }
  expect_failures = [var.lun_id]
}
