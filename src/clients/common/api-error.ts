// The base of every API client's typed errors: which call failed, and whether trying again
// can help. Messages never carry credentials; clients build them from server text only.

export abstract class ApiError extends Error {
  /** The API method or HTTP route that failed, e.g. `pool.dataset.create`. */
  readonly method: string;
  /** True when the same call may succeed if sent again later (network, busy, 5xx). */
  abstract readonly retryable: boolean;

  constructor(method: string, message: string, options?: { cause?: unknown }) {
    super(`${method}: ${message}`, options);
    this.name = new.target.name;
    this.method = method;
  }
}
