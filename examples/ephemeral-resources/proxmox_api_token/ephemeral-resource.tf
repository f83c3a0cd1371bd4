ephemeral "proxmox_api_token" "ci" {
  user_id              = "terraform@pve"
  expire_in            = 1800
  privilege_separation = false
}

provider "proxmox" {
  alias     = "ci"
  endpoint  = "https://pve.example.com:8006"
  api_token = ephemeral.proxmox_api_token.ci.value
}
