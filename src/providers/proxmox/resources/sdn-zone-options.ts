// Which `proxmox_sdn_zone` attributes a zone type takes and needs, from the zone plugins'
// options (src/clients/proxmox/sdn-zone-types.ts); checked at plan time so a wrong option names
// its attribute instead of failing in the apply.
import { SDN_ZONE_OPTIONS, isSdnZoneType } from '../../../clients/proxmox/sdn-zone-types.js';
import { fields } from '../shared/api-fields.js';
import { typeOptionProblems, type TypeOptionProblem } from '../shared/type-option-problems.js';

export const ZONE_FIELDS = fields([
  ['nodes', 'nodes', 'list'],
  ['mtu', 'mtu', 'number'],
  ['bridge', 'bridge', 'string'],
  ['tag', 'tag', 'number'],
  ['vlan_protocol', 'vlan-protocol', 'string'],
  ['peers', 'peers', 'list'],
  ['vxlan_port', 'vxlan-port', 'number'],
  ['fabric', 'fabric', 'string'],
  ['controller', 'controller', 'string'],
  ['vrf_vxlan', 'vrf-vxlan', 'number'],
  ['exit_nodes', 'exitnodes', 'list'],
  ['exit_nodes_local_routing', 'exitnodes-local-routing', 'bool'],
  ['exit_nodes_primary', 'exitnodes-primary', 'string'],
  ['advertise_subnets', 'advertise-subnets', 'bool'],
  ['disable_arp_nd_suppression', 'disable-arp-nd-suppression', 'bool'],
  ['bridge_disable_mac_learning', 'bridge-disable-mac-learning', 'bool'],
  ['rt_import', 'rt-import', 'list'],
  ['mac', 'mac', 'string'],
  ['ipam', 'ipam', 'string'],
  ['dhcp', 'dhcp', 'string'],
  ['dns', 'dns', 'string'],
  ['reverse_dns', 'reversedns', 'string'],
  ['dns_zone', 'dnszone', 'string'],
] as const);

export type ZoneOptionAttribute = (typeof ZONE_FIELDS)[number]['attr'];

export type ZoneOptionProblem = TypeOptionProblem<ZoneOptionAttribute>;

export const ZONE_ATTRIBUTES = ZONE_FIELDS.map((field) => field.attr);
/** The API key of each attribute: the zone plugins name their options by key. */
const KEY_OF: ReadonlyMap<ZoneOptionAttribute, string> = new Map(ZONE_FIELDS.map((field) => [field.attr, field.key]));

/**
 * What is wrong with a zone of `type` whose configuration sets the attributes `set` (unknown
 * values count as set): options the type does not take, required ones missing, and VXLAN's
 * exactly one of peers / fabric.
 */
export function zoneOptionProblems(type: string, set: ReadonlySet<ZoneOptionAttribute>): ZoneOptionProblem[] {
  if (!isSdnZoneType(type)) return [];
  const options = SDN_ZONE_OPTIONS[type];
  const keyOf = (attribute: ZoneOptionAttribute): string => KEY_OF.get(attribute) ?? attribute;
  const problems = typeOptionProblems('zone', type, ZONE_ATTRIBUTES, set, {
    takes: (attribute) => options.required.includes(keyOf(attribute)) || options.optional.includes(keyOf(attribute)),
    needs: (attribute) => options.required.includes(keyOf(attribute)),
  });
  if (type === 'vxlan' && set.has('peers') === set.has('fabric')) {
    problems.push({ attribute: 'peers', summary: 'Missing zone option', detail: 'A "vxlan" zone needs exactly one of peers or fabric.' });
  }
  return problems;
}
