// A call the server refused because the credential's roles do not grant it: the middleware says
// only "Not authorized" (CallError EACCES from the method-call check, main.py:926 @TS-25.10.6;
// EPERM from core.bulk's check, service/core_service.py:646; an empty HTTP 403 on REST,
// restful.py:883). The client adds which roles would grant the method, from the API's roles
// (method-roles.ts), so the fix is plain; none of it comes from the credential.
import { Errno } from './errno.js';
import { ROLE_GRANTS } from './method-roles.js';

let grants: Map<string, readonly string[]> | undefined;

/** The roles that grant `method` (on some release), or undefined when only FULL_ADMIN does or the method is not known. */
export function rolesGranting(method: string): readonly string[] | undefined {
  if (!grants) {
    grants = new Map();
    for (const [roles, methods] of ROLE_GRANTS) for (const name of methods.split(' ')) grants.set(name, roles.split(' '));
  }
  return grants.get(method);
}

/** Whether the server's answer is the refusal of a call the credential's roles do not grant. */
export function isRoleRefusal(errno: number, message: string): boolean {
  return (errno === Errno.EACCES || errno === Errno.EPERM) && message === 'Not authorized';
}

/** What the client adds to the server's "Not authorized" for `method`. */
export function roleRefusalHint(method: string): string {
  const roles = rolesGranting(method);
  const which = !roles
    ? 'FULL_ADMIN (or a role that grants it)'
    : roles.length === 1
      ? `${roles[0]!} (or a role that includes it, or FULL_ADMIN)`
      : `one of ${roles.join(', ')} (or a role that includes one, or FULL_ADMIN)`;
  return `the roles of this credential's user do not grant ${method}; give one of the user's groups a privilege with ${which}`;
}
