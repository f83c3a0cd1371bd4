// `/api/v2.0`: the deprecated REST API (≤25.10). URLs map onto middleware methods: CRUD
// collections, `/id/{id}` items, config services and plain methods; auth by Bearer API key
// or Basic username/password on every request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatcher } from './dispatcher.js';
import { toRestError } from './error-encoding.js';
import { runOrDrop, type SimFaults } from './faults.js';
import { validPassword, type SimCredentials } from './credentials.js';
import { restAllowed } from './authorization.js';
import { mayLogIn } from './granted-roles.js';
import { releaseFor } from './schema/releases.js';
import type { MethodTable } from './registry.js';
import { SimSession } from './session.js';

export const restPrefix = '/api/v2.0/';

const operatorAliases: Record<string, string> = { eq: '=', neq: '!=', gt: '>', lt: '<', gte: '>=', lte: '<=', regex: '~' };

function scalar(text: string): unknown {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/** An `extra.` parameter: JSON when it parses, else the text (restful.py@TS-25.04.2.6:138-142 `normalize_query_parameter`). */
function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Query string → (filters, options), as the REST layer builds them for `*.query`. */
function queryArgs(search: URLSearchParams): [unknown[], Record<string, unknown>] {
  const filters: unknown[] = [];
  const options: Record<string, unknown> = {};
  for (const [key, value] of search) {
    if (key === 'limit' || key === 'offset') options[key] = Number(value);
    else if (key === 'count') options['count'] = value === 'true';
    else if (key === 'sort') options['order_by'] = value.split(',');
    else if (key.startsWith('extra.')) options['extra'] = { ...(options['extra'] as object | undefined), [key.slice(6)]: jsonOrText(value) };
    else {
      const [field, op = '='] = key.split('__') as [string, string | undefined];
      filters.push([field, operatorAliases[op] ?? op, scalar(value)]);
    }
  }
  return [filters, options];
}

/**
 * The user a request's credentials log in as; for bad ones the 401 text the middleware answers
 * (`Invalid API key`, `Bad username or password`: restful.py:78-127 `authenticate`
 * @TS-25.04.2.6, the same at @TS-25.10.6); 'none' without any.
 */
function authenticated(req: IncomingMessage, credentials: SimCredentials): { username: string } | { refused: string } | 'none' {
  const header = req.headers.authorization;
  if (!header) return 'none';
  const [scheme, value = ''] = header.split(' ', 2) as [string, string | undefined];
  if (scheme === 'Bearer') {
    const owner = credentials.apiKeyOwner(value);
    return owner === undefined ? { refused: 'Invalid API key' } : { username: owner };
  }
  if (scheme === 'Basic') {
    const decoded = Buffer.from(value, 'base64').toString();
    const cut = decoded.indexOf(':');
    const username = decoded.slice(0, cut);
    return validPassword(credentials, username, decoded.slice(cut + 1)) ? { username } : { refused: 'Bad username or password' };
  }
  return { refused: UNAUTHORIZED };
}

/** aiohttp's text of a bare HTTPUnauthorized (no or an unknown scheme: restful.py:127,584,606). */
const UNAUTHORIZED = '401: Unauthorized';

function bodyArgs(params: readonly string[], body: unknown, fixed: unknown[]): unknown[] | string {
  const remaining = params.slice(fixed.length);
  if (body === undefined || remaining.length === 0) return fixed;
  if (remaining.length === 1) return [...fixed, body];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return `${remaining[0]} attribute expected.`;
  const record = body as Record<string, unknown>;
  const unknownKeys = Object.keys(record).filter((key) => !remaining.includes(key));
  if (unknownKeys.length > 0) return `The following attributes are not expected: ${unknownKeys.join(', ')}`;
  const args = remaining.map((name) => record[name]);
  while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
  return [...fixed, ...args];
}

/** Works out which method a request means and its arguments; a string is a 400 message. */
function route(
  methods: MethodTable,
  httpMethod: string,
  path: string[],
  search: URLSearchParams,
  body: unknown,
): { method: string; args: unknown[]; get?: boolean } | string | null {
  const idAt = path.indexOf('id');
  if (idAt > 0 && idAt + 1 < path.length) {
    const ns = path.slice(0, idAt).join('.');
    const raw = decodeURIComponent(path[idAt + 1]!);
    const id = /^\d+$/.test(raw) ? Number(raw) : raw;
    const action = path[idAt + 2];
    if (action) return withBody(methods, `${ns}.${action}`, body, [id]);
    if (httpMethod === 'GET') return { method: `${ns}.query`, args: [[['id', '=', id]], { get: true }], get: true };
    if (httpMethod === 'PUT') return withBody(methods, `${ns}.update`, body, [id]);
    if (httpMethod === 'DELETE') return withBody(methods, `${ns}.delete`, body, [id]);
    return null;
  }
  const ns = path.join('.');
  if (httpMethod === 'GET' && methods[`${ns}.query`]) return { method: `${ns}.query`, args: queryArgs(search) };
  if (httpMethod === 'GET' && methods[ns]?.params[0] === 'filters') return { method: ns, args: queryArgs(search) };
  if (httpMethod === 'GET' && methods[`${ns}.config`]) return { method: `${ns}.config`, args: [] };
  if (httpMethod === 'PUT' && methods[`${ns}.config`]) return withBody(methods, `${ns}.update`, body, []);
  if (httpMethod === 'POST' && methods[`${ns}.create`]) return withBody(methods, `${ns}.create`, body, []);
  if (httpMethod === 'GET' || httpMethod === 'POST') return withBody(methods, ns, body, []);
  return null;
}

function withBody(methods: MethodTable, method: string, body: unknown, fixed: unknown[]): { method: string; args: unknown[] } | string | null {
  const spec = methods[method];
  if (!spec) return null;
  const args = bodyArgs(spec.params, body, fixed);
  return typeof args === 'string' ? args : { method, args };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

export interface RestContext {
  readonly dispatcher: Dispatcher;
  readonly methods: MethodTable;
  readonly credentials: SimCredentials;
  readonly faults: SimFaults;
}

export async function serveRest(req: IncomingMessage, res: ServerResponse, ctx: RestContext): Promise<void> {
  const reply = (status: number, body: unknown, text = false) => {
    res.writeHead(status, { 'content-type': text ? 'text/plain' : 'application/json' });
    res.end(text ? String(body) : JSON.stringify(body, null, 1));
  };
  const { faults } = ctx;
  if (faults.restErrorStatus !== null && faults.restErrorCount > 0) {
    faults.restErrorCount--;
    return reply(faults.restErrorStatus, 'Service Unavailable', true);
  }
  const found = authenticated(req, ctx.credentials);
  if (found === 'none') return reply(401, UNAUTHORIZED, true);
  if ('refused' in found) return reply(401, found.refused, true);
  // A user without a privilege gets no credential (mayLogIn): refused as a bad login.
  if (!mayLogIn(ctx.dispatcher.state, found.username))
    return reply(401, req.headers.authorization?.startsWith('Basic ') ? 'Bad username or password' : 'Invalid API key', true);
  const auth = found;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const text = await readBody(req);
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch (err) {
    return reply(400, { message: `json parse error: ${err instanceof Error ? err.message : ''}`, errno: 22 });
  }
  const path = url.pathname.slice(restPrefix.length).split('/').filter(Boolean);
  const target = route(ctx.methods, req.method ?? 'GET', path, url.searchParams, body);
  if (target === null) return reply(404, { message: 'Not found' });
  if (typeof target === 'string') return reply(400, { message: target });
  if (!restAllowed(ctx.dispatcher.state, releaseFor(ctx.dispatcher.version), auth.username)) {
    res.writeHead(403);
    return void res.end();
  }
  const session = new SimSession(req.socket.remoteAddress ?? '');
  session.authenticated = true;
  session.username = auth.username;
  const call = async () => {
    try {
      reply(200, (await ctx.dispatcher.dispatch(session, target.method, target.args)).value);
    } catch (err) {
      const { status, body: errorBody } = toRestError(err);
      reply(status, errorBody);
    }
  };
  // The drop faults reach REST requests too: the connection dies without an answer.
  runOrDrop(faults, { terminate: () => req.socket.destroy() }, call);
}
