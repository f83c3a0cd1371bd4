// How each protocol reports a failed call, as the real middleware encodes its exceptions.
import { Errno, errnoName } from '../../clients/truenas/errno.js';
import { SimCallError, SimMatchNotFound, SimMethodNotFound, SimValidationErrors } from './sim-errors.js';

const fakeTrace = (cls: string) => ({ class: cls, frames: [], formatted: `Traceback (most recent call last):\n  (simulated)\n${cls}`, repr: cls });

function validationReason(err: SimValidationErrors): string {
  const lines = err.errors.map(([attr, msg, errno]) => `[${errnoName(errno)}] ${attr ?? 'None'}: ${msg}`);
  return err.single ? lines.join('') : lines.map((line) => `${line}\n`).join('');
}

export interface JsonRpcError {
  code: number;
  message: string;
  data?: Record<string, unknown>;
}

/** `/api/current`: -32602 for validation (errno always 22), -32001 for everything else. */
export function toJsonRpcError(err: unknown): JsonRpcError {
  if (err instanceof SimMethodNotFound) return { code: -32601, message: 'Method does not exist' };
  if (err instanceof SimValidationErrors) {
    return {
      code: -32602,
      message: 'Invalid params',
      data: { error: Errno.EINVAL, errname: 'EINVAL', reason: validationReason(err), trace: fakeTrace('ValidationErrors'), extra: err.errors },
    };
  }
  if (err instanceof SimCallError) {
    return {
      code: -32001,
      message: 'Method call error',
      data: {
        error: err.errno,
        errname: errnoName(err.errno),
        reason: `[${errnoName(err.errno)}] ${err.message}`,
        trace: fakeTrace('CallError'),
        extra: err.extra,
      },
    };
  }
  const text = err instanceof Error ? err.message : String(err);
  return {
    code: -32001,
    message: 'Method call error',
    data: {
      error: Errno.EINVAL,
      errname: 'EINVAL',
      reason: text,
      trace: fakeTrace(err instanceof SimMatchNotFound ? 'MatchNotFound' : 'Exception'),
      extra: null,
    },
  };
}

/** Legacy `/websocket`: own errno for one validation error, EAGAIN (11) for several. */
export function toLegacyError(err: unknown): Record<string, unknown> {
  if (err instanceof SimMethodNotFound) {
    return { error: Errno.ENOMETHOD, errname: 'ENOMETHOD', type: null, reason: `Method "${err.method}" not found.`, trace: null, extra: null };
  }
  if (err instanceof SimValidationErrors) {
    const errno = err.errors.length === 1 ? err.errors[0]![2] : Errno.EAGAIN;
    return {
      error: errno,
      errname: errnoName(errno),
      type: 'VALIDATION',
      reason: validationReason(err),
      trace: fakeTrace('ValidationErrors'),
      extra: err.errors,
    };
  }
  if (err instanceof SimCallError) {
    // `str(e)` of a CallError, which carries its errno's name (apps/websocket_app.py:195,343
    // @TS-25.10.6, :194,342 @TS-25.04.2.6, :184,332 @TS-26.0.0-BETA.3; service_exception.py CallError.__str__).
    const reason = `[${errnoName(err.errno)}] ${err.message}`;
    return { error: err.errno, errname: errnoName(err.errno), type: null, reason, trace: fakeTrace('CallError'), extra: err.extra };
  }
  return {
    error: Errno.EINVAL,
    errname: 'EINVAL',
    type: null,
    reason: err instanceof Error ? err.message : String(err),
    trace: fakeTrace('Exception'),
    extra: null,
  };
}

/** REST: 422 for validation and call errors, 404 for `get` misses, 500 otherwise. */
export function toRestError(err: unknown): { status: number; body: unknown } {
  if (err instanceof SimMethodNotFound) return { status: 404, body: { message: 'Not found' } };
  if (err instanceof SimMatchNotFound) return { status: 404, body: { message: '' } };
  if (err instanceof SimValidationErrors) {
    const body: Record<string, { message: string; errno: number }[]> = {};
    for (const [attr, message, errno] of err.errors) (body[attr ?? 'null'] ??= []).push({ message, errno });
    return { status: 422, body };
  }
  if (err instanceof SimCallError) return { status: 422, body: { message: err.message, errno: err.errno } };
  return { status: 500, body: { message: err instanceof Error ? err.message : String(err), traceback: '(simulated)' } };
}
