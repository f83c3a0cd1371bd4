// REST `/api/v2.0` (25.10 and older; the last resort): maps a middleware method call onto the
// URL scheme of the REST layer, credentials on every request.
import { Agent, request } from 'undici';
import { fromRestError } from './decode-error.js';
import { Errno } from './errno.js';
import { TrueNASAuthError, TrueNASCallError, TrueNASConnectionError, TrueNASTimeoutError } from './errors.js';
import { describeCertificateFailure, TlsVerificationError, type TlsAdvice } from '../common/tls-error.js';
import type { Credentials, TlsOptions, Transport } from './transport.js';
import { decodeWireValues } from './wire-values.js';

/** Services whose `update(data)` is `PUT /<ns>` (config services) rather than `PUT /<ns>/id/{id}`. */
const configServices = new Set(['iscsi.global', 'ssh', 'nfs']);

/** Parameter names of methods that take several arguments besides an id (body keys). */
const paramNames: Record<string, readonly string[]> = {
  'service.start': ['service', 'options'],
  'service.stop': ['service', 'options'],
  'service.restart': ['service', 'options'],
  'service.reload': ['service', 'options'],
  'service.control': ['verb', 'service', 'options'],
  'core.bulk': ['method', 'params', 'description'],
  'filesystem.getacl': ['path', 'simplified', 'resolve_ids'],
  'zfs.snapshot.rollback': ['id', 'options'],
  'pool.snapshot.rollback': ['id', 'options'],
  'iscsi.target.delete': ['force', 'delete_extents'],
  'iscsi.extent.delete': ['remove', 'force'],
};

interface HttpCall {
  readonly httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly body?: unknown;
  /** Applied to the result: filters and options the query string cannot carry. */
  readonly post?: (result: unknown) => unknown;
}

/** Non-CRUD methods that take (filters, options) and are read with GET plus a query string. */
const filterable = new Set(['core.get_jobs']);

const queryOps: Record<string, string> = { '=': 'eq', '!=': 'neq', '>': 'gt', '<': 'lt', '>=': 'gte', '<=': 'lte', '~': 'regex' };

function body(method: string, args: readonly unknown[]): unknown {
  if (args.length === 0) return undefined;
  const names = paramNames[method];
  if (!names) return args[0];
  return Object.fromEntries(args.map((value, i) => [names[i], value]).filter(([, value]) => value !== undefined));
}

/** A query over REST: simple conditions go in the query string; `in`/`nin`, `get` and `select` are done here. */
function restQuery(method: string, path: string, filters: unknown, options: unknown): HttpCall {
  const search = new URLSearchParams();
  const local: [string, string, unknown[]][] = [];
  for (const filter of Array.isArray(filters) ? filters : []) {
    const [field, op, value] = filter as [string, string, unknown];
    if ((op === 'in' || op === 'nin') && Array.isArray(value)) local.push([field, op, value]);
    else search.append(op === '=' ? field : `${field}__${queryOps[op] ?? op}`, value === null ? 'null' : String(value));
  }
  const opts = (options ?? {}) as { limit?: number; offset?: number; count?: boolean; get?: boolean; order_by?: string[]; extra?: Record<string, unknown> };
  if (opts.order_by) search.set('sort', opts.order_by.join(','));
  // The REST layer reads each `extra.` parameter as JSON when it parses, else as text
  // (restful.py@TS-25.04.2.6:138-142 `normalize_query_parameter`), so lists go as JSON.
  for (const [key, value] of Object.entries(opts.extra ?? {})) search.set(`extra.${key}`, typeof value === 'string' ? value : JSON.stringify(value));
  const unfiltered = local.length === 0;
  if (unfiltered && opts.limit) search.set('limit', String(opts.limit));
  if (unfiltered && opts.offset) search.set('offset', String(opts.offset));
  const qs = search.toString();
  return {
    httpMethod: 'GET',
    path: `${path}${qs ? `?${qs}` : ''}`,
    post: (result) => {
      let rows = Array.isArray(result) ? result : [];
      for (const [field, op, values] of local) rows = rows.filter((row) => values.includes((row as Record<string, unknown>)[field]) === (op === 'in'));
      if (!unfiltered && opts.offset) rows = rows.slice(opts.offset);
      if (!unfiltered && opts.limit) rows = rows.slice(0, opts.limit);
      if (opts.count) return rows.length;
      if (opts.get) {
        if (rows.length === 0) throw new TrueNASCallError(method, { errno: Errno.ENOENT, errname: 'ENOENT', message: 'MatchNotFound()' });
        return rows[0];
      }
      return rows;
    },
  };
}

export function toHttpCall(method: string, args: readonly unknown[]): HttpCall {
  const cut = method.lastIndexOf('.');
  const ns = method.slice(0, cut);
  const verb = method.slice(cut + 1);
  const base = `/${ns.replaceAll('.', '/')}`;
  const item = (id: unknown) => `${base}/id/${encodeURIComponent(String(id))}`;
  if (verb === 'query') return restQuery(method, base, args[0], args[1]);
  if (filterable.has(method)) return restQuery(method, `/${method.replaceAll('.', '/')}`, args[0], args[1]);
  if (verb === 'config' && configServices.has(ns)) return { httpMethod: 'GET', path: base };
  if (verb === 'update' && configServices.has(ns)) return { httpMethod: 'PUT', path: base, body: args[0] };
  if (verb === 'get_instance') return { httpMethod: 'GET', path: item(args[0]) };
  if (verb === 'create') return { httpMethod: 'POST', path: base, body: args[0] };
  if (verb === 'update') return { httpMethod: 'PUT', path: item(args[0]), body: args[1] };
  if (verb === 'delete') return { httpMethod: 'DELETE', path: item(args[0]), body: body(method, args.slice(1)) };
  if (args.length === 0) return { httpMethod: 'GET', path: `/${method.replaceAll('.', '/')}` };
  return { httpMethod: 'POST', path: `/${method.replaceAll('.', '/')}`, body: body(method, args) };
}

export class RestTransport implements Transport {
  readonly kind = 'rest' as const;
  closed = false;
  private readonly agent: Agent;
  private authorization = '';

  private readonly tlsAdvice: TlsAdvice;

  constructor(
    private readonly baseUrl: string,
    tls: TlsOptions,
  ) {
    this.tlsAdvice = tls.advice;
    this.agent = new Agent({ connect: { rejectUnauthorized: !tls.insecure, ...(tls.caPem ? { ca: tls.caPem } : {}) }, keepAliveTimeout: 30_000 });
  }

  async authenticate(credentials: Credentials): Promise<void> {
    this.authorization = credentials.apiKey
      ? `Bearer ${credentials.apiKey}`
      : `Basic ${Buffer.from(`${credentials.username ?? ''}:${credentials.password ?? ''}`).toString('base64')}`;
  }

  async call(method: string, args: readonly unknown[], timeoutMs: number): Promise<unknown> {
    const http = toHttpCall(method, args);
    let response;
    try {
      response = await request(`${this.baseUrl}/api/v2.0${http.path}`, {
        method: http.httpMethod,
        dispatcher: this.agent,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        headers: { authorization: this.authorization, ...(http.body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(http.body !== undefined ? { body: JSON.stringify(http.body) } : {}),
      });
    } catch (err) {
      const certificate = describeCertificateFailure(err, this.tlsAdvice);
      if (certificate !== undefined) throw new TlsVerificationError(method, certificate, { cause: err });
      const message = err instanceof Error ? err.message : String(err);
      const timedOut = err instanceof Error && /timeout/i.test(err.name + message);
      throw timedOut
        ? new TrueNASTimeoutError(method, `no answer within ${timeoutMs} ms`, true)
        : new TrueNASConnectionError(method, `request failed: ${message}`, true, { cause: err });
    }
    const text = await response.body.text();
    const status = response.statusCode;
    if (status === 401) throw new TrueNASAuthError(method, 'the credentials were refused (HTTP 401)');
    if (status === 403 && text === '') throw new TrueNASCallError(method, { errno: Errno.EACCES, errname: 'EACCES', message: 'Not authorized' });
    if (status === 403) throw new TrueNASAuthError(method, `refused (HTTP 403): ${text.slice(0, 200)}`);
    if (status === 502 || status === 503 || status === 504) throw new TrueNASConnectionError(method, `server answered HTTP ${status}`, status === 504);
    let value: unknown;
    try {
      value = text === '' ? null : JSON.parse(text);
    } catch {
      value = text;
    }
    if (status >= 400) throw fromRestError(method, status, value);
    const decoded = decodeWireValues(value);
    return http.post ? http.post(decoded) : decoded;
  }

  close(): void {
    this.closed = true;
    void this.agent.close();
  }
}
