// `userns_idmap` of truenas_user and truenas_group: how the account's id is mapped into
// containers (user namespaces). The API takes "DIRECT" (the same id), a target id
// (1-4294967294) or null (not mapped): api/v25_10_5/user.py, group.py @TS-25.10.6 (the same in
// 25.04 and 26.0). Terraform holds it as a string ("DIRECT" or the digits).
import { attr } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';

export type UsernsIdmap = 'DIRECT' | number | null;

const MAX_TARGET = 4294967294;

export function usernsIdmapAttribute(kind: 'user' | 'group') {
  const id = kind === 'user' ? 'uid' : 'gid';
  return attr.string({
    optional: true,
    description: `How this ${kind}'s ${id} is mapped into containers (sub${id} mapping): "DIRECT" (the same ${id}), or a target ${id} as digits (1 to ${MAX_TARGET}); unset: not mapped. TrueNAS refuses it for ${kind === 'user' ? 'members of groups that hold roles (privileges) and, on 26.0, builtin users and a target another user maps to' : 'groups that hold roles (privileges) and builtin groups'}. Removing it removes the mapping.`,
    validators: [
      validators.custom(`"DIRECT" or a number from 1 to ${MAX_TARGET}`, (value) => {
        if (typeof value !== 'string' || value === 'DIRECT') return undefined;
        const target = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
        return target >= 1 && target <= MAX_TARGET ? undefined : `must be "DIRECT" or a number from 1 to ${MAX_TARGET}`;
      }),
    ],
  });
}

/** The API's value of the attribute. */
export function idmapToApi(value: string | null): UsernsIdmap {
  return value === null || value === 'DIRECT' ? value : Number(value);
}

/** The attribute's value of what the API answers. */
export function idmapFromApi(value: UsernsIdmap | undefined): string | null {
  return value === undefined || value === null ? null : String(value);
}

/**
 * `{ userns_idmap }` to send: on create only when set, on update only when it changes. The server
 * refuses the field's mere presence in group.update for builtin and privileged groups
 * (plugins/account.py:2350-2362 @TS-25.10.6) and compares it for immutable users (:880-882),
 * so an unchanged mapping is never sent; a removed one is sent as null.
 */
export function idmapInput(planned: string | null, prior: string | null | undefined): { userns_idmap?: UsernsIdmap } {
  if (prior === undefined) return planned === null ? {} : { userns_idmap: idmapToApi(planned) };
  return planned === prior ? {} : { userns_idmap: idmapToApi(planned) };
}
