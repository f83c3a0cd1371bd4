// `GET /nodes/{node}/qemu/{vmid}/agent/network-get-interfaces` (qemu-server
// src/PVE/API2/Qemu/Agent.pm): the QEMU guest agent's `guest-network-get-interfaces` answer.
// The real call fails (PVE/QemuServer/Agent.pm `assert_agent_available`) with "No QEMU guest
// agent configured" without an `agent` option, "VM N is not running" when stopped and "QEMU
// guest agent is not running" when the agent does not answer (here: when it is disabled).
// The simulated guest has a loopback and one `ethN` per NIC; the first has addresses derived
// from the VMID (10.0.<vmid/250>.<vmid%250+2>, fd00::<vmid hex>, and a link-local one).
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { requireGuest, type RequestContext } from '../engine.js';
import { die } from '../pve-error.js';
import type { SimGuest } from '../state.js';

function agentEnabled(guest: SimGuest): boolean {
  const { bare, props } = parsePropertyString(guest.config.agent ?? '0');
  return (props.enabled ?? bare) === '1';
}

interface AgentAddress {
  'ip-address': string;
  'ip-address-type': 'ipv4' | 'ipv6';
  prefix: number;
}

function nicAddresses(vmid: number, index: number): AgentAddress[] {
  if (index > 0) return [];
  return [
    { 'ip-address': `10.0.${Math.floor(vmid / 250) % 256}.${(vmid % 250) + 2}`, 'ip-address-type': 'ipv4', prefix: 24 },
    { 'ip-address': `fd00::${vmid.toString(16)}`, 'ip-address-type': 'ipv6', prefix: 64 },
    { 'ip-address': `fe80::be24:11ff:fe00:${vmid.toString(16)}`, 'ip-address-type': 'ipv6', prefix: 64 },
  ];
}

export function agentNetworkInterfaces(ctx: RequestContext): { result: Array<Record<string, unknown>> } {
  const guest = requireGuest(ctx, 'qemu');
  if (guest.config.agent === undefined) throw die('No QEMU guest agent configured');
  if (guest.status !== 'running') throw die(`VM ${guest.vmid} is not running`);
  // A disabled agent has no channel in the VM, so nothing answers the ping.
  if (!agentEnabled(guest)) throw die('QEMU guest agent is not running');
  const nics = Object.keys(guest.config)
    .filter((key) => /^net\d+$/.test(key))
    .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
  const result: Array<Record<string, unknown>> = [
    {
      name: 'lo',
      'hardware-address': '00:00:00:00:00:00',
      'ip-addresses': [
        { 'ip-address': '127.0.0.1', 'ip-address-type': 'ipv4', prefix: 8 },
        { 'ip-address': '::1', 'ip-address-type': 'ipv6', prefix: 128 },
      ],
    },
  ];
  nics.forEach((key, index) => {
    const mac = /=([0-9A-F]{2}(:[0-9A-F]{2}){5})/i.exec(guest.config[key] ?? '')?.[1]?.toLowerCase();
    result.push({ name: `eth${index}`, 'hardware-address': mac ?? '', 'ip-addresses': nicAddresses(guest.vmid, index) });
  });
  return { result };
}
