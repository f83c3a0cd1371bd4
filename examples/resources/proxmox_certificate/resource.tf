resource "proxmox_certificate" "pve" {
  node         = "pve"
  certificates = file("pve.example.com.fullchain.pem")
  private_key  = file("pve.example.com.key")
}
