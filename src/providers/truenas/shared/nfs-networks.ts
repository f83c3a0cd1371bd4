// NFS share networks as the middleware stores them: every entry rewritten to
// `str(ip_network(value, strict=False))` — an address becomes a /32 (/128) network, host bits
// are cleared — and the all-networks entries `0.0.0.0/0` and `::/0` refused ("Do not use …
// to represent all-networks"; truenas/middleware plugins/nfs_/validators.py@TS-25.10.6:53,
// called from plugins/nfs.py:677; the same in 25.04). The provider keeps the user's spelling
// and compares entries by their canonical network, so neither form causes a diff.
import { isIPv4, isIPv6 } from 'node:net';
import { validators } from '../../../framework/validators.js';
import type { Value } from '../../../values/types.js';

function ipv4Bits(address: string): bigint {
  return address.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function ipv6Bits(address: string): bigint {
  let text = address;
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (embedded) {
    const v4 = ipv4Bits(embedded[1]!);
    text = `${text.slice(0, embedded.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? headParts : [...headParts, ...Array<string>(8 - headParts.length - tailParts.length).fill('0'), ...tailParts];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/**
 * The canonical network of an address or CIDR (`10.0.0.5` → `10.0.0.5/32`,
 * `192.168.1.7/24` → `192.168.1.0/24`), or undefined when it is neither. IPv6 networks are
 * written as full hex groups: the form compares, it is not shown.
 */
export function canonicalNetwork(entry: string): string | undefined {
  const [address = '', prefixText, ...rest] = entry.trim().split('/');
  if (rest.length > 0) return undefined;
  const v4 = isIPv4(address);
  if (!v4 && !isIPv6(address)) return undefined;
  const width = v4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? width : Number(prefixText);
  if (prefix > width) return undefined;
  const bits = v4 ? ipv4Bits(address) : ipv6Bits(address.toLowerCase());
  const hostBits = BigInt(width - prefix);
  const network = (bits >> hostBits) << hostBits;
  if (v4) return `${[24n, 16n, 8n, 0n].map((shift) => (network >> shift) & 0xffn).join('.')}/${prefix}`;
  return `${Array.from({ length: 8 }, (_, i) => ((network >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':')}/${prefix}`;
}

function networkProblem(entry: string): string | undefined {
  const canonical = canonicalNetwork(entry);
  // The notation itself is the framework's CIDR validator's to judge (it names the element).
  if (canonical === undefined) return undefined;
  if (canonical.endsWith('/0')) return `"${entry}" means every network, which TrueNAS refuses: leave networks and hosts empty to export to everyone`;
  return undefined;
}

export const NFS_NETWORKS = validators.custom('not 0.0.0.0/0 or ::/0', (value) => {
  if (!Array.isArray(value)) return undefined;
  for (const entry of value)
    if (typeof entry === 'string') {
      const problem = networkProblem(entry);
      if (problem) return problem;
    }
  return undefined;
});

/** Two network lists that the server stores alike. */
export function sameNetworks(known: Value, fresh: Value): boolean {
  if (!Array.isArray(known) || !Array.isArray(fresh) || known.length !== fresh.length) return false;
  return known.every(
    (entry, i) =>
      typeof entry === 'string' &&
      typeof fresh[i] === 'string' &&
      canonicalNetwork(entry) !== undefined &&
      canonicalNetwork(entry) === canonicalNetwork(fresh[i] as string),
  );
}
