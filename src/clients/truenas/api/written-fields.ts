// Whether a row the server reads back holds what a create wrote: the test that tells the object a
// lost or failed create made from one another create made meanwhile, for kinds nothing unique
// identifies (cron jobs, init scripts, routes, backup tasks). Only a definite difference counts:
// a field the row does not show (secrets, write-only options), shows masked (`********`, the
// middleware's SECRET_VALUE, api/base/types/string.py:78 @TS-25.10.6) or shows in another shape
// (an id written, the object read) is taken as agreeing, so a create is never sent twice for a
// field the server merely spells differently or fills with its default. Taking a row for another
// create's is guarded otherwise: the caller refuses when two rows, or two creates, could match.
// Job rows' `arguments` are compared the same way.

type Json = Record<string, unknown>;

/** What the middleware shows in place of a secret (job arguments, some rows). */
const SECRET_VALUE = '********';

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Two scalars as the server may spell them back: numbers as numbers ("00" is 0), text regardless of case. */
function sameScalar(written: unknown, stored: unknown): boolean {
  if (written === stored) return true;
  const [a, b] = [String(written), String(stored)];
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(Number(a)) && Number.isFinite(Number(b))) return Number(a) === Number(b);
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether `stored` (a row or one of its fields) agrees with every field of `written`. */
export function agreesWithWritten(written: unknown, stored: unknown): boolean {
  // Null written leaves the field to the server, which may store its default there.
  if (written === undefined || written === null || stored === undefined || stored === SECRET_VALUE) return true;
  if (Array.isArray(written)) {
    if (!Array.isArray(stored)) return true;
    // Lists the server may keep in another order: each written item is in the row, and no more.
    return written.length === stored.length && written.every((item) => stored.some((kept) => agreesWithWritten(item, kept)));
  }
  if (isObject(written)) return isObject(stored) ? Object.entries(written).every(([key, value]) => agreesWithWritten(value, stored[key])) : true;
  // A reference written as an id, read as the object it names.
  if (isObject(stored)) return 'id' in stored ? sameScalar(written, stored['id']) : true;
  if (Array.isArray(stored) || stored === null) return stored === null ? written === '' : true;
  return sameScalar(written, stored);
}
