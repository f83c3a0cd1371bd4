// The exceptions the simulated middleware raises; each protocol front end encodes them the way
// the real server does (JSON-RPC -32602/-32001, legacy error objects, REST 422/404).
import { Errno } from '../../clients/truenas/errno.js';

export type ValidationTriple = [attribute: string | null, message: string, errno: number];

/** The middleware's ValidationErrors (also InstanceNotFound, which has attribute null). */
export class SimValidationErrors extends Error {
  /** `single`: one ValidationError (InstanceNotFound) rather than a ValidationErrors list; it prints without the trailing newline. */
  constructor(
    readonly errors: ValidationTriple[],
    readonly single = false,
  ) {
    super(errors.map(([attr, msg]) => `${attr}: ${msg}`).join('\n'));
  }
}

/** The middleware's CallError: a failure with a real errno. */
export class SimCallError extends Error {
  constructor(
    readonly errno: number,
    message: string,
    readonly extra: unknown = null,
  ) {
    super(message);
  }
}

/** `query(..., {get: true})` matched nothing (an IndexError in the middleware). */
export class SimMatchNotFound extends Error {
  constructor() {
    super('MatchNotFound()');
  }
}

export function invalid(attribute: string | null, message: string, errno: number = Errno.EINVAL): SimValidationErrors {
  return new SimValidationErrors([[attribute, message, errno]]);
}

export function instanceNotFound(noun: string, id: unknown): SimValidationErrors {
  return new SimValidationErrors([[null, `${noun} ${String(id)} does not exist`, Errno.ENOENT]], true);
}

/** Collects validation problems and throws them together, as the middleware's verrors does. */
export class Verrors {
  readonly errors: ValidationTriple[] = [];
  add(attribute: string, message: string, errno: number = Errno.EINVAL): void {
    this.errors.push([attribute, message, errno]);
  }
  check(): void {
    if (this.errors.length > 0) throw new SimValidationErrors(this.errors);
  }
}

/** The method is unknown or private in this version (`-32601` / legacy ENOMETHOD). */
export class SimMethodNotFound extends Error {
  constructor(readonly method: string) {
    super('Method does not exist');
  }
}
