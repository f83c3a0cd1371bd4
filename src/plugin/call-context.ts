// The context each RPC's handler gets. Its signal combines StopProvider with the host
// cancelling this one call, but most handlers (validate, plan, upgrade, most reads) never
// look at it, and AbortSignal.any costs more than the rest of a small call; so the
// combined signal is built the first time a handler asks for it.
import type { Logger } from '../log/logger.js';
import type { CallContext } from '../protocol/tfplugin6.js';
import type { StopSignal } from './stop-signal.js';

export class RpcCallContext implements CallContext {
  /** Read when the call starts: a StopProvider before that must not cancel this call. */
  private readonly stopped: AbortSignal;
  private cancelledReason: Error | undefined;
  private cancelled: AbortController | undefined;
  private combined: AbortSignal | undefined;
  private finished = false;

  constructor(
    readonly logger: Logger,
    stopSignal: StopSignal,
    private readonly rpc: string,
  ) {
    this.stopped = stopSignal.signal;
  }

  get signal(): AbortSignal {
    if (this.combined === undefined) {
      this.cancelled = new AbortController();
      if (this.cancelledReason) this.cancelled.abort(this.cancelledReason);
      this.combined = AbortSignal.any([this.stopped, this.cancelled.signal]);
    }
    return this.combined;
  }

  /** The host cancelled the call (grpc-js also reports this for calls already answered). */
  cancel(): void {
    if (this.finished || this.cancelledReason) return;
    this.cancelledReason = new Error(`terraform cancelled ${this.rpc}`);
    this.cancelled?.abort(this.cancelledReason);
  }

  /** The answer is on its way: a cancellation from now on changes nothing. */
  finish(): void {
    this.finished = true;
  }
}
