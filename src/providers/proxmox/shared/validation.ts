// Text validators whose description reads well both in docs ("Must be a DNS name.") and in
// diagnostics ('"name" must be a DNS name, got "x y"').
import { validators, type Validator } from '../../../framework/validators.js';

export function textMatching(pattern: RegExp, what: string): Validator {
  return validators.custom(what, (value) => (typeof value === 'string' && !pattern.test(value) ? `must be ${what}, got "${value}"` : undefined));
}
