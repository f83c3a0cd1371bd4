// A text field of user.cfg (user names, comments and 2FA keys; group, token and pool comments) as
// the next request reads it back: the writer keeps only texts Perl reads as true, and the reader
// trims the spaces around every `:`-separated field (pve-access-control AccessControl.pm
// `write_user_config`, `$d->{comment} ? encode_text(…) : ''`; `parse_user_config`, `s/^\s+//`,
// `s/\s+$//` and `… if $comment`). encode_text escapes control characters, ':' and '%', not spaces.

/** The stored form of `value`, or undefined when user.cfg keeps nothing of it. */
export function userCfgText(value: string): string | undefined {
  const trimmed = value.replace(/^ +| +$/g, '');
  return trimmed === '' || trimmed === '0' ? undefined : trimmed;
}

/** `key: text` when user.cfg holds a text, nothing otherwise (the API leaves absent keys out). */
export function textField<K extends string>(key: K, text: string | undefined): Partial<Record<K, string>> {
  return text === undefined || text === '' ? {} : ({ [key]: text } as Partial<Record<K, string>>);
}
