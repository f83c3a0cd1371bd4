import { randomUUID } from 'node:crypto';
import type { SimEvent, SimState } from './state.js';
import type { ScramExchange } from './scram.js';

// One client connection's view of the middleware: logged in or not, and its options.

export class SimSession {
  authenticated = false;
  /** Who logged in (API key owner or user); null before, and for the middleware's own calls. */
  username: string | null = null;
  /** A login waiting for its second step: the OTP of a two-factor user, or a SCRAM exchange. */
  pendingLogin: { kind: 'otp'; username: string } | { kind: 'scram'; exchange: ScramExchange } | null = null;
  /** 25.10 `core.set_options({legacy_jobs: false})` makes job calls answer with their result. */
  legacyJobs = true;

  /** Delivers a subscribed event to the client; set by the protocol front end. */
  notify: ((event: SimEvent) => void) | undefined;
  /** Subscription id → its removal. */
  readonly subscriptions = new Map<string, () => void>();

  /**
   * `secureTransport`: TLS, or a loopback peer (truenas/middleware
   * src/middlewared/middlewared/utils/origin.py@TS-25.10.6:135-151): a plain API key is safe here.
   */
  constructor(
    readonly address: string,
    readonly secureTransport = false,
  ) {}

  subscribe(state: SimState, name: string): string {
    const id = randomUUID();
    const listener = (event: SimEvent) => this.notify?.(event);
    state.events.on(name, listener);
    this.subscriptions.set(id, () => state.events.off(name, listener));
    return id;
  }

  unsubscribe(id: string): void {
    this.subscriptions.get(id)?.();
    this.subscriptions.delete(id);
  }

  /** Ends every subscription (the connection closed). */
  end(): void {
    for (const id of [...this.subscriptions.keys()]) this.unsubscribe(id);
  }
}
