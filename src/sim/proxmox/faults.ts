// Fault injection switches; tests flip them while the simulator runs.

export interface ProxmoxSimFaults {
  /** Delay before answering every request, ms. */
  latencyMs: number;
  /** Answer the next N matching requests with `serverErrorStatus` instead of handling them. */
  serverErrors: number;
  serverErrorStatus: number;
  /** Close the connection of the next N matching requests without an answer. */
  dropConnections: number;
  /** Handle the next N matching requests, then close the connection instead of answering (the change happened, the client never learns it). */
  dropAnswers: number;
  /** Only requests whose `METHOD /path` matches are hit by the two faults above (all when unset). */
  match?: RegExp;
  /** The next N tasks fail with `taskFailureMessage` instead of running. */
  failTasks: number;
  /** Only tasks whose type (`qmstart`, `qmclone`, ...) matches are failed by `failTasks` (all when unset). */
  taskMatch?: RegExp;
  taskFailureMessage: string;
}

export function defaultFaults(latencyMs = 0): ProxmoxSimFaults {
  return { latencyMs, serverErrors: 0, serverErrorStatus: 503, dropConnections: 0, dropAnswers: 0, failTasks: 0, taskFailureMessage: 'simulated task failure' };
}

export type FaultOutcome = 'none' | 'error' | 'drop' | 'drop-answer';

/** Decides (and counts down) what a request meets. */
export function faultFor(faults: ProxmoxSimFaults, route: string): FaultOutcome {
  if (faults.match && !faults.match.test(route)) return 'none';
  if (faults.dropConnections > 0) {
    faults.dropConnections--;
    return 'drop';
  }
  if (faults.dropAnswers > 0) {
    faults.dropAnswers--;
    return 'drop-answer';
  }
  if (faults.serverErrors > 0) {
    faults.serverErrors--;
    return 'error';
  }
  return 'none';
}
