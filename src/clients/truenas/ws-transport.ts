// The part both WebSocket protocols share: opening the socket (TLS options, 404 = protocol not
// served), matching answers to calls by id, per-call timeouts, keep-alive pings, and failing
// every pending call when the socket drops.
import WebSocket from 'ws';
import { describeCertificateFailure, TlsVerificationError } from '../common/tls-error.js';
import { TrueNASConnectionError, TrueNASTimeoutError } from './errors.js';
import { logIn } from './login.js';
import { decodeWireValues } from './wire-values.js';
import { UnsupportedTransportError, type Credentials, type TlsOptions, type Transport, type TransportKind } from './transport.js';

interface Pending {
  readonly method: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (err: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** What a protocol makes of one incoming message. */
export type Incoming =
  | { readonly kind: 'result'; readonly id: string; readonly result: unknown }
  | { readonly kind: 'error'; readonly id: string; readonly toError: (method: string) => Error }
  | { readonly kind: 'other'; readonly message: Record<string, unknown> };

const keepAliveMs = 20_000;
/** The middleware refuses more than 20 calls in flight on one connection; queue beyond that. */
const maxInFlight = 20;

export function openSocket(url: string, tls: TlsOptions, timeoutMs: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { handshakeTimeout: timeoutMs, rejectUnauthorized: !tls.insecure, ...(tls.caPem ? { ca: tls.caPem } : {}) });
    // The socket alone does not keep the process alive; pending calls do, through their timers.
    socket.once('upgrade', (res) => res.socket.unref());
    socket.once('open', () => {
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('unexpected-response', (_req, res) => {
      socket.terminate();
      if (res.statusCode === 404) reject(new UnsupportedTransportError(`${url}: not served (HTTP 404)`));
      else reject(new TrueNASConnectionError('connect', `WebSocket upgrade refused with HTTP ${res.statusCode ?? '?'}`, false));
    });
    socket.once('error', (err) => {
      const certificate = describeCertificateFailure(err, tls.advice);
      if (certificate !== undefined) reject(new TlsVerificationError('connect', certificate, { cause: err }));
      else reject(new TrueNASConnectionError('connect', `cannot connect to ${new URL(url).host}: ${err.message}`, false, { cause: err }));
    });
  });
}

export abstract class WsTransport implements Transport {
  abstract readonly kind: TransportKind;
  private readonly pending = new Map<string, Pending>();
  private nextId = 1;
  private alive = true;
  private readonly queued: (() => void)[] = [];
  private readonly keepAlive: NodeJS.Timeout;
  closed = false;

  constructor(protected readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(data.toString()));
    socket.on('close', () => this.fail('connection closed by the server'));
    socket.on('error', (err) => this.fail(`connection error: ${err.message}`));
    socket.on('pong', () => {
      this.alive = true;
    });
    this.keepAlive = setInterval(() => this.ping(), keepAliveMs).unref();
  }

  protected abstract encode(id: string, method: string, params: readonly unknown[]): string;
  protected abstract decode(message: Record<string, unknown>): Incoming;

  async call(method: string, params: readonly unknown[], timeoutMs: number): Promise<unknown> {
    while (this.pending.size >= maxInFlight && !this.closed) await new Promise<void>((resolve) => this.queued.push(resolve));
    if (this.closed) throw new TrueNASConnectionError(method, 'connection closed', false);
    const id = String(this.nextId++);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new TrueNASTimeoutError(method, `no answer within ${timeoutMs} ms`, true));
      }, timeoutMs);
      this.pending.set(id, { method, resolve, reject, timer });
      this.socket.send(this.encode(id, method, params), (err) => {
        if (!err) return;
        this.settle(id)?.reject(new TrueNASConnectionError(method, `send failed: ${err.message}`, false, { cause: err }));
      });
    });
  }

  async authenticate(credentials: Credentials, timeoutMs: number): Promise<void> {
    await logIn((method, params) => this.call(method, params, timeoutMs), credentials);
  }

  close(): void {
    this.fail('connection closed by the client');
    this.socket.close();
  }

  protected send(message: object): void {
    this.socket.send(JSON.stringify(message));
  }

  private settle(id: string): Pending | undefined {
    const pending = this.pending.get(id);
    if (pending) {
      clearTimeout(pending.timer);
      this.pending.delete(id);
      this.queued.shift()?.();
    }
    return pending;
  }

  private receive(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (message === null || typeof message !== 'object') return;
    const incoming = this.decode(message as Record<string, unknown>);
    if (incoming.kind === 'other') return;
    const pending = this.settle(incoming.id);
    if (!pending) return;
    if (incoming.kind === 'result') pending.resolve(decodeWireValues(incoming.result));
    else pending.reject(incoming.toError(pending.method));
  }

  private ping(): void {
    if (!this.alive) return void this.socket.terminate();
    this.alive = false;
    this.socket.ping();
  }

  /** Every call still waiting was sent, so its outcome is unknown. */
  private fail(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.keepAlive);
    for (const id of [...this.pending.keys()]) {
      const pending = this.settle(id)!;
      pending.reject(new TrueNASConnectionError(pending.method, reason, true));
    }
    for (const wake of this.queued.splice(0)) wake();
  }
}
