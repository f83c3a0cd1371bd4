// Secrets a session without the object's WRITE role reads back masked: the middleware replaces
// `Secret` fields with "********" unless the credential is full admin or has `<role_prefix>_WRITE`
// (main.py:836-847 @TS-25.10.6). The masked text is not the secret, so the known value is kept.

export const MASKED_SECRET = '********';

/**
 * The secret as read, or the known one when the server masked it: also a known null or "" (none
 * set), since a `Secret` field is masked whatever its value (api/base/model.py:204-215 @TS-25.10.6).
 * With nothing known (undefined: an import), the masked text.
 */
export function unmaskedSecret<T extends string | null | undefined>(read: T, known: string | null | undefined): T | string | null {
  return read === MASKED_SECRET && known !== undefined ? known : read;
}
