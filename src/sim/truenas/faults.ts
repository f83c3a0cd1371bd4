// Fault injection switches. Tests and the CLI flip them at start or while the simulator runs.

export interface SimFaults {
  /** Delay added before answering every call, in ms. */
  latencyMs: number;
  /** After this many more calls, the WebSocket carrying the next call is dropped (null = off). */
  dropSocketAfterCalls: number | null;
  /** Whether the call that triggers the drop runs before the socket closes (outcome unknown to the client). */
  dropExecutesCall: boolean;
  /** New connections are reset until this time (epoch ms). */
  refuseConnectionsUntil: number;
  /** The next this many new connections are reset, whenever they come (counts down). */
  refuseNextConnections: number;
  /** REST answers this status for the next `restErrorCount` requests (e.g. 503). */
  restErrorStatus: number | null;
  restErrorCount: number;
  /** How long each job runs before its work is done, in ms (jobs of one lock queue up meanwhile). */
  jobRunMs: number;
  /**
   * Extra time, in ms, between a create's checks and its database write, where the middleware
   * awaits other calls (iSCSI LUN ids, NVMe-oF port indexes): concurrent creates interleave there.
   */
  raceWindowMs: number;
  /** The next N jobs fail with EFAULT instead of running. */
  failNextJobs: number;
  /**
   * The next call of `method` fails with EFAULT (a job method: its job fails). `afterRun`: only
   * once its work is done, as a server that commits the object and then fails a later step
   * (reloading a service, writing a file) answers; else before it changes anything.
   */
  failCall: { readonly method: string; readonly afterRun: boolean } | null;
  /**
   * The address clients reach the API on: while no committed interface has it, new connections
   * are refused, as a server whose management address an interface change removed is cut off
   * until the rollback of that change (null: always reachable).
   */
  apiAddress: string | null;
}

export function defaultFaults(): SimFaults {
  return {
    latencyMs: 0,
    dropSocketAfterCalls: null,
    dropExecutesCall: false,
    refuseConnectionsUntil: 0,
    refuseNextConnections: 0,
    restErrorStatus: null,
    restErrorCount: 0,
    jobRunMs: 0,
    raceWindowMs: 0,
    failNextJobs: 0,
    failCall: null,
    apiAddress: null,
  };
}

/** Counts a call against `dropSocketAfterCalls`; true when this call's socket must be dropped. */
function shouldDrop(faults: SimFaults): boolean {
  if (faults.dropSocketAfterCalls === null) return false;
  if (faults.dropSocketAfterCalls > 0) {
    faults.dropSocketAfterCalls--;
    return false;
  }
  faults.dropSocketAfterCalls = null;
  return true;
}

/**
 * Runs a WebSocket call, unless the drop fault fires: then the socket dies at once, and the call
 * runs on (if it executes) with its answer going nowhere, as when a connection breaks while the
 * server works: the change is made, the client never hears of it. (Closing the socket only after
 * the call had answered let the answer through.)
 */
export function runOrDrop(faults: SimFaults, socket: { terminate(): void }, call: () => Promise<void>): void {
  if (!shouldDrop(faults)) return void call();
  if (faults.dropExecutesCall) void call();
  socket.terminate();
}

/** When this call of `method` is the one `failCall` aims at: whether it fails before or after its work (the fault is used up). */
export function takeCallFailure(faults: SimFaults, method: string): 'before' | 'after' | null {
  const aimed = faults.failCall;
  if (aimed === null || aimed.method !== method) return null;
  faults.failCall = null;
  return aimed.afterRun ? 'after' : 'before';
}
