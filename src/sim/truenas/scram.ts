// SCRAM-SHA-512 (RFC 5802 with the SHA-512 hash, as RFC 7677 does for SHA-256), the server
// side of TrueNAS 26.0's `auth.login_ex` mechanism SCRAM. The client-first message names the
// user and, for an API key, its id: `n,,n=<user>:<key id>,r=<nonce>` (truenas/api_client
// truenas_api_client/py_scram/client_first.py); the password is the key's material after
// `<id>-` (auth_api_key.py). node:crypto does the hashing.
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

/** What the server stores for a credential: never the password itself. */
export interface ScramCredential {
  readonly salt: Buffer;
  readonly iterations: number;
  readonly storedKey: Buffer;
  readonly serverKey: Buffer;
}

const hmac = (key: Buffer, text: string | Buffer) => createHmac('sha512', key).update(text).digest();

export function scramCredential(password: string, iterations = 4096, salt: Buffer = randomBytes(16)): ScramCredential {
  const salted = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, 64, 'sha512');
  const clientKey = hmac(salted, 'Client Key');
  return { salt, iterations, storedKey: createHash('sha512').update(clientKey).digest(), serverKey: hmac(salted, 'Server Key') };
}

/** Splits `a=1,b=2` attribute lists (values may contain `=`). */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(',')) {
    const cut = part.indexOf('=');
    if (cut === 1) out.set(part[0]!, part.slice(2));
  }
  return out;
}

/** `=2C` → `,`, `=3D` → `=` (RFC 5802 §5.1 saslname). */
const unescapeName = (name: string) => name.replace(/=2C/g, ',').replace(/=3D/g, '=');

export interface ClientFirst {
  readonly username: string;
  /** 0 for a password, else the API key's id. */
  readonly apiKeyId: number;
  readonly gs2Header: string;
  readonly bare: string;
  readonly nonce: string;
}

export function parseClientFirst(message: string): ClientFirst | null {
  const match = /^([ny]|p=[^,]*),([^,]*),(.*)$/.exec(message);
  if (!match) return null;
  const bare = match[3]!;
  const fields = attributes(bare);
  const name = fields.get('n');
  const nonce = fields.get('r');
  if (!name || !nonce) return null;
  const full = unescapeName(name);
  const cut = full.lastIndexOf(':');
  const keyId = cut > 0 && /^\d+$/.test(full.slice(cut + 1)) ? Number(full.slice(cut + 1)) : 0;
  return { username: keyId ? full.slice(0, cut) : full, apiKeyId: keyId, gs2Header: `${match[1]!},${match[2]!},`, bare, nonce };
}

/** One SCRAM exchange in progress on a connection. */
export class ScramExchange {
  readonly serverFirst: string;
  private readonly nonce: string;

  constructor(
    readonly client: ClientFirst,
    private readonly credential: ScramCredential,
  ) {
    this.nonce = `${client.nonce}${randomBytes(18).toString('base64')}`;
    this.serverFirst = `r=${this.nonce},s=${credential.salt.toString('base64')},i=${credential.iterations}`;
  }

  /** Checks the client's proof; the server-final message (`v=<signature>`) when it holds, else null. */
  finish(clientFinal: string): string | null {
    const cut = clientFinal.lastIndexOf(',p=');
    if (cut < 0) return null;
    const withoutProof = clientFinal.slice(0, cut);
    const fields = attributes(withoutProof);
    if (fields.get('r') !== this.nonce) return null;
    if (fields.get('c') !== Buffer.from(this.client.gs2Header).toString('base64')) return null;
    const proof = Buffer.from(clientFinal.slice(cut + 3), 'base64');
    const authMessage = `${this.client.bare},${this.serverFirst},${withoutProof}`;
    const signature = hmac(this.credential.storedKey, authMessage);
    if (proof.length !== signature.length) return null;
    const clientKey = Buffer.from(proof.map((byte, i) => byte ^ signature[i]!));
    if (!timingSafeEqual(createHash('sha512').update(clientKey).digest(), this.credential.storedKey)) return null;
    return `v=${hmac(this.credential.serverKey, authMessage).toString('base64')}`;
  }
}

// The client side lives with the client (src/clients/truenas/scram.ts); tests reach it here too.
export { ScramClient } from '../../clients/truenas/scram.js';
