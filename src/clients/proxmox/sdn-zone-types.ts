// The options each SDN zone type takes, and which it requires: the `options` of each zone
// plugin in pve-network (src/PVE/Network/SDN/Zones/{Simple,Vlan,QinQ,Vxlan,Evpn}Plugin.pm).
// The provider validates plans with it; the simulator refuses what the server refuses.

export const SDN_ZONE_TYPES = ['simple', 'vlan', 'qinq', 'vxlan', 'evpn'] as const;
export type SdnZoneType = (typeof SDN_ZONE_TYPES)[number];

const COMMON = ['nodes', 'mtu', 'dns', 'reversedns', 'dnszone', 'ipam'] as const;

interface ZoneTypeOptions {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

export const SDN_ZONE_OPTIONS: Readonly<Record<SdnZoneType, ZoneTypeOptions>> = {
  simple: { required: [], optional: [...COMMON, 'dhcp'] },
  vlan: { required: ['bridge'], optional: [...COMMON, 'bridge-disable-mac-learning'] },
  qinq: { required: ['bridge', 'tag'], optional: [...COMMON, 'bridge-disable-mac-learning', 'vlan-protocol'] },
  vxlan: { required: [], optional: [...COMMON, 'peers', 'vxlan-port', 'fabric'] },
  evpn: {
    required: ['controller', 'vrf-vxlan'],
    optional: [
      ...COMMON,
      'exitnodes',
      'exitnodes-local-routing',
      'exitnodes-primary',
      'advertise-subnets',
      'disable-arp-nd-suppression',
      'bridge-disable-mac-learning',
      'rt-import',
      'vxlan-port',
      'mac',
    ],
  },
};

export function isSdnZoneType(type: string): type is SdnZoneType {
  return (SDN_ZONE_TYPES as readonly string[]).includes(type);
}

/** Whether a zone of `type` takes the option `key` at all. */
export function zoneTakesOption(type: SdnZoneType, key: string): boolean {
  const options = SDN_ZONE_OPTIONS[type];
  return options.required.includes(key) || options.optional.includes(key);
}
