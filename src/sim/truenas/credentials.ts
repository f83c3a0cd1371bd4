// Who may log in to the simulator: API keys (`<id>-<secret>`, each owned by a user) and
// username/password pairs, optionally with a second factor; SCRAM credentials derived from
// them on first use; plain keys revoked once sent over an insecure transport.
import { timingSafeEqual } from 'node:crypto';
import { scramCredential, type ScramCredential } from './scram.js';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface SimCredentialOptions {
  readonly apiKeys?: readonly string[];
  readonly users?: Readonly<Record<string, string>>;
  /** The user every API key belongs to (`auth.login_ex` API_KEY_PLAIN and SCRAM name it); `root` by default. */
  readonly apiKeyUser?: string;
  /** Users with two-factor authentication, and the one-time code the simulator accepts for each. */
  readonly otpCodes?: Readonly<Record<string, string>>;
}

export class SimCredentials {
  private readonly keys: string[];
  private readonly revoked = new Set<string>();
  private readonly scramCache = new Map<string, ScramCredential>();
  readonly users: Readonly<Record<string, string>>;
  readonly apiKeyUser: string;
  private readonly otpCodes: Readonly<Record<string, string>>;

  constructor(options: SimCredentialOptions = {}) {
    this.keys = [...(options.apiKeys ?? [])];
    this.users = options.users ?? {};
    this.apiKeyUser = options.apiKeyUser ?? 'root';
    this.otpCodes = options.otpCodes ?? {};
  }

  /** The stored key a presented one matches (not revoked), or undefined. */
  apiKey(presented: unknown): string | undefined {
    return typeof presented === 'string' ? this.keys.find((known) => !this.revoked.has(known) && same(known, presented)) : undefined;
  }

  /** Revokes a key, as the middleware does when a plain key crossed an insecure transport. */
  revoke(key: string): void {
    this.revoked.add(key);
  }

  isRevoked(key: string): boolean {
    return this.revoked.has(key);
  }

  password(username: unknown, password: unknown): boolean {
    const known = typeof username === 'string' && Object.hasOwn(this.users, username) ? this.users[username] : undefined;
    return known !== undefined && typeof password === 'string' && same(known, password);
  }

  /** The code a two-factor user must give after the password, or undefined without two-factor. */
  otpFor(username: string): string | undefined {
    return Object.hasOwn(this.otpCodes, username) ? this.otpCodes[username] : undefined;
  }

  /** SCRAM credential of a user's password (`keyId` 0) or of the user's API key `keyId`. */
  scram(username: string, keyId: number): ScramCredential | undefined {
    const cacheKey = `${username}\u0000${keyId}`;
    const cached = this.scramCache.get(cacheKey);
    if (cached) return cached;
    let secret: string | undefined;
    if (keyId === 0) secret = Object.hasOwn(this.users, username) ? this.users[username] : undefined;
    else if (username === this.apiKeyUser) {
      const key = this.keys.find((known) => !this.revoked.has(known) && known.startsWith(`${keyId}-`));
      secret = key?.slice(`${keyId}-`.length);
    }
    if (secret === undefined) return undefined;
    const credential = scramCredential(secret);
    this.scramCache.set(cacheKey, credential);
    return credential;
  }
}

export function validApiKey(credentials: SimCredentials, key: unknown): boolean {
  return credentials.apiKey(key) !== undefined;
}

export function validPassword(credentials: SimCredentials, username: unknown, password: unknown): boolean {
  return credentials.password(username, password);
}
