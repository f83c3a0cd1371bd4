// Names of aliases, IP sets and security groups, checked as pve-firewall checks them (the
// schema's pattern and length). IP sets and groups must be lowercase too: the config parser
// lowercases `[ipset NAME]` and `[group NAME]`, so any other spelling reads back changed.
import { FIREWALL_NAME } from '../../../clients/proxmox/firewall/syntax.js';
import { validators, type Validator } from '../../../framework/validators.js';

export function firewallNameValidators(maxLength: number, lowercase = true): Validator<string>[] {
  const shape = validators.textMatching(FIREWALL_NAME, 'a letter followed by letters, digits, "-" or "_"');
  const length = validators.lengthBetween(2, maxLength);
  if (!lowercase) return [shape, length];
  return [shape, length, validators.textMatching(/^[^A-Z]*$/, 'lowercase (Proxmox reads the name back in lowercase)')];
}
