// The context each RPC's handler gets. Its signal combines StopProvider with the host
// cancelling this one call, but most handlers (validate, plan, upgrade, most reads) never
// look at it, and AbortSignal.any costs more than the rest of a small call; so the
// combined signal is built the first time a handler asks for it. The host's cancellation
// is followed lazily too: grpc-js marks the call `cancelled` before it emits 'cancelled', so
// until a handler asks for the signal, reading that flag (when asked, and when the answer
// goes out) tells all a listener would have, without adding one to every call.
import type { Logger } from '../log/logger.js';
import type { CallContext } from '../protocol/tfplugin6.js';
import type { StopSignal } from './stop-signal.js';

/** The part of grpc-js's server call that reports the host cancelling it. */
export interface CancellableCall {
  readonly cancelled?: boolean;
  on(event: 'cancelled', listener: () => void): unknown;
}

export class RpcCallContext implements CallContext {
  /** Read when the call starts: a StopProvider before that must not cancel this call. */
  private readonly stopped: AbortSignal;
  private cancelledReason: Error | undefined;
  private cancelled: AbortController | undefined;
  private combined: AbortSignal | undefined;
  private finished = false;
  /** The grpc-js call, until its 'cancelled' event is listened to (or the answer went out). */
  private call: CancellableCall | undefined;

  constructor(
    readonly logger: Logger,
    stopSignal: StopSignal,
    private readonly rpc: string,
    call?: CancellableCall,
  ) {
    this.stopped = stopSignal.signal;
    this.call = call;
  }

  get signal(): AbortSignal {
    if (this.combined === undefined) {
      this.followCall();
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
    if (this.call?.cancelled === true) this.cancel();
    this.call = undefined;
    this.finished = true;
  }

  /** Takes in a cancellation the call already had, and listens for one still to come. */
  private followCall(): void {
    const call = this.call;
    if (call === undefined) return;
    this.call = undefined;
    if (call.cancelled === true) this.cancel();
    else call.on('cancelled', () => this.cancel());
  }
}
