// SSH keys as the middleware checks them with ssh-keygen (plugins/keychain.py): the public key a
// private key implies (`ssh-keygen -y`), whether a public key parses (`ssh-keygen -l`), and new
// key pairs (`generate_ssh_key_pair`). OpenSSH private keys carry their public key in clear, so
// reading it needs no cryptography; PEM keys go through node:crypto.
import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';

const OPENSSH_MAGIC = 'openssh-key-v1\0';

class Reader {
  private offset = 0;
  constructor(private readonly buffer: Buffer) {}
  uint32(): number {
    if (this.offset + 4 > this.buffer.length) throw new Error('truncated');
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  bytes(): Buffer {
    const length = this.uint32();
    if (this.offset + length > this.buffer.length) throw new Error('truncated');
    const value = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }
}

function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** An SSH mpint: big-endian, with a leading zero when the top bit is set. */
function mpint(value: Buffer): Buffer {
  const trimmed = value.subarray(value.findIndex((byte) => byte !== 0));
  return sshString(trimmed[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

function pemBody(text: string, label: string): Buffer | undefined {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  return match ? Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64') : undefined;
}

/** The result of `ssh-keygen -y`: the public key line, or the error ssh-keygen prints. */
export type DerivedPublicKey = { publicKey: string } | { error: string };

const INVALID = 'Load key "/tmp/key": invalid format';

export function publicKeyOf(privateKey: string): DerivedPublicKey {
  const openssh = pemBody(privateKey, 'OPENSSH PRIVATE KEY');
  if (openssh) {
    try {
      if (openssh.subarray(0, OPENSSH_MAGIC.length).toString('latin1') !== OPENSSH_MAGIC) return { error: INVALID };
      const reader = new Reader(openssh.subarray(OPENSSH_MAGIC.length));
      const cipher = reader.bytes().toString();
      reader.bytes(); // kdf name
      reader.bytes(); // kdf options
      if (reader.uint32() !== 1) return { error: INVALID };
      const blob = reader.bytes();
      // An encrypted key makes ssh-keygen ask for its passphrase, which the middleware refuses.
      if (cipher !== 'none') return { error: 'Enter passphrase:' };
      return { publicKey: `${new Reader(blob).bytes().toString()} ${blob.toString('base64')}` };
    } catch {
      return { error: INVALID };
    }
  }
  if (/ENCRYPTED/.test(privateKey)) return { error: 'Enter passphrase:' };
  try {
    const jwk = createPrivateKey(privateKey).export({ format: 'jwk' });
    const b64 = (field: string | undefined) => Buffer.from(field ?? '', 'base64url');
    if (jwk.kty === 'RSA') {
      const blob = Buffer.concat([sshString('ssh-rsa'), mpint(b64(jwk.e)), mpint(b64(jwk.n))]);
      return { publicKey: `ssh-rsa ${blob.toString('base64')}` };
    }
    if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') {
      const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(b64(jwk.x))]);
      return { publicKey: `ssh-ed25519 ${blob.toString('base64')}` };
    }
  } catch {
    // falls through to ssh-keygen's complaint
  }
  return { error: INVALID };
}

const KEY_TYPES = ['ssh-rsa', 'ssh-dss', 'ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'];

/** Whether `ssh-keygen -l` accepts the public key line: a known type and a blob of that type. */
export function isValidPublicKey(line: string): boolean {
  const [type, data] = line.trim().split(/\s+/);
  if (!type || !data || !KEY_TYPES.includes(type)) return false;
  try {
    return new Reader(Buffer.from(data, 'base64')).bytes().toString() === type;
  } catch {
    return false;
  }
}

/** The `type base64` part of a public key line (the middleware compares keys without comments). */
export function normalizePublicKey(line: string): string {
  return line.trim().split(/\s+/).slice(0, 2).join(' ');
}

/** A new unencrypted Ed25519 key pair in OpenSSH format, as ssh-keygen writes it. */
export function generateOpenSshKeyPair(comment = 'truenas-sim'): { privateKey: string; publicKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url');
  const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = randomBytes(4);
  let section = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment)]);
  for (let pad = 1; section.length % 8 !== 0; pad++) section = Buffer.concat([section, Buffer.from([pad])]);
  const body = Buffer.concat([
    Buffer.from(OPENSSH_MAGIC, 'latin1'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(blob),
    sshString(section),
  ]);
  const wrapped = body.toString('base64').replace(/(.{70})/g, '$1\n');
  return {
    privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrapped.trim()}\n-----END OPENSSH PRIVATE KEY-----\n`,
    publicKey: `ssh-ed25519 ${blob.toString('base64')} ${comment}`,
  };
}
