// `proxmox_sdn_zone`: an SDN zone of any type (simple, vlan, qinq, vxlan, evpn); the options a
// type does not take are refused at plan time. Changes stay pending until a proxmox_sdn_applier
// applies them (docs/proxmox-sdn.md).
import { SDN_ZONE_TYPES } from '../../../clients/proxmox/sdn-zone-types.js';
import { attr, schema } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { sdnKeyAttributes, sdnResource, sdnTypeAttribute } from '../shared/sdn-resource.js';
import { pendingChangeAttribute } from './sdn-attributes.js';
import { ZONE_ATTRIBUTES, ZONE_FIELDS, zoneOptionProblems } from './sdn-zone-options.js';
import { nonEmptyList } from '../shared/non-empty-list.js';

const zoneSchema = schema({
  description:
    'An SDN zone. `type` decides which options apply: simple (nodes, mtu, ipam, dhcp, dns), vlan (bridge), qinq (bridge, tag, vlan_protocol), vxlan (peers or fabric, vxlan_port), evpn (controller, vrf_vxlan, exit nodes, ...). Changes are pending until a proxmox_sdn_applier applies them.',
  attributes: {
    ...sdnKeyAttributes('zone', 'zone', 'Zone id: a letter, then letters and digits, 2 to 8 characters.'),
    type: sdnTypeAttribute('zone', SDN_ZONE_TYPES),
    nodes: attr.set(ty.string, {
      optional: true,
      description: 'Nodes the zone is deployed on (all when unset; not an empty list).',
      validators: [nonEmptyList('all nodes')],
    }),
    mtu: attr.number({ optional: true, description: "MTU of the zone's vnets.", validators: [validators.between(576, 65520)] }),
    bridge: attr.string({ optional: true, description: 'vlan, qinq: the local bridge or OVS switch the zone uses.' }),
    tag: attr.number({ optional: true, description: 'qinq: the service VLAN tag.', validators: [validators.between(1, 4094)] }),
    vlan_protocol: attr.string({ optional: true, description: 'qinq: the service VLAN protocol.', validators: [validators.oneOf('802.1q', '802.1ad')] }),
    peers: attr.set(ty.string, {
      optional: true,
      description: 'vxlan: IP addresses of the peers (or use fabric); not an empty list.',
      validators: [nonEmptyList('no peers')],
    }),
    vxlan_port: attr.number({ optional: true, description: 'vxlan, evpn: UDP port of the tunnel (default 4789).', validators: [validators.between(1, 65535)] }),
    fabric: attr.string({ optional: true, description: 'vxlan: the SDN fabric carrying the tunnel (or use peers).' }),
    controller: attr.string({ optional: true, description: 'evpn: the EVPN controller (proxmox_sdn_controller of type "evpn").' }),
    vrf_vxlan: attr.number({ optional: true, description: "evpn: the VNI of the zone's VRF.", validators: [validators.between(1, 16777215)] }),
    exit_nodes: attr.set(ty.string, {
      optional: true,
      description: 'evpn: nodes that route traffic out of the zone; not an empty list.',
      validators: [nonEmptyList('no exit nodes')],
    }),
    exit_nodes_local_routing: attr.bool({ optional: true, description: "evpn: allow exit nodes to reach the zone's guests." }),
    exit_nodes_primary: attr.string({ optional: true, description: 'evpn: the preferred exit node.' }),
    advertise_subnets: attr.bool({ optional: true, description: 'evpn: announce the subnets to the EVPN network.' }),
    disable_arp_nd_suppression: attr.bool({ optional: true, description: 'evpn: turn off ARP/ND suppression.' }),
    bridge_disable_mac_learning: attr.bool({ optional: true, description: 'vlan, qinq, evpn: turn off MAC learning on the bridge.' }),
    rt_import: attr.set(ty.string, {
      optional: true,
      description: 'evpn: route targets to import; not an empty list.',
      validators: [nonEmptyList('no extra route targets')],
    }),
    mac: attr.string({ optional: true, description: "evpn: anycast MAC address of the vnets' gateways." }),
    ipam: attr.string({
      optional: true,
      description: 'IPAM the zone\'s subnets register in ("pve" is built in). Proxmox refuses to change, set or remove it while the zone has subnets.',
    }),
    dhcp: attr.string({ optional: true, description: "simple: the DHCP server for the zone's subnets.", validators: [validators.oneOf('dnsmasq')] }),
    dns: attr.string({ optional: true, description: 'DNS plugin (`/cluster/sdn/dns`) that registers the guests.' }),
    reverse_dns: attr.string({ optional: true, description: 'DNS plugin for reverse records.' }),
    dns_zone: attr.string({ optional: true, description: 'DNS zone the guests are registered in; needs dns.' }),
    pending_change: pendingChangeAttribute,
  },
  rules: [rules.requiredWith('dns_zone', 'dns')],
});

export const sdnZoneResource = sdnResource({
  section: 'zone',
  schema: zoneSchema,
  importId: { description: 'the zone id', example: 'lab' },
  fields: ZONE_FIELDS,
  typeOptions: { attributes: ZONE_ATTRIBUTES, problems: zoneOptionProblems },
});
