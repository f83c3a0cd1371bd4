# A bond of two NICs, a VLAN on it, and a bridge for VMs on a third NIC.
resource "truenas_network_interface" "bond" {
  name            = "bond0"
  type            = "LINK_AGGREGATION"
  lag_protocol    = "LACP"
  lag_ports       = ["enp3s0", "enp4s0"]
  lacpdu_rate     = "FAST"
  description     = "storage uplink"
  mtu             = 9000
  aliases         = ["10.10.0.2/24"]
  checkin_timeout = 90
}

resource "truenas_network_interface" "storage_vlan" {
  name                  = "vlan20"
  type                  = "VLAN"
  vlan_parent_interface = truenas_network_interface.bond.name
  vlan_tag              = 20
  aliases               = ["10.20.0.2/24"]
}

resource "truenas_network_interface" "vm_bridge" {
  name           = "br0"
  type           = "BRIDGE"
  bridge_members = ["enp2s0"]
  aliases        = ["192.168.50.2/24"]
}

# The settings of a physical NIC (destroying this resets it to unconfigured).
resource "truenas_network_interface" "management" {
  name        = "enp1s0"
  type        = "PHYSICAL"
  description = "management"
  aliases     = ["192.168.1.10/24"]
}
