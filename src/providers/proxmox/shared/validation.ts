// Validators the proxmox provider's attributes share.
import { validators, type Validator } from '../../../framework/validators.js';

/** Proxmox stores tags in lower case; an upper-case tag would show as a change on every plan. */
export const tagsValidator: Validator = validators.custom('lower-case tags of letters, digits, "-", "_", "+" and "."', (value) => {
  if (!Array.isArray(value)) return undefined;
  const bad = value.find((tag) => typeof tag === 'string' && !/^[a-z0-9_][a-z0-9_\-+.]*$/.test(tag));
  return bad === undefined ? undefined : `must hold lower-case tags of letters, digits, "-", "_", "+" and ".", got "${String(bad)}"`;
});
