ephemeral "proxmox_ticket" "admin" {
  username = "root@pam"
  password = var.root_password
}

provider "proxmox" {
  alias    = "admin"
  endpoint = "https://pve.example.com:8006"
  username = "root@pam"
  password = ephemeral.proxmox_ticket.admin.ticket
}
