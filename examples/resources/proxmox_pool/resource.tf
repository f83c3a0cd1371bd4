resource "proxmox_pool" "lab" {
  pool_id = "lab"
  comment = "Home lab machines"
}
