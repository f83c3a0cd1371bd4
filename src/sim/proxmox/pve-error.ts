// An error answer of the simulated API: the status line carries the message's first line,
// the body `{data:null, message, errors?}` (see api-facts B1).

export class PveError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** A plain `die` in PVE handler code: HTTP 500 with the message. */
export function die(message: string): PveError {
  return new PveError(500, message);
}

/** `raise_param_exc`: 400 `Parameter verification failed.` with per-parameter texts. */
export function paramError(errors: Record<string, string>): PveError {
  return new PveError(400, 'Parameter verification failed.', errors);
}
