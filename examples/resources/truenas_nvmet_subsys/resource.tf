resource "truenas_nvmet_subsys" "vm" {
  name = "vm-disks"
}
