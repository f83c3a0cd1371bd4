resource "proxmox_node_hosts" "pve" {
  node    = "pve"
  content = <<-EOT
    127.0.0.1 localhost
    192.168.1.10 pve.lab.example pve
  EOT
}
