// The HTTP layer: one keep-alive undici pool per endpoint, `/api2/json` envelopes, typed
// errors, retries where they are safe, request statistics and debug logs without secrets.
import type { FormData, Pool } from 'undici';
import type { z } from 'zod';
import type { Logger } from '../../log/logger.js';
import { backoffDelay, sleep, type BackoffOptions } from '../common/backoff.js';
import { describeCertificateFailure, TlsVerificationError, type TlsAdvice } from '../common/tls-error.js';
import { ReadOnlyError, type ReadOnlyOption } from '../common/read-only.js';
import type { AuthHeaders } from './auth.js';
import { ProxmoxApiError, ProxmoxNetworkError, ProxmoxResponseError, isLockTimeout } from './errors.js';
import type { ProxmoxClientStats } from './stats.js';
import { loadUndici } from './undici.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type ParamValue = string | number | boolean;
/** An array parameter (`dhcp-range`) is sent as the key repeated, once per item. */
export type Params = Readonly<Record<string, ParamValue | readonly string[] | undefined>>;

export interface HttpOptions {
  endpoint: string;
  insecure: boolean;
  caPem?: string;
  /** Names the server and the CA setting in certificate errors. */
  tlsAdvice: TlsAdvice;
  timeoutMs: number;
  maxRetries: number;
  backoff: BackoffOptions;
  logger: Logger;
  stats: ProxmoxClientStats;
  /** Called before and after every authenticated write (POST, PUT, DELETE): drops cached reads. */
  onWrite?: () => void;
  /** Refuse every request that could change the server (read-only mode). */
  readOnly?: ReadOnlyOption;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Send without credentials (the ticket login itself). */
  anonymous?: boolean;
  /** A multipart body instead of the form-encoded params (file uploads; undici sets the boundary). */
  multipart?: FormData;
  /** Overrides the client's per-request time limit (an upload's body takes as long as it takes). */
  timeoutMs?: number;
}

/** Builds an API path, percent-encoding each interpolated value (`/nodes/${node}/qemu/${vmid}`). */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce((out, part, i) => out + part + (i < values.length ? encodeURIComponent(String(values[i])) : ''), '');
}

/** Params as the form/query encoding PVE reads: booleans as 1/0, undefined left out. */
export function encodeParams(params: Params): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) out.append(key, String(item));
    else out.append(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return out;
}

export class ProxmoxHttp {
  /** Made by the first request (see undici.ts): a provider start that never calls the API loads no HTTP client. */
  private pool: Promise<Pool> | undefined;
  private readonly origin: string;
  private readonly basePath: string;
  auth: AuthHeaders | undefined;

  constructor(private readonly options: HttpOptions) {
    const url = URL.canParse(options.endpoint) ? new URL(options.endpoint) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) throw new Error(`invalid Proxmox endpoint "${options.endpoint}": expected https://host:8006`);
    this.basePath = `${url.pathname.replace(/\/+$/, '')}/api2/json`;
    this.origin = url.origin;
  }

  private connections(): Promise<Pool> {
    const { insecure, caPem } = this.options;
    this.pool ??= loadUndici().then(
      ({ Pool }) => new Pool(this.origin, { connect: { rejectUnauthorized: !insecure, ...(caPem ? { ca: caPem } : {}) }, keepAliveTimeout: 30_000 }),
    );
    return this.pool;
  }

  /** Sends a request (retrying where safe) and parses `data` with the schema. */
  async call<T>(method: HttpMethod, path: string, params: Params, schema: z.ZodType<T>, request: RequestOptions = {}): Promise<T> {
    const route = `${method} ${path}`;
    // Every request passes here: in read-only mode only GETs leave, and the login ticket POST
    // (which creates a session, not configuration).
    if (this.options.readOnly && method !== 'GET' && !(method === 'POST' && path === '/access/ticket')) throw new ReadOnlyError(route, this.options.readOnly);
    const isWrite = method !== 'GET' && request.anonymous !== true;
    // Before, so no read waits on a list older than the write; after, so no list loaded while
    // the write was under way is kept.
    if (isWrite) this.options.onWrite?.();
    let data: unknown;
    try {
      data = await this.withRetries(method, route, request, () => this.send(method, path, params, request));
    } finally {
      if (isWrite) this.options.onWrite?.();
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(data)'}: ${issue.message}`);
      throw new ProxmoxResponseError(route, `unexpected response: ${issues.slice(0, 5).join('; ')}`);
    }
    return parsed.data;
  }

  async close(): Promise<void> {
    if (this.pool) await (await this.pool).close();
  }

  private async withRetries(method: HttpMethod, route: string, request: RequestOptions, attempt: () => Promise<unknown>): Promise<unknown> {
    // A 401 with an expired ticket is answered by logging in again, once; not for the login itself.
    let reauthenticated = request.anonymous === true;
    for (let retry = 0; ; retry++) {
      try {
        return await attempt();
      } catch (err) {
        if (err instanceof ProxmoxApiError && err.status === 401 && !reauthenticated && this.auth?.invalidate()) {
          reauthenticated = true;
          retry--;
          continue;
        }
        if (retry >= this.options.maxRetries || !isSafeToRetry(method, err)) throw err;
        this.options.stats.retries++;
        const delay = backoffDelay(retry, this.options.backoff);
        this.options.logger.warn('retrying Proxmox request', {
          route,
          attempt: retry + 1,
          delay_ms: delay,
          reason: String(err instanceof Error ? err.message : err),
        });
        await sleep(delay);
      }
    }
  }

  private async send(method: HttpMethod, path: string, params: Params, request: RequestOptions): Promise<unknown> {
    const route = `${method} ${path}`;
    const encoded = encodeParams(params).toString();
    const inBody = method === 'POST' || method === 'PUT';
    // A copy: token auth hands out one shared object, which must not keep this request's content type.
    const headers: Record<string, string> = request.anonymous || !this.auth ? {} : { ...(await this.auth.headersFor(method)) };
    if (inBody && request.multipart === undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const body = request.multipart ?? encoded;
    const fullPath = `${this.basePath}${path}${!inBody && encoded !== '' ? `?${encoded}` : ''}`;
    const pool = await this.connections();
    const timeoutMs = request.timeoutMs ?? this.options.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
    const stats = this.options.stats;
    stats.requests++;
    stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
    const started = Date.now();
    let response;
    try {
      response = await pool.request({ method, path: fullPath, headers, ...(inBody ? { body } : {}), signal });
    } catch (err) {
      if (request.signal?.aborted) throw err;
      const certificate = describeCertificateFailure(err, this.options.tlsAdvice);
      if (certificate !== undefined) throw new TlsVerificationError(route, certificate, { cause: err });
      const reason = timeout.aborted ? `no answer within ${timeoutMs} ms` : errorText(err);
      throw new ProxmoxNetworkError(route, reason, { cause: err });
    }
    const text = await response.body.text().catch((err: unknown) => {
      throw new ProxmoxNetworkError(route, `reading the answer failed: ${errorText(err)}`, { cause: err });
    });
    this.options.logger.debug('Proxmox request', { route, status: response.statusCode, ms: Date.now() - started });
    if (response.statusCode !== 200) throw errorFromResponse(route, response.statusCode, response.statusText, text);
    try {
      return (JSON.parse(text) as { data?: unknown }).data ?? null;
    } catch {
      throw new ProxmoxResponseError(route, `HTTP 200 with a body that is not JSON (${text.length} bytes)`);
    }
  }
}

function errorText(err: unknown): string {
  if (err instanceof Error) return (err as NodeJS.ErrnoException).code ?? err.message;
  return String(err);
}

function errorFromResponse(route: string, status: number, statusText: string, body: string): ProxmoxApiError {
  let message = statusText;
  let errors: Record<string, string> = {};
  try {
    const parsed = JSON.parse(body) as { message?: unknown; errors?: unknown };
    if (typeof parsed.message === 'string' && parsed.message.trim() !== '') message = parsed.message.trim();
    if (parsed.errors && typeof parsed.errors === 'object') {
      errors = Object.fromEntries(Object.entries(parsed.errors).map(([key, value]) => [key, String(value).trim()]));
    }
  } catch {
    // Empty or non-JSON bodies (401s, proxies): the status line is all there is.
  }
  return new ProxmoxApiError(route, status, message || `HTTP ${status}`, errors);
}

/** Lock timeouts changed nothing, so any method may repeat; otherwise only reads repeat. */
function isSafeToRetry(method: HttpMethod, err: unknown): boolean {
  if (isLockTimeout(err)) return true;
  if (method !== 'GET') return false;
  return err instanceof ProxmoxNetworkError || (err instanceof ProxmoxApiError && err.retryable);
}
