// Text validators whose description reads well both in docs ("Must be a DNS name.") and in
// diagnostics ('"name" must be a DNS name, got "x y"').
import { validators, type Validator } from '../../../framework/validators.js';

export function textMatching(pattern: RegExp, what: string): Validator {
  return validators.custom(what, (value) => (typeof value === 'string' && !pattern.test(value) ? `must be ${what}, got "${value}"` : undefined));
}

/** Proxmox stores tags in lower case; an upper-case tag would show as a change on every plan. */
export const tagsValidator: Validator = validators.custom('lower-case tags of letters, digits, "-", "_", "+" and "."', (value) => {
  if (!Array.isArray(value)) return undefined;
  const bad = value.find((tag) => typeof tag === 'string' && !/^[a-z0-9_][a-z0-9_\-+.]*$/.test(tag));
  return bad === undefined ? undefined : `must hold lower-case tags of letters, digits, "-", "_", "+" and ".", got "${String(bad)}"`;
});
