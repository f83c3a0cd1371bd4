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
  /** Keys made with api_key.create (live ones: not revoked, not expired), usable to log in as their owner. */
  readonly issuedKeys?: () => readonly IssuedApiKey[];
}

/** A key made through the API: `<id>-<secret>`, owned by a user. */
export interface IssuedApiKey {
  readonly key: string;
  readonly username: string;
}

export class SimCredentials {
  private readonly keys: string[];
  private readonly revoked = new Set<string>();
  private readonly scramCache = new Map<string, ScramCredential>();
  readonly users: Readonly<Record<string, string>>;
  readonly apiKeyUser: string;
  private readonly otpCodes: Readonly<Record<string, string>>;
  private readonly issuedKeys: () => readonly IssuedApiKey[];

  constructor(options: SimCredentialOptions = {}) {
    this.keys = [...(options.apiKeys ?? [])];
    this.users = options.users ?? {};
    this.apiKeyUser = options.apiKeyUser ?? 'root';
    this.otpCodes = options.otpCodes ?? {};
    this.issuedKeys = options.issuedKeys ?? (() => []);
  }

  /** Every live key with its owner: the configured ones (owned by apiKeyUser), then the issued ones. */
  private liveKeys(): IssuedApiKey[] {
    const configured = this.keys.map((key) => ({ key, username: this.apiKeyUser }));
    return [...configured, ...this.issuedKeys()].filter(({ key }) => !this.revoked.has(key));
  }

  /** The stored key a presented one matches (not revoked), or undefined. */
  apiKey(presented: unknown): string | undefined {
    return this.apiKeyEntry(presented)?.key;
  }

  /** The user a presented key logs in as, or undefined when it is not a live key. */
  apiKeyOwner(presented: unknown): string | undefined {
    return this.apiKeyEntry(presented)?.username;
  }

  private apiKeyEntry(presented: unknown): IssuedApiKey | undefined {
    return typeof presented === 'string' ? this.liveKeys().find(({ key }) => same(key, presented)) : undefined;
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
    let secret: string | undefined;
    if (keyId === 0) secret = Object.hasOwn(this.users, username) ? this.users[username] : undefined;
    else {
      const key = this.liveKeys().find((entry) => entry.username === username && entry.key.startsWith(`${keyId}-`));
      secret = key?.key.slice(`${keyId}-`.length);
    }
    if (secret === undefined) return undefined;
    // Keyed by the secret too: a key reset (api_key.update reset) makes a new one.
    const cacheKey = `${username}\u0000${keyId}\u0000${secret}`;
    const cached = this.scramCache.get(cacheKey);
    if (cached) return cached;
    const credential = scramCredential(secret);
    this.scramCache.set(cacheKey, credential);
    return credential;
  }
}

export function validPassword(credentials: SimCredentials, username: unknown, password: unknown): boolean {
  return credentials.password(username, password);
}
