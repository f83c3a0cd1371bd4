// Network interfaces as `interface.query` returns them (truenas/middleware
// src/middlewared/middlewared/api/v25_10_0/interface.py `InterfaceEntry`, plus the fields
// plugins/network.py `iface_extend` adds per type that the entry model lets through).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

export const INTERFACE_TYPES = ['PHYSICAL', 'BRIDGE', 'LINK_AGGREGATION', 'VLAN'] as const;
/** What the schema takes; the server refuses ROUNDROBIN and NONE (plugins/interface/lag_protocols.py). */
export const LAG_PROTOCOLS = ['LACP', 'FAILOVER', 'LOADBALANCE'] as const;
export const XMIT_HASH_POLICIES = ['LAYER2', 'LAYER2+3', 'LAYER3+4'] as const;
export const LACPDU_RATES = ['SLOW', 'FAST'] as const;

const aliasSchema = lazySchema(() => z.object({ type: z.string(), address: z.string(), netmask: z.union([z.number(), z.string()]).transform(Number) }));
export type InterfaceAlias = { type: 'INET' | 'INET6'; address: string; netmask: number };

export const networkInterfaceSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    fake: z.boolean().optional(),
    description: z.string(),
    mtu: z.number().nullable(),
    ipv4_dhcp: z.boolean(),
    ipv6_auto: z.boolean(),
    aliases: z.array(aliasSchema),
    bridge_members: z.array(z.string()).optional(),
    stp: z.boolean().optional(),
    enable_learning: z.boolean().optional(),
    lag_protocol: z.string().optional(),
    lag_ports: z.array(z.string()).optional(),
    xmit_hash_policy: z.string().nullable().optional(),
    lacpdu_rate: z.string().nullable().optional(),
    vlan_parent_interface: z.string().nullable().optional(),
    vlan_tag: z.number().nullable().optional(),
    vlan_pcp: z.number().nullable().optional(),
    /** 26.0, physical interfaces with one set only (plugins/network.py:260-262 @TS-26.0.0-BETA.3). */
    fec_mode: z.string().nullable().optional(),
    state: z.object({ link_address: z.string().optional(), link_state: z.string().optional() }).passthrough(),
  }),
);
export type NetworkInterface = z.output<typeof networkInterfaceSchema>;

/** The settings every kind of interface takes (a physical one takes only these). */
export interface InterfaceSettings {
  description: string;
  mtu: number | null;
  ipv4_dhcp: boolean;
  ipv6_auto: boolean;
  aliases: InterfaceAlias[];
}

export interface InterfaceCreate extends InterfaceSettings {
  name: string;
  type: 'BRIDGE' | 'LINK_AGGREGATION' | 'VLAN';
  bridge_members?: string[];
  stp?: boolean;
  enable_learning?: boolean;
  lag_protocol?: string;
  lag_ports?: string[];
  xmit_hash_policy?: string | null;
  lacpdu_rate?: string | null;
  vlan_parent_interface?: string;
  vlan_tag?: number;
  vlan_pcp?: number | null;
}
export const FEC_MODES = ['AUTO', 'OFF', 'RS', 'BASER', 'LLRS'] as const;
/** 26.0's `fec_mode` is an update field of physical interfaces only (api/v26_0_0/interface.py). */
export type InterfaceUpdate = Partial<Omit<InterfaceCreate, 'type'>> & { fec_mode?: (typeof FEC_MODES)[number] };

/** `interface.commit`'s options (api/v25_10_0/interface.py `InterfaceCommitOptions`). */
export interface InterfaceCommitOptions {
  rollback: boolean;
  checkin_timeout: number;
}
