// The name attribute of an object Proxmox names with a `pve-configid` (ACME accounts and
// plugins, jobs): a letter, then at least one letter, digit, "-" or "_" (pve-common
// JSONSchema.pm `$CONFIGID_RE`); a new name is a new object.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';

export const CONFIG_ID = /^[a-z][a-z_\-0-9]+$/i;

export function configIdAttribute(description: string, maxLength = 64) {
  return attr.string({
    required: true,
    description,
    validators: [validators.textMatching(CONFIG_ID, 'a letter, then one or more letters, digits, "-" or "_"'), validators.lengthBetween(2, maxLength)],
    planModifiers: [planModifiers.requiresReplace()],
  });
}
