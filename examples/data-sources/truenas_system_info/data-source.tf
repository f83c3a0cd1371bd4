data "truenas_system_info" "nas" {}

output "truenas_version" {
  value = data.truenas_system_info.nas.version
}
