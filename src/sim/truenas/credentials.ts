// Who may log in to the simulator: API keys (`<id>-<secret>`) and username/password pairs.
import { timingSafeEqual } from 'node:crypto';

export interface SimCredentials {
  readonly apiKeys: readonly string[];
  readonly users: Readonly<Record<string, string>>;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function validApiKey(credentials: SimCredentials, key: unknown): boolean {
  return typeof key === 'string' && credentials.apiKeys.some((known) => same(known, key));
}

export function validPassword(credentials: SimCredentials, username: unknown, password: unknown): boolean {
  const known = typeof username === 'string' ? credentials.users[username] : undefined;
  return known !== undefined && typeof password === 'string' && same(known, password);
}
