// The middleware's limit on unauthenticated calls (logins included): more than `limit` calls of
// one method from one address within `windowMs`, and further calls are refused with EBUSY.

export interface RateLimitOptions {
  readonly limit: number;
  readonly windowMs: number;
  /** The clock the window is measured on (ms); the machine's by default. Tests pass one they move themselves. */
  readonly now?: () => number;
}

export const realRateLimit: RateLimitOptions = { limit: 20, windowMs: 60_000 };

export class RateLimiter {
  private readonly calls = new Map<string, number[]>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Records a call; false when it is over the limit. */
  allow(method: string, address: string, now = (this.options.now ?? Date.now)()): boolean {
    const key = `${method}|${address}`;
    const recent = (this.calls.get(key) ?? []).filter((time) => now - time < this.options.windowMs);
    recent.push(now);
    this.calls.set(key, recent);
    return recent.length <= this.options.limit;
  }
}
