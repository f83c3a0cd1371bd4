// Host key verification for the SSH transport: a pinned key (fingerprint or public key) or an
// OpenSSH known_hosts file, with plain and hashed (`|1|salt|hash`) host entries and
// `[host]:port` for ports other than 22 (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT").
import { createHash, createHmac } from 'node:crypto';

/** `SHA256:<base64 without padding>`, as ssh-keygen -l prints. */
export function fingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** Whether the server's key (wire form) is the pinned one: a fingerprint or "type base64 [comment]". */
export function matchesPinned(pinned: string, key: Buffer): boolean {
  const text = pinned.trim();
  if (text.startsWith('SHA256:')) return text.replace(/=+$/, '') === fingerprintOf(key);
  const blob = text.split(/\s+/)[1];
  return blob !== undefined && Buffer.from(blob, 'base64').equals(key);
}

function hostPatterns(host: string, port: number): string[] {
  return port === 22 ? [host, `[${host}]:22`] : [`[${host}]:${port}`];
}

function entryMatches(field: string, names: readonly string[]): boolean {
  if (field.startsWith('|1|')) {
    const [, , salt, hash] = field.split('|');
    if (salt === undefined || hash === undefined) return false;
    return names.some((name) => createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash);
  }
  const patterns = field.split(',');
  if (patterns.some((p) => p.startsWith('!') && names.includes(p.slice(1)))) return false;
  return patterns.some((p) => names.includes(p));
}

/** Whether known_hosts lists this key for the host (markers such as @revoked reject it). */
export function knownHostsAccepts(text: string, host: string, port: number, key: Buffer): boolean {
  const names = hostPatterns(host, port);
  let accepted = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(/\s+/);
    const marker = fields[0]?.startsWith('@') ? fields.shift() : undefined;
    const [hosts, , blob] = fields;
    if (hosts === undefined || blob === undefined || !entryMatches(hosts, names)) continue;
    if (!Buffer.from(blob, 'base64').equals(key)) continue;
    if (marker === '@revoked') return false;
    if (marker === undefined) accepted = true;
  }
  return accepted;
}
