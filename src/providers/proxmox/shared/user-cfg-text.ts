// Texts kept in user.cfg (user names and comments, pool comments): the server writes one only
// when Perl reads it as true (pve-access-control AccessControl.pm `write_user_config`,
// `$d->{comment} ? … : ''`), so "0" is stored as nothing and would read back empty on every plan.
import { validators } from '../../../framework/validators.js';

export const userCfgTextValidator = validators.custom<string>('any text but "0"', (value) =>
  value === '0' ? 'Proxmox stores "0" here as no text at all (user.cfg drops texts Perl reads as false): leave it out or write another text' : undefined,
);
