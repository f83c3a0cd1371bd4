// A TrueNAS API client as the simulated node holds one: made on first use (the client and zod
// load lazily), one connection kept open, no read cache (the NAS changes under it: terraform's
// own TrueNAS provider writes there), few retries (the caller's request is waiting).
import type { TransportKind, TrueNASClient } from '../../clients/truenas/index.js';

export interface TrueNASEndpoint {
  /** `http(s)://` or `ws(s)://` URL of the TrueNAS API. */
  url: string;
  apiKey: string;
  /** Extra CA certificates (PEM) the node trusts. */
  caPem?: string;
  insecure?: boolean;
  transport?: TransportKind | 'auto';
}

export class TrueNASConnection {
  private client: Promise<TrueNASClient> | undefined;

  constructor(readonly endpoint: TrueNASEndpoint) {}

  get(): Promise<TrueNASClient> {
    this.client ??= import('../../clients/truenas/index.js').then(
      ({ TrueNASClient }) =>
        new TrueNASClient({
          endpoint: this.endpoint.url,
          apiKey: this.endpoint.apiKey,
          ...(this.endpoint.caPem !== undefined ? { caPem: this.endpoint.caPem } : {}),
          insecure: this.endpoint.insecure ?? false,
          transport: this.endpoint.transport ?? 'auto',
          cacheMaxItems: 0,
          maxRetries: 1,
          timeoutMs: 30_000,
          idleMs: 600_000,
        }),
    );
    return this.client;
  }

  async close(): Promise<void> {
    if (this.client) (await this.client).close();
  }
}
