// The client side of SCRAM-SHA-512 (RFC 5802 with SHA-512, as RFC 7677 does for SHA-256), for
// TrueNAS 26.0's `auth.login_ex` mechanism SCRAM: the password never leaves the machine, only a
// proof derived from it. For an API key the SCRAM user is `<user>:<key id>` and the password the
// key material after `<id>-` (truenas/api_client truenas_api_client/py_scram/client_first.py,
// auth_api_key.py). No channel binding (`n,,`).
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

const hmac = (key: Buffer, text: string) => createHmac('sha512', key).update(text).digest();

/** `a=1,b=2` attribute lists (values may contain `=`). */
function fieldsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(',')) if (part.indexOf('=') === 1) out.set(part[0]!, part.slice(2));
  return out;
}

export class ScramClient {
  readonly first: string;
  private readonly bare: string;
  private serverSignature = Buffer.alloc(0);

  constructor(
    name: string,
    private readonly password: string,
    nonce = randomBytes(24).toString('base64'),
  ) {
    this.bare = `n=${name.replace(/=/g, '=3D').replace(/,/g, '=2C')},r=${nonce}`;
    this.first = `n,,${this.bare}`;
  }

  /** The client-final message answering the server-first one; null when the server's nonce does not extend ours. */
  final(serverFirst: string): string | null {
    const fields = fieldsOf(serverFirst);
    const nonce = fields.get('r') ?? '';
    const iterations = Number(fields.get('i'));
    if (!nonce.startsWith(fieldsOf(this.bare).get('r') ?? '\0') || !Number.isInteger(iterations) || iterations < 1) return null;
    const salted = pbkdf2Sync(Buffer.from(this.password, 'utf8'), Buffer.from(fields.get('s') ?? '', 'base64'), iterations, 64, 'sha512');
    const clientKey = hmac(salted, 'Client Key');
    const withoutProof = `c=${Buffer.from('n,,').toString('base64')},r=${nonce}`;
    const authMessage = `${this.bare},${serverFirst},${withoutProof}`;
    const signature = hmac(createHash('sha512').update(clientKey).digest(), authMessage);
    this.serverSignature = hmac(hmac(salted, 'Server Key'), authMessage);
    return `${withoutProof},p=${Buffer.from(clientKey.map((byte, i) => byte ^ signature[i]!)).toString('base64')}`;
  }

  /** Whether the server's final message proves it knows the credential. */
  verify(serverFinal: string): boolean {
    const expected = Buffer.from(`v=${this.serverSignature.toString('base64')}`);
    const got = Buffer.from(serverFinal);
    return this.serverSignature.length > 0 && got.length === expected.length && timingSafeEqual(got, expected);
  }
}

/** SCRAM user and password of an API key `<id>-<material>` owned by `username`; undefined for another shape. */
export function apiKeyScramIdentity(username: string, apiKey: string): { name: string; password: string } | undefined {
  const match = /^(\d+)-(.+)$/s.exec(apiKey);
  return match ? { name: `${username}:${match[1]!}`, password: match[2]! } : undefined;
}
