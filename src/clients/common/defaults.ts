// Defaults both API clients apply when an option is left out; the providers' settings docs
// quote these, so the documentation cannot drift from what the clients do.

/** Time limit of one API call or request, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Retries of a call that failed for a passing reason (network, 5xx that is safe to repeat). */
export const DEFAULT_MAX_RETRIES = 4;
