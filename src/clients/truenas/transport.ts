// What the session needs from a wire protocol: send one call, log in, close.
import type { TlsAdvice } from '../common/tls-error.js';

export type TransportKind = 'websocket' | 'legacy-websocket' | 'rest';

export interface Credentials {
  readonly apiKey?: string;
  /** With a password: the user to log in; with an API key: the key's owner (enables auth.login_ex). */
  readonly username?: string;
  readonly password?: string;
  /** Base32 TOTP secret of a user with two-factor authentication. */
  readonly otpSecret?: string;
}

export interface TlsOptions {
  /** Skip certificate verification (off by default). */
  readonly insecure: boolean;
  /** Extra CA bundle (PEM) to trust. */
  readonly caPem?: string;
  /** Names the server and the CA setting in certificate errors. */
  readonly advice: TlsAdvice;
}

export interface Transport {
  readonly kind: TransportKind;
  /** Sends one call and resolves with its decoded result; rejects with the client's typed errors. */
  call(method: string, params: readonly unknown[], timeoutMs: number): Promise<unknown>;
  /** Logs in once for the life of the connection (REST: checks nothing, it sends credentials per request). */
  authenticate(credentials: Credentials, timeoutMs: number): Promise<void>;
  /** True once the connection has ended; the session then opens a new one. */
  readonly closed: boolean;
  close(): void;
}

/** Raised while connecting when the server does not speak this protocol (HTTP 404 on upgrade). */
export class UnsupportedTransportError extends Error {}
