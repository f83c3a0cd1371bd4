resource "proxmox_cluster_options" "dc" {
  keyboard           = "en-us"
  console            = "xtermjs"
  migration_type     = "secure"
  migration_network  = "10.10.10.0/24"
  next_id_lower      = 1000
  next_id_upper      = 2000
  ha_shutdown_policy = "migrate"
}
