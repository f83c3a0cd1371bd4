// The ids of users and groups as pve-access-control takes them, for every resource that names one.
import { validators } from '../../../framework/validators.js';

/**
 * `pve-userid` (Auth/Plugin.pm verify_username, `$user_regex`, `$realm_regex`): the user part may
 * hold "@" (OpenID users named by their e-mail) but no blank, ":" or "/"; 3 to 64 characters.
 */
export const userIdValidators = [validators.textMatching(/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/, 'like USER@REALM'), validators.lengthBetween(3, 64)] as const;

/** `pve-groupid` (AccessControl.pm verify_groupname, Auth/Plugin.pm `$groupname_regex`). */
export const groupIdValidator = validators.textMatching(/^[A-Za-z0-9.\-_]+$/, 'letters, digits, ".", "-" and "_"');

/**
 * The user's e-mail, format `email-opt` (pve-common JSONSchema.pm check_format and
 * pve_verify_email, Tools.pm `$EMAIL_RE`): empty, or an address; at most 254 characters.
 */
export const userEmailValidators = [
  validators.textMatching(/^(?:[\w+\-~]+(\.[\w+\-~]+)*@[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*)?$/, 'an e-mail address such as "ops@example.com"'),
  validators.lengthBetween(0, 254),
] as const;
