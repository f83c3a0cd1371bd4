// Texts kept in user.cfg (user names and comments, group, token and pool comments): the server
// writes one only when Perl reads it as true and trims the spaces around every field when it reads
// the file back (pve-access-control AccessControl.pm `write_user_config`, `$d->{comment} ? … : ''`;
// `parse_user_config`, `s/^\s+//` on each `:`-separated field; the field's encoding, pve-common
// `encode_text`, escapes tabs and line breaks but not spaces). "0" is stored as nothing, " x " as
// "x": either would read back otherwise on every plan.
import { attr } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';

/** Why user.cfg would not give `value` back as written, or undefined. */
export function userCfgTextProblem(value: string): string | undefined {
  if (/^ | $/.test(value)) {
    return `Proxmox drops the spaces at the start and end of this text when it reads user.cfg back: write "${value.replace(/^ +| +$/g, '')}"`;
  }
  if (value === '0') return 'Proxmox stores "0" here as no text at all (user.cfg drops texts Perl reads as false): leave it out or write another text';
  return undefined;
}

export const userCfgTextValidator = validators.custom<string>('any text but "0", without spaces at its start or end', (value) =>
  typeof value === 'string' ? userCfgTextProblem(value) : undefined,
);

/** The optional `comment` of a group, pool or API token: a user.cfg text like any other. */
export const userCfgCommentAttr = attr.string({ optional: true, description: 'Comment.', validators: [userCfgTextValidator] });
