import { randomUUID } from 'node:crypto';
import type { SimEvent, SimState } from './state.js';

// One client connection's view of the middleware: logged in or not, and its options.

export class SimSession {
  authenticated = false;
  /** 25.10 `core.set_options({legacy_jobs: false})` makes job calls answer with their result. */
  legacyJobs = true;

  /** Delivers a subscribed event to the client; set by the protocol front end. */
  notify: ((event: SimEvent) => void) | undefined;
  /** Subscription id → its removal. */
  readonly subscriptions = new Map<string, () => void>();

  constructor(readonly address: string) {}

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
