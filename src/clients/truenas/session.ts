// One connection per client, logged in once and shared by every concurrent call. Picks the
// transport (auto: JSON-RPC, then legacy WebSocket, then REST, remembered once one works),
// reconnects and logs in again when the socket drops, retries what is safe to retry with
// bounded backoff, and closes the connection after a while without calls.
import { backoffDelay, sleep, type BackoffOptions } from '../common/backoff.js';
import type { Logger } from '../../log/logger.js';
import { ReadOnlyError, type ReadOnlyOption } from '../common/read-only.js';
import { Errno } from './errno.js';
import { TrueNASAuthError, TrueNASCallError, TrueNASConnectionError, isNotFound, isRetryable } from './errors.js';
import { isReadCall } from './read-only.js';
import { UnsupportedTransportError, type Credentials, type TlsOptions, type Transport, type TransportKind } from './transport.js';

export interface SessionOptions {
  readonly endpoint: string;
  readonly transport: TransportKind | 'auto';
  readonly credentials: Credentials;
  readonly tls: TlsOptions;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly idleMs: number;
  readonly backoff: BackoffOptions;
  readonly logger: Logger;
  /** Refuse every call that could change the server (read-only mode). */
  readonly readOnly?: ReadOnlyOption;
}

/** Counters the benchmarks and tests read. */
export interface ClientStats {
  /** Calls sent to the server (logins excluded). */
  apiCalls: number;
  /** Successful and failed login attempts. */
  logins: number;
  /** Connections opened. */
  connections: number;
  /** Calls sent again after a failure. */
  retries: number;
}

/** How a call may be repeated when its first attempt's outcome is unknown. */
export type CallSafety =
  /** Reads and writes that leave the same state when repeated (update with the same data). */
  | { readonly kind: 'idempotent' }
  /** A delete: repeating it after a lost answer may find the object already gone, which is success. */
  | { readonly kind: 'delete' }
  /** A create: before sending it again, `probe` looks for what the lost attempt may have made. */
  | { readonly kind: 'create'; readonly probe?: () => Promise<unknown> };

const order: TransportKind[] = ['websocket', 'legacy-websocket', 'rest'];

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

export class Session {
  readonly stats: ClientStats = { apiCalls: 0, logins: 0, connections: 0, retries: 0 };
  private transport: Transport | undefined;
  private connecting: Promise<Transport> | undefined;
  /** The transport that worked, remembered for the life of the client. */
  private chosen: TransportKind | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private inFlight = 0;
  private readonly baseUrl: { http: string; ws: string };
  /** An API key or password would cross the network unencrypted. */
  private readonly secretExposed: boolean;

  constructor(private readonly options: SessionOptions) {
    const url = new URL(options.endpoint.includes('://') ? options.endpoint : `https://${options.endpoint}`);
    const secure = url.protocol === 'https:' || url.protocol === 'wss:';
    this.baseUrl = { http: `${secure ? 'https' : 'http'}://${url.host}`, ws: `${secure ? 'wss' : 'ws'}://${url.host}` };
    this.secretExposed = Boolean(options.credentials.apiKey || options.credentials.password) && !secure && !isLoopback(url.hostname);
    if (options.transport !== 'auto') this.chosen = options.transport;
  }

  get transportKind(): TransportKind | undefined {
    return this.chosen;
  }

  async call(method: string, params: readonly unknown[], safety: CallSafety = { kind: 'idempotent' }): Promise<unknown> {
    // Every call of every transport passes here (logins go through the transport's own
    // authenticate), so this one check keeps a read-only client from changing anything.
    if (this.options.readOnly && !isReadCall(method, params)) throw new ReadOnlyError(method, this.options.readOnly);
    this.inFlight++;
    clearTimeout(this.idleTimer);
    try {
      return await this.callWithRetries(method, params, safety);
    } finally {
      if (--this.inFlight === 0) this.idleTimer = setTimeout(() => this.close(), this.options.idleMs).unref();
    }
  }

  close(): void {
    clearTimeout(this.idleTimer);
    this.transport?.close();
    this.transport = undefined;
  }

  private async callWithRetries(method: string, params: readonly unknown[], safety: CallSafety): Promise<unknown> {
    let outcomeUnknown = false;
    for (let attempt = 0; ; attempt++) {
      let transport: Transport | undefined;
      try {
        if (outcomeUnknown && safety.kind === 'create' && safety.probe) {
          const existing = await safety.probe();
          if (existing !== undefined) return existing;
        }
        transport = await this.connection();
        this.stats.apiCalls++;
        return await transport.call(method, params, this.options.timeoutMs);
      } catch (err) {
        if (outcomeUnknown && safety.kind === 'delete' && isNotFound(err)) return true;
        if (err instanceof TrueNASConnectionError && err.requestSent) {
          if (safety.kind === 'create' && !safety.probe) throw err;
          outcomeUnknown = true;
        }
        if (err instanceof TrueNASCallError && err.errno === Errno.ENOTAUTHENTICATED && attempt === 0) {
          // The server forgot the session (restart behind the same socket): log in again once.
          this.drop(transport);
        } else if (!isRetryable(err) || attempt >= this.options.maxRetries) {
          throw err;
        }
        this.stats.retries++;
        const delay = backoffDelay(attempt, this.options.backoff);
        this.options.logger.debug('retrying TrueNAS call', {
          method,
          attempt: attempt + 1,
          delay_ms: delay,
          reason: err instanceof Error ? err.message : String(err),
        });
        await sleep(delay);
      }
    }
  }

  /** Ends this connection if it is still the shared one (others may have replaced it already). */
  private drop(transport: Transport | undefined): void {
    if (!transport || this.transport !== transport) return;
    transport.close();
    this.transport = undefined;
  }

  /** The shared, logged-in connection; opened (once, however many callers wait) when missing. */
  private connection(): Promise<Transport> {
    if (this.transport && !this.transport.closed) return Promise.resolve(this.transport);
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async open(): Promise<Transport> {
    if (this.secretExposed) {
      // TrueNAS 25.04+ revokes an API key that logs in over plain HTTP from a remote address
      // (plugins/auth.py@TS-25.10.6:936-953); a password in clear is no better. Checked before
      // any connection is opened, so nothing leaves the machine.
      const what = this.options.credentials.apiKey ? 'the API key' : 'the password';
      throw new TrueNASAuthError(
        'connect',
        `refusing to send ${what} unencrypted to ${new URL(this.baseUrl.http).host}: TrueNAS revokes API keys used without TLS and passwords would travel in clear; use an https:// endpoint`,
      );
    }
    const candidates = this.chosen ? [this.chosen] : order;
    let lastError: unknown;
    for (const kind of candidates) {
      let transport: Transport;
      try {
        transport = await this.connect(kind);
      } catch (err) {
        lastError = err;
        if (err instanceof UnsupportedTransportError && !this.chosen) continue;
        throw err instanceof UnsupportedTransportError ? new TrueNASConnectionError('connect', err.message, false) : err;
      }
      this.stats.connections++;
      this.stats.logins++;
      try {
        await transport.authenticate(this.options.credentials, this.options.timeoutMs);
      } catch (err) {
        transport.close();
        throw err;
      }
      this.chosen = kind;
      this.transport = transport;
      this.options.logger.debug('connected to TrueNAS', { transport: kind });
      return transport;
    }
    throw lastError instanceof Error ? new TrueNASConnectionError('connect', lastError.message, false) : lastError;
  }

  /** Transports are loaded on first use: a process that speaks JSON-RPC never loads undici. */
  private async connect(kind: TransportKind): Promise<Transport> {
    const { tls, timeoutMs } = this.options;
    if (kind === 'websocket') return (await import('./jsonrpc-transport.js')).JsonRpcTransport.connect(this.baseUrl.ws, tls, timeoutMs);
    if (kind === 'legacy-websocket') return (await import('./legacy-transport.js')).LegacyTransport.connect(this.baseUrl.ws, tls, timeoutMs);
    return new (await import('./rest-transport.js')).RestTransport(this.baseUrl.http, tls);
  }
}
