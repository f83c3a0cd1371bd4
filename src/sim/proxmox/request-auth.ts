// Who sent a request: API token header or ticket cookie (with CSRF on writes), as pve-http-server checks.
import type { IncomingMessage } from 'node:http';
import type { SimEngine } from './engine.js';
import type { Principal } from './permissions.js';
import { PveError } from './pve-error.js';

const TOKEN_HEADER = /^PVEAPIToken=([^!\s]+@[^!\s]+)!([^=\s]+)[=\s](.+)$/;

function cookieTicket(req: IncomingMessage): string | undefined {
  const fromHeader = /^PVEAuthCookie=(.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (fromHeader !== undefined) return decodeURIComponent(fromHeader);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'PVEAuthCookie') return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function tokenPrincipal(engine: SimEngine, header: string): Principal {
  const match = TOKEN_HEADER.exec(header);
  const [, userid = '', tokenid = '', secret = ''] = match ?? [];
  const user = engine.state.users.get(userid);
  const token = user?.tokens.get(tokenid);
  const expired = token !== undefined && token.expire !== 0 && token.expire * 1000 < Date.now();
  if (!match || !user || !user.enable || !token || token.secret !== secret || expired) throw new PveError(401, 'Authentication failed!');
  return { userid, tokenid, privsep: token.privsep };
}

/** The caller of a request; throws the 401s the real server answers. */
export function authenticate(engine: SimEngine, req: IncomingMessage, method: string): Principal {
  const authorization = req.headers.authorization ?? '';
  if (authorization.startsWith('PVEAPIToken')) return tokenPrincipal(engine, authorization);
  const ticket = cookieTicket(req);
  if (ticket === undefined) throw new PveError(401, 'No ticket');
  const session = engine.tickets.verify(ticket);
  if (!session) throw new PveError(401, 'Authentication failed!');
  if (method !== 'GET' && req.headers.csrfpreventiontoken !== session.csrf) throw new PveError(401, 'Permission denied - invalid csrf token');
  return { userid: session.userid, privsep: false };
}
