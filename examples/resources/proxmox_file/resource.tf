resource "proxmox_file" "web_user_data" {
  node           = "pve"
  storage        = "local"
  content        = "snippets"
  file_name      = "web-user.yaml"
  source_content = <<-EOT
    #cloud-config
    packages: [nginx]
  EOT
}

# cicustom user data of a VM: proxmox_file.web_user_data.volume_id ("local:snippets/web-user.yaml")
