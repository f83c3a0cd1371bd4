// IP address arithmetic for subnet checks (gateways and DHCP ranges inside a subnet, ranges
// that overlap); IPv4 and IPv6.
import { BlockList, isIP } from 'node:net';

/** Whether `ip` lies in the network `cidr` (same family only). */
export function cidrContains(cidr: string, ip: string): boolean {
  const [network = '', mask = '0'] = cidr.split('/');
  const version = isIP(network);
  if (version === 0 || isIP(ip) !== version) return false;
  const family = version === 6 ? 'ipv6' : 'ipv4';
  const block = new BlockList();
  block.addSubnet(network, Number(mask), family);
  return block.check(ip, family);
}

/** An address as a number, to compare and order addresses of one family. */
export function ipNumber(ip: string): bigint {
  if (isIP(ip) === 4) return ip.split('.').reduce((n, part) => (n << 8n) + BigInt(part), 0n);
  const [head = '', tail = ''] = ip.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return groups.reduce((n, part) => (n << 16n) + BigInt(parseInt(part, 16)), 0n);
}

export { isIP };

/** Whether `cidr` ("10.20.0.5/16") sets bits below its prefix, which a strict network parse refuses. */
export function hasHostBits(cidr: string): boolean {
  const [address = '', prefix] = cidr.split('/');
  const version = isIP(address);
  if (version === 0 || prefix === undefined || !/^\d{1,3}$/.test(prefix)) return false;
  const hostWidth = (version === 4 ? 32 : 128) - Number(prefix);
  return hostWidth > 0 && (ipNumber(address) & ((1n << BigInt(hostWidth)) - 1n)) !== 0n;
}
