// Typed errors of the TrueNAS client. Every failure names the method; server failures carry
// the server's errno name and, for validation errors, the attribute each message is about.
import { ApiError } from '../common/api-error.js';
import { Errno } from './errno.js';
import { isRoleRefusal, roleRefusalHint } from './role-refusal.js';

/** One validation message: the attribute it names (null for "instance not found"), text, errno. */
export interface ValidationIssue {
  readonly attribute: string | null;
  readonly message: string;
  readonly errno: number;
}

/** The server refused or failed the call (JSON-RPC error, legacy error, REST 4xx/5xx). */
export class TrueNASCallError extends ApiError {
  readonly errno: number;
  readonly errname: string;
  /** The server's message, without the `[ERRNAME] ` prefix. */
  readonly serverMessage: string;
  /** Set for validation errors: every attribute and its message. */
  readonly issues: readonly ValidationIssue[];
  readonly retryable: boolean;

  constructor(method: string, fields: { errno: number; errname: string; message: string; issues?: readonly ValidationIssue[] }) {
    const hint = isRoleRefusal(fields.errno, fields.message) ? `: ${roleRefusalHint(method)}` : '';
    super(method, `[${fields.errname}] ${fields.message}${hint}`);
    this.errno = fields.errno;
    this.errname = fields.errname;
    this.serverMessage = fields.message;
    this.issues = fields.issues ?? [];
    this.retryable = fields.errno === Errno.EBUSY || (fields.errno === Errno.EAGAIN && this.issues.length === 0);
  }

  /** The attribute of the first validation issue, e.g. `pool_dataset_create.volsize`. */
  get attribute(): string | null {
    return this.issues[0]?.attribute ?? null;
  }
}

/** Login was refused: bad API key or password. Never retried. */
export class TrueNASAuthError extends ApiError {
  readonly retryable = false;
}

/** The socket or HTTP connection failed, or the server answered 502/503/504. */
export class TrueNASConnectionError extends ApiError {
  readonly retryable = true;
  /** True when the request may have reached the server, so its outcome is unknown. */
  readonly requestSent: boolean;

  constructor(method: string, message: string, requestSent: boolean, options?: { cause?: unknown }) {
    super(method, message, options);
    this.requestSent = requestSent;
  }
}

/** No answer within the per-call timeout; the outcome is unknown. */
export class TrueNASTimeoutError extends TrueNASConnectionError {}

/** The server answered something the client did not expect (missing field, wrong type). */
export class TrueNASResponseError extends ApiError {
  readonly retryable = false;
  /** Dot path of the offending field inside the response, e.g. `0.properties.volsize`. */
  readonly field: string;

  constructor(method: string, field: string, problem: string) {
    super(method, `unexpected response: field "${field || '(root)'}" ${problem}`);
    this.field = field;
  }
}

/** A job the call started ended FAILED or ABORTED. */
export class TrueNASJobError extends ApiError {
  readonly retryable = false;
  readonly jobId: number;
  readonly state: string;

  constructor(method: string, jobId: number, state: string, error: string | null) {
    super(method, `job ${jobId} ${state}${error ? `: ${error}` : ''}`);
    this.jobId = jobId;
    this.state = state;
  }
}

/**
 * A create the server answered with a failure after it had made the object: a later step of the
 * call or job failed (the real user.create inserts the user, then reloads services and writes
 * the SSH keys; certificate.create inserts the certificate, then starts the ssl service). `cause`
 * is the server's error, `created` the object as a query now reads it.
 */
export class TrueNASIncompleteCreateError<T = unknown> extends ApiError {
  readonly retryable = false;
  readonly created: T;
  declare readonly cause: unknown;

  constructor(method: string, cause: unknown, created: T) {
    super(method, `${cause instanceof Error ? cause.message : String(cause)} (the object was made nevertheless)`, { cause });
    this.created = created;
  }
}

/**
 * A create whose answer was lost (or that failed after writing) may have made one of several new
 * objects that hold every field it wrote, made by other creates meanwhile: which one is its own
 * cannot be told, so none is taken (taking another's would give two resources one object, and
 * sending the create again could make a second). `candidates` are their ids.
 */
export class TrueNASAmbiguousCreateError extends ApiError {
  readonly retryable = false;
  readonly candidates: readonly string[];

  constructor(method: string, candidates: readonly string[]) {
    super(
      method,
      `the answer was lost, and what this create made cannot be told from what other creates made meanwhile with the same fields ` +
        `(ids ${candidates.join(', ')}): none was recorded; import the one that is yours, if it was made, and delete what no one owns`,
    );
    this.candidates = candidates;
  }
}

/**
 * Whether a create that failed with `err` may still have made its object: a job that failed, or
 * a server error raised after validation. Validation errors, "already exists" and permission
 * refusals come before anything is written (and a probe would find the object that was already
 * there), and network errors are the lost-answer path's.
 */
export function mayHaveCreated(err: unknown): boolean {
  if (err instanceof TrueNASJobError) return true;
  if (!(err instanceof TrueNASCallError) || err.issues.length > 0) return false;
  return !refusedBeforeWriting.has(err.errno);
}

const refusedBeforeWriting = new Set<number>([
  Errno.EINVAL,
  Errno.EEXIST,
  Errno.EPERM,
  Errno.EACCES,
  Errno.ENOENT,
  Errno.ENOTAUTHENTICATED,
  Errno.EBUSY,
  Errno.ENOMETHOD,
]);

/** True when the error means the object does not exist (a provider reads this as "gone"). */
export function isNotFound(err: unknown): boolean {
  if (err instanceof TrueNASNotFoundError) return true;
  if (!(err instanceof TrueNASCallError)) return false;
  return err.errno === Errno.ENOENT || err.issues.some((issue) => issue.errno === Errno.ENOENT);
}

/** Raised by typed `get` methods when the object is absent. */
export class TrueNASNotFoundError extends ApiError {
  readonly retryable = false;
}

export function isRetryable(err: unknown): boolean {
  return err instanceof ApiError && err.retryable;
}
