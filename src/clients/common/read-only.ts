// Read-only mode: a client built with it refuses every call that could change the server before
// the call leaves the machine, so a plan against production is safe by construction.
import { ApiError } from './api-error.js';

/** How a client is told it is read-only, and how the user turned that on (named in the error). */
export interface ReadOnlyOption {
  /** The setting that turned it on, e.g. `read_only (or TRUENAS_READ_ONLY)`. */
  readonly setting: string;
}

/** A mutating call refused in read-only mode; nothing was sent. */
export class ReadOnlyError extends ApiError {
  readonly retryable = false;

  constructor(call: string, option: ReadOnlyOption) {
    super(
      call,
      `refused: the provider is read-only (${option.setting}) and this call could change the server; it was not sent. Unset read_only to apply changes.`,
    );
  }
}
