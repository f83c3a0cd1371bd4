// Python's `ip_network(text, strict=False)` as the middleware uses it for NFS networks: the
// canonical CIDR text with the host bits zeroed (`10.0.0.5` → `10.0.0.5/32`,
// `192.168.1.7/24` → `192.168.1.0/24`), or null when the text is no network.
import { isIP } from 'node:net';

function ipv4Words(address: string): number[] {
  return address.split('.').map(Number);
}

function ipv6Groups(address: string): number[] | null {
  const [head = '', tail] = address.split('::');
  const part = (text: string) => (text === '' ? [] : text.split(':').map((group) => Number.parseInt(group, 16)));
  const front = part(head);
  const back = tail === undefined ? [] : part(tail);
  const missing = 8 - front.length - back.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  return [...front, ...Array<number>(missing).fill(0), ...back];
}

function masked(values: number[], bitsPerValue: number, prefix: number): number[] {
  return values.map((value, index) => {
    const kept = Math.max(0, Math.min(bitsPerValue, prefix - index * bitsPerValue));
    const mask = kept === 0 ? 0 : ((0xffffffff << (bitsPerValue - kept)) >>> 0) & ((1 << bitsPerValue) - 1);
    return value & mask;
  });
}

/** "ADDRESS[/PREFIX]" split and checked as Python's ip_network/ip_interface parse it (no zone, prefix within the width; none: the full width). */
function addressAndPrefix(text: string): { address: string; family: 4 | 6; prefix: number } | null {
  const [address = '', prefixText, ...rest] = text.trim().split('/');
  const family = isIP(address);
  if ((family !== 4 && family !== 6) || rest.length > 0 || address.includes('%')) return null;
  const width = family === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d+$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? width : Number(prefixText);
  return prefix > width ? null : { address, family, prefix };
}

export function canonicalNetwork(text: string): string | null {
  const parsed = addressAndPrefix(text);
  if (!parsed) return null;
  const { address, family, prefix } = parsed;
  if (family === 4) return `${masked(ipv4Words(address), 8, prefix).join('.')}/${prefix}`;
  const groups = ipv6Groups(address);
  if (!groups) return null;
  // The WHATWG URL parser prints IPv6 in the compressed form Python prints too.
  const expanded = masked(groups, 16, prefix)
    .map((group) => group.toString(16))
    .join(':');
  return `${new URL(`http://[${expanded}]/`).hostname.slice(1, -1)}/${prefix}`;
}

/** Whether the network's address is all zeros (`0.0.0.0/0`, `::/0`, also `0.0.0.0/8`): the middleware's "all-networks" test. */
export function isAllNetworks(canonical: string): boolean {
  return canonical.startsWith('0.0.0.0/') || canonical.startsWith('::/');
}

/**
 * Python's `ip_interface(text).exploded` as static routes store their destination: the address
 * keeps its host bits, a missing prefix is the full width, IPv6 is written out in full
 * (`fd00::1/64` → `fd00:0000:0000:0000:0000:0000:0000:0001/64`); null when the text is no interface.
 */
export function explodedInterface(text: string): { text: string; family: 4 | 6 } | null {
  const parsed = addressAndPrefix(text);
  if (!parsed) return null;
  const { address, family, prefix } = parsed;
  if (family === 4) return { text: `${address}/${prefix}`, family: 4 };
  const groups = ipv6Groups(address);
  if (!groups) return null;
  return { text: `${groups.map((group) => group.toString(16).padStart(4, '0')).join(':')}/${prefix}`, family: 6 };
}
