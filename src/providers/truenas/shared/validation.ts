// Text validators whose description reads well in the generated docs ("Must be <what>.") and
// whose message reads well in a diagnostic ("name" must be <what>, got "…").
import { validators, type Validator } from '../../../framework/validators.js';

export function textMatching(pattern: RegExp, what: string): Validator {
  return validators.custom(what, (value) => (typeof value === 'string' && !pattern.test(value) ? `must be ${what}, got "${value}"` : undefined));
}
