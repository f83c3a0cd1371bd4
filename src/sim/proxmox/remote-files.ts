// What the simulated node "downloads": the simulator never leaves 127.0.0.1, so a URL is opaque
// and stands for deterministic bytes (tests compute the same bytes to give a matching checksum).
// Hosts under `.invalid` (RFC 6761: never resolvable) are unreachable, as a typo'd mirror is.
import { createHash } from 'node:crypto';

const MIB = 1024 * 1024;

/** The bytes behind a URL: 1-2 MiB of the URL's text repeated, the size derived from its hash. */
export function simulatedRemoteFile(url: string): Buffer {
  const size = MIB + (createHash('sha256').update(url).digest().readUInt32BE(0) % MIB);
  return Buffer.alloc(size, `${url}\n`);
}

/** The host name when the URL's host cannot be resolved, else undefined. */
export function unresolvableHost(url: string): string | undefined {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  return host === '' || host.endsWith('.invalid') ? host : undefined;
}

/** `PVE::Tools::get_file_hash`: the hex digest. */
export function fileHash(algorithm: string, data: Buffer): string {
  return createHash(algorithm).update(data).digest('hex');
}
