// The time limit of one resource operation (`timeouts { create = "10m" }`), as one timer that
// aborts the operation's signal with an error naming the operation and the limit. Every wait
// inside the operation (HTTP requests, task polls, lock retries) ends through this signal, so
// the error terraform shows is the same whichever wait was under way when the time ran out;
// nothing else keeps a timer of its own racing this one.
import type { Operation } from './timeouts.js';

/** The operation's time limit ran out; the server may still be working on it. */
export class OperationTimeoutError extends Error {
  constructor(
    readonly operation: Operation,
    readonly timeoutMs: number,
    configured: string,
  ) {
    super(
      `${operation} not finished after ${timeoutMs} ms (timeouts.${operation} = "${configured}"); the server may still be working on it. Raise timeouts.${operation} if it needs longer.`,
    );
    this.name = 'OperationTimeoutError';
  }
}

export class OperationDeadline {
  private readonly started = Date.now();
  private controller: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;
  private combined: AbortSignal | undefined;

  constructor(
    readonly operation: Operation,
    /** The limit in ms and as configured ("1s"); none when the resource declares no timeouts. */
    readonly limit: { readonly ms: number; readonly text: string } | undefined,
    /** The call's signal, or a getter for it: building the call's signal costs more than most reads, which never ask for it. */
    private readonly parent: AbortSignal | (() => AbortSignal),
  ) {}

  private parentSignal(): AbortSignal {
    return typeof this.parent === 'function' ? this.parent() : this.parent;
  }

  /** Aborted on Ctrl-C (the parent) or with an OperationTimeoutError when the limit passes; made on first use. */
  get signal(): AbortSignal {
    if (this.combined) return this.combined;
    if (!this.limit) return (this.combined = this.parentSignal());
    const controller = new AbortController();
    const error = new OperationTimeoutError(this.operation, this.limit.ms, this.limit.text);
    const remaining = Math.max(0, this.limit.ms - (Date.now() - this.started));
    this.timer = setTimeout(() => controller.abort(error), remaining);
    this.timer.unref();
    this.controller = controller;
    return (this.combined = AbortSignal.any([this.parentSignal(), controller.signal]));
  }

  /** The timeout error once the limit has passed: the error to report, whatever the wait under way threw. */
  expired(): OperationTimeoutError | undefined {
    const reason: unknown = this.controller?.signal.reason;
    return reason instanceof OperationTimeoutError ? reason : undefined;
  }

  /** Stops the timer once the operation has ended. */
  dispose(): void {
    clearTimeout(this.timer);
  }
}
