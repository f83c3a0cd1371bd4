resource "truenas_nvmet_namespace" "disk0" {
  subsys_id   = truenas_nvmet_subsys.vm.id
  device_type = "ZVOL"
  device_path = "zvol/${truenas_zvol.disk0.name}"
}
