// Turns the server's error payloads (JSON-RPC error objects, legacy error objects, REST error
// bodies) into TrueNASCallError. Only server text goes in; nothing the client sent.
import { z } from 'zod';
import { lazySchema } from '../common/lazy-schema.js';
import { Errno, errnoName } from './errno.js';
import { TrueNASCallError, type ValidationIssue } from './errors.js';

const triple = lazySchema(() => z.tuple([z.string().nullable(), z.string(), z.number()]).rest(z.unknown()));
const trueNASErrorData = lazySchema(() =>
  z.object({
    error: z.number().nullable().optional(),
    errname: z.string().nullable().optional(),
    reason: z.string().nullable().optional(),
    type: z.string().nullable().optional(),
    extra: z.unknown().optional(),
  }),
);

function issuesFrom(extra: unknown): ValidationIssue[] {
  if (!Array.isArray(extra)) return [];
  return extra.flatMap((item) => {
    const parsed = triple.safeParse(item);
    return parsed.success ? [{ attribute: parsed.data[0], message: parsed.data[1], errno: parsed.data[2] }] : [];
  });
}

/** `[ENOENT] None: x does not exist\n` → `None: x does not exist`. */
function stripErrname(reason: string): string {
  return reason.replace(/^\[[A-Z_0-9]+\]\s*/, '').trim();
}

/** The middleware's error object (JSON-RPC `error.data` or the legacy `error`). */
export function fromTrueNASError(method: string, raw: unknown, fallbackMessage: string): TrueNASCallError {
  const data = trueNASErrorData.safeParse(raw);
  if (!data.success) return new TrueNASCallError(method, { errno: Errno.EINVAL, errname: 'EINVAL', message: fallbackMessage });
  const issues = issuesFrom(data.data.extra);
  // Validation errors report errno 22 (or 11 on legacy); the first issue's errno is the real one.
  const errno = issues.length > 0 ? issues[0]!.errno : (data.data.error ?? Errno.EINVAL);
  const message =
    issues.length > 0 ? issues.map((i) => `${i.attribute ?? 'None'}: ${i.message}`).join('; ') : stripErrname(data.data.reason ?? fallbackMessage);
  return new TrueNASCallError(method, { errno, errname: issues.length > 0 ? errnoName(errno) : (data.data.errname ?? errnoName(errno)), message, issues });
}

const jsonRpcError = lazySchema(() => z.object({ code: z.number(), message: z.string(), data: z.unknown().optional() }));

export function fromJsonRpcError(method: string, raw: unknown): TrueNASCallError {
  const parsed = jsonRpcError.safeParse(raw);
  if (!parsed.success) return new TrueNASCallError(method, { errno: Errno.EINVAL, errname: 'EINVAL', message: 'malformed error response' });
  const { code, message, data } = parsed.data;
  if (code === -32601) return new TrueNASCallError(method, { errno: Errno.ENOMETHOD, errname: 'ENOMETHOD', message });
  if (code === -32000) return new TrueNASCallError(method, { errno: Errno.EBUSY, errname: 'EBUSY', message });
  if (data === undefined) return new TrueNASCallError(method, { errno: Errno.EINVAL, errname: 'EINVAL', message });
  return fromTrueNASError(method, data, message);
}

const restCallError = lazySchema(() => z.object({ message: z.string(), errno: z.number().optional() }));
const restValidation = lazySchema(() => z.record(z.string(), z.array(z.object({ message: z.string(), errno: z.number() }))));

/** A REST 422 body: a call error `{message, errno}` or validation `{attribute: [{message, errno}]}`. */
export function fromRestError(method: string, status: number, body: unknown): TrueNASCallError {
  const validation = restValidation.safeParse(body);
  if (validation.success && Object.keys(validation.data).length > 0) {
    const extra = Object.entries(validation.data).flatMap(([attr, list]) => list.map((item) => [attr === 'null' ? null : attr, item.message, item.errno]));
    return fromTrueNASError(method, { error: Errno.EINVAL, extra }, '');
  }
  const call = restCallError.safeParse(body);
  const errno = call.success ? (call.data.errno ?? Errno.EFAULT) : status === 404 ? Errno.ENOENT : Errno.EFAULT;
  const message = call.success && call.data.message ? call.data.message : status === 404 ? 'not found' : `HTTP ${status}`;
  return new TrueNASCallError(method, { errno, errname: errnoName(errno), message });
}
