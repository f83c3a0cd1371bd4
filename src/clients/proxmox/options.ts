// How a ProxmoxClient is created.
import type { BackoffOptions } from '../common/backoff.js';
import type { Logger } from '../../log/logger.js';
import type { ReadOnlyOption } from '../common/read-only.js';

export interface ProxmoxClientOptions {
  /** `https://host:8006`; the client adds `/api2/json`. */
  endpoint: string;
  /** `USER@REALM!TOKENID=SECRET`. Takes precedence over username/password. */
  apiToken?: string;
  /** `root@pam`; used with `password` to get tickets from `/access/ticket`. */
  username?: string;
  password?: string;
  /** Skip TLS certificate verification (off by default). */
  insecure?: boolean;
  /** PEM CA bundle to trust in addition to nothing else (self-signed PVE certificates). */
  caPem?: string;
  /** How the user sets the CA file, named in certificate errors (default `ca_file`). */
  caSetting?: string;
  /** Per-request timeout, ms (default 60 s). */
  timeoutMs?: number;
  /** Retries of a safe request (default 4). */
  maxRetries?: number;
  /** Retry backoff (default: 200 ms base, 5 s ceiling, full jitter). */
  backoff?: BackoffOptions;
  /** Default timeout for awaited tasks, ms (default 10 min). */
  taskTimeoutMs?: number;
  /** First task-status poll delay, ms; grows ×1.5 up to 2 s (default 100). */
  taskPollMs?: number;
  /** Renew a ticket this long after getting it, ms (default 90 min; tickets last 2 h). */
  ticketRenewAfterMs?: number;
  /**
   * Lookups (`pools.find`, `access.findUser`, `storage.find`, ...) list their whole kind once and
   * serve later lookups from it until the next write, if it has at most this many rows
   * (default 5000; 0 turns the cache off: each lookup reads its one object).
   */
  cacheMaxItems?: number;
  logger?: Logger;
  /** Refuse every request other than GET (and the ticket login), naming this setting in the error. */
  readOnly?: ReadOnlyOption;
}
