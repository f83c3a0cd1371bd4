resource "truenas_tunable" "swappiness" {
  var   = "vm.swappiness"
  value = "10"
}
