resource "truenas_ssh_config" "main" {
  tcpport      = 22
  passwordauth = false
}
