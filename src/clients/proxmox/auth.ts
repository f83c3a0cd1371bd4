// Credentials for each request: a static API-token header, or a ticket session that logs in
// on first use, renews before the 2-hour expiry, and sends the CSRF token on writes.

export interface AuthHeaders {
  /** Headers for a request with this HTTP method. */
  headersFor(method: string): Promise<Record<string, string>>;
  /** Called after a 401: the next request gets fresh credentials. Returns false if that cannot help. */
  invalidate(): boolean;
}

export function tokenAuth(apiToken: string): AuthHeaders {
  const header = { authorization: `PVEAPIToken=${apiToken}` };
  return { headersFor: async () => header, invalidate: () => false };
}

export interface Ticket {
  ticket: string;
  csrfToken: string;
}

/** A ticket session; `login` posts the credentials to `/access/ticket`. */
export function ticketAuth(login: () => Promise<Ticket>, renewAfterMs: number, now: () => number = Date.now): AuthHeaders {
  let current: { ticket: Ticket; obtainedAt: number } | undefined;
  let pending: Promise<Ticket> | undefined;

  async function ticket(): Promise<Ticket> {
    if (current && now() - current.obtainedAt < renewAfterMs) return current.ticket;
    // One login at a time: concurrent requests share it.
    pending ??= login()
      .then((fresh) => {
        current = { ticket: fresh, obtainedAt: now() };
        return fresh;
      })
      .finally(() => (pending = undefined));
    return pending;
  }

  return {
    async headersFor(method) {
      const { ticket: value, csrfToken } = await ticket();
      const headers: Record<string, string> = { cookie: `PVEAuthCookie=${encodeURIComponent(value)}` };
      if (method !== 'GET') headers.csrfpreventiontoken = csrfToken;
      return headers;
    },
    invalidate() {
      current = undefined;
      return true;
    },
  };
}
