// `proxmox_vm`'s typed cloud-init network settings: one `ip` block per NIC, written as that NIC's
// `ipconfigN` ("ip=10.0.0.5/24,gw=10.0.0.1,ip6=auto"). Values as qemu-server checks them
// (PVE/QemuServer.pm `$ipconfig_fmt`: ip = dhcp or an IPv4 CIDR, gw IPv4; ip6 = dhcp, auto or an
// IPv6 CIDR, gw6 IPv6; a gateway needs a static address of its family).
import { attr, block } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import type { BlockModel } from '../../../framework/schema.js';
import { cidrProblem, validators } from '../../../framework/validators.js';
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';

const ipv4Address = validators.custom<string>('"dhcp" or an IPv4 address with prefix such as "10.0.0.5/24"', (value) =>
  typeof value === 'string' && value !== 'dhcp' ? cidrProblem(value, 4) : undefined,
);
const ipv6Address = validators.custom<string>('"dhcp", "auto" or an IPv6 address with prefix such as "fd00::5/64"', (value) =>
  typeof value === 'string' && value !== 'dhcp' && value !== 'auto' ? cidrProblem(value, 6) : undefined,
);

export const cloudInitIpBlock = block.list(
  {
    description:
      'Typed network settings per network device, in order (ipconfig0, ipconfig1, ...); an alternative to ip_config. A device without a block gets no cloud-init network settings.',
    attributes: {
      ipv4_address: attr.string({ optional: true, description: 'IPv4: "dhcp" or an address with prefix, such as "10.0.0.5/24".', validators: [ipv4Address] }),
      ipv4_gateway: attr.string({ optional: true, description: 'IPv4 gateway (with a static ipv4_address).', validators: [validators.ipAddress(4)] }),
      ipv6_address: attr.string({
        optional: true,
        description: 'IPv6: "dhcp", "auto" (SLAAC) or an address with prefix, such as "fd00::5/64".',
        validators: [ipv6Address],
      }),
      ipv6_gateway: attr.string({ optional: true, description: 'IPv6 gateway (with a static ipv6_address).', validators: [validators.ipAddress(6)] }),
    },
    rules: [rules.requiredWith('ipv4_gateway', 'ipv4_address'), rules.requiredWith('ipv6_gateway', 'ipv6_address')],
  },
  { maxItems: 32 },
);

export type CloudInitIpModel = BlockModel<typeof cloudInitIpBlock>[number];

const PARTS = [
  ['ip', 'ipv4_address'],
  ['gw', 'ipv4_gateway'],
  ['ip6', 'ipv6_address'],
  ['gw6', 'ipv6_gateway'],
] as const;

/** `ip=...,gw=...,ip6=...,gw6=...` with the parts the block sets. */
export function ipConfigText(ip: CloudInitIpModel): string {
  return PARTS.flatMap(([key, name]) => (ip[name] === null ? [] : [`${key}=${ip[name]}`])).join(',');
}

export function ipFromConfigText(text: string): CloudInitIpModel {
  const { props } = parsePropertyString(text);
  return { ipv4_address: props.ip ?? null, ipv4_gateway: props.gw ?? null, ipv6_address: props.ip6 ?? null, ipv6_gateway: props.gw6 ?? null };
}

/** Why a gateway cannot go with its address (dhcp/auto leave the gateway to the network), or undefined. */
export function gatewayProblem(ip: Partial<CloudInitIpModel>): { attribute: keyof CloudInitIpModel; detail: string } | undefined {
  if (typeof ip.ipv4_gateway === 'string' && ip.ipv4_address === 'dhcp')
    return { attribute: 'ipv4_gateway', detail: 'With ipv4_address = "dhcp" the DHCP server gives the gateway; remove ipv4_gateway.' };
  if (typeof ip.ipv6_gateway === 'string' && (ip.ipv6_address === 'dhcp' || ip.ipv6_address === 'auto'))
    return { attribute: 'ipv6_gateway', detail: `With ipv6_address = "${ip.ipv6_address}" the network gives the gateway; remove ipv6_gateway.` };
  return undefined;
}
