resource "truenas_init_script" "fans" {
  command = "ipmitool raw 0x30 0x45 0x01 0x01"
  when    = "POSTINIT"
}
