// Counters a caller (tests, benchmarks, the provider's debug logs) reads from `client.stats`.

export interface ProxmoxClientStats {
  /** HTTP requests sent, including retries and logins. */
  requests: number;
  /** Requests sent again after a retryable failure. */
  retries: number;
  /** Tickets obtained from `/access/ticket`. */
  logins: number;
  /** Task-status polls. */
  taskPolls: number;
  /** Requests by `METHOD /path/template`-ish route (`GET /nodes/pve/qemu/100/config`). */
  byRoute: Record<string, number>;
}

export function emptyStats(): ProxmoxClientStats {
  return { requests: 0, retries: 0, logins: 0, taskPolls: 0, byRoute: {} };
}
