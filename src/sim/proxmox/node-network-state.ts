// A node's network configuration as PVE keeps it: /etc/network/interfaces (live) and
// /etc/network/interfaces.new (written by the API, made live by a reload), plus the node's
// resolv.conf, /etc/hosts, time zone and node config (pve-manager PVE/API2/Network.pm, Nodes.pm).
import { seedAptFiles, type SimAptFile } from './apt-state.js';

/** One interface stanza, values as the API returns them (text). */
export type SimInterface = Record<string, string>;

export interface SimNodeNetwork {
  /** /etc/network/interfaces: what runs. */
  live: Map<string, SimInterface>;
  /** /etc/network/interfaces.new: written changes waiting for a reload; undefined when there is none. */
  pending?: Map<string, SimInterface>;
  /** Simulator switch: the next N reloads fail in `ifreload -a` (after the new file was moved in place, as real). */
  failReloads: number;
  reloadFailure: string;
}

export interface SimNodeSettings {
  dns: { search: string; dns1?: string; dns2?: string; dns3?: string };
  hosts: string;
  timezone: string;
  /** /etc/pve/nodes/{node}/config keys. */
  config: Record<string, string>;
  /** /etc/apt/sources.list and sources.list.d (apt-state.ts). */
  apt: SimAptFile[];
}

export function seedNodeNetwork(): SimNodeNetwork {
  const live = new Map<string, SimInterface>([
    ['eno1', { iface: 'eno1', type: 'eth', method: 'manual', method6: 'manual', families: 'inet', active: '1', exists: '1' }],
    ['eno2', { iface: 'eno2', type: 'eth', method: 'manual', method6: 'manual', families: 'inet', active: '1', exists: '1' }],
    ['eno3', { iface: 'eno3', type: 'eth', method: 'manual', method6: 'manual', families: 'inet', active: '1', exists: '1' }],
    [
      'vmbr0',
      {
        iface: 'vmbr0',
        type: 'bridge',
        method: 'static',
        method6: 'manual',
        families: 'inet',
        autostart: '1',
        active: '1',
        address: '192.168.1.10',
        netmask: '24',
        cidr: '192.168.1.10/24',
        gateway: '192.168.1.1',
        bridge_ports: 'eno1',
        bridge_stp: 'off',
        bridge_fd: '0',
      },
    ],
  ]);
  return { live, failReloads: 0, reloadFailure: 'error: vmbr9: cmd failed: ifreload -a' };
}

export function seedNodeSettings(node: string): SimNodeSettings {
  return {
    dns: { search: 'lan', dns1: '192.168.1.1' },
    hosts: `127.0.0.1 localhost.localdomain localhost\n192.168.1.10 ${node}.lan ${node}\n`,
    timezone: 'UTC',
    config: {},
    apt: seedAptFiles(),
  };
}

/** What the API reads: the pending file when there is one (`read_etc_network_interfaces` prefers interfaces.new). */
export function currentInterfaces(network: SimNodeNetwork): Map<string, SimInterface> {
  return network.pending ?? network.live;
}
