// Whether Proxmox VE takes an IPv6 address as a node interface's own address: pve-manager's
// `$check_ipv6_settings` (PVE/API2/Network.pm) types it with Net::IP and keeps only global,
// unique-local and link-local unicast addresses, so documentation (2001:db8::/32), 6to4,
// Teredo, ORCHID, loopback, multicast and reserved addresses are refused, and so is an address
// equal to the prefix's own mask bits (Net::IP's "ANYCAST" there). The provider checks it at plan
// time and the simulator refuses it as the server does.
import { ipNumber } from '../common/ip-address.js';

/**
 * Net::IP 1.26's `%IPv6ranges` (the version Debian trixie ships), as prefixes: an address takes
 * the type of the longest prefix it falls in (`ip_iptypev6`).
 */
const IPV6_RANGES: ReadonlyArray<readonly [prefix: string, length: number, type: string]> = [
  ['::', 8, 'RESERVED'],
  ['::', 128, 'UNSPECIFIED'],
  ['::1', 128, 'LOOPBACK'],
  ['::ffff:0:0', 96, 'IPV4MAP'],
  ['100::', 8, 'RESERVED'],
  ['100::', 64, 'DISCARD'],
  ['200::', 7, 'RESERVED'],
  ['400::', 6, 'RESERVED'],
  ['800::', 5, 'RESERVED'],
  ['1000::', 4, 'RESERVED'],
  ['2000::', 3, 'GLOBAL-UNICAST'],
  ['2001::', 32, 'TEREDO'],
  ['2001:2::', 48, 'BMWG'],
  ['2001:db8::', 32, 'DOCUMENTATION'],
  ['2001:10::', 28, 'ORCHID'],
  ['2002::', 16, '6TO4'],
  ['4000::', 3, 'RESERVED'],
  ['6000::', 3, 'RESERVED'],
  ['8000::', 3, 'RESERVED'],
  ['a000::', 3, 'RESERVED'],
  ['c000::', 3, 'RESERVED'],
  ['e000::', 4, 'RESERVED'],
  ['f000::', 5, 'RESERVED'],
  ['f800::', 6, 'RESERVED'],
  ['fc00::', 7, 'UNIQUE-LOCAL-UNICAST'],
  ['fe00::', 9, 'RESERVED'],
  ['fe80::', 10, 'LINK-LOCAL-UNICAST'],
  ['fec0::', 10, 'RESERVED'],
  ['ff00::', 8, 'MULTICAST'],
];

/** Longest prefixes first, as ip_iptypev6 tries them. */
const BY_LENGTH = [...IPV6_RANGES].sort((a, b) => b[1] - a[1]).map(([prefix, length, type]) => ({ bits: ipNumber(prefix), length, type }));

/** The types check_ipv6_settings lets through. */
export const IPV6_HOST_TYPES: readonly string[] = ['GLOBAL-UNICAST', 'UNIQUE-LOCAL-UNICAST', 'LINK-LOCAL-UNICAST'];

/** `::ffff:192.0.2.1` → `::ffff:c000:201`: ipNumber reads hexadecimal groups only. */
function withoutDottedQuad(address: string): string {
  const match = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  if (!match) return address;
  const [, head = '', a, b, c, d] = match;
  const group = (high: string | undefined, low: string | undefined) => ((Number(high) << 8) | Number(low)).toString(16);
  return `${head}${group(a, b)}:${group(c, d)}`;
}

/** Net::IP's type of `address` for a host on a /`prefixLength` network (`ANYCAST`: the address is the mask itself). */
export function ipv6HostType(address: string, prefixLength: number): string {
  const bits = ipNumber(withoutDottedQuad(address));
  const mask = prefixLength === 0 ? 0n : ((1n << BigInt(prefixLength)) - 1n) << BigInt(128 - prefixLength);
  if (bits === mask) return 'ANYCAST';
  const range = BY_LENGTH.find(({ bits: prefix, length }) => bits >> BigInt(128 - length) === prefix >> BigInt(128 - length));
  return range?.type ?? 'RESERVED';
}

/**
 * The server's refusal of `address`/`prefixLength` as an interface address (the text of the 400
 * it answers on the `address` parameter), or undefined when it takes it.
 */
export function ipv6HostProblem(address: string, prefixLength: number): string | undefined {
  const type = ipv6HostType(address, prefixLength);
  return IPV6_HOST_TYPES.includes(type) ? undefined : `${address} with type '${type}', cannot be used as host IPv6 address.`;
}
