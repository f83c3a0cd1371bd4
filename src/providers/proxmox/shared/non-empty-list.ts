// A list or set attribute Proxmox cannot store empty: the provider would send "" and the server
// keeps nothing (storage create drops an empty `nodes`, pve-storage API2/Storage/Config.pm;
// SectionConfig writes no line for an empty value, pve-common SectionConfig.pm
// `format_config_line`), so `[]` would read back unset. Refused at plan time with the way out.
import type { Validator } from '../../../framework/validators.js';

export function nonEmptyList(meaningOfUnset: string): Validator {
  return {
    description: 'not empty',
    validate: (value) =>
      Array.isArray(value) && value.length === 0
        ? `must not be an empty list: Proxmox does not store one (it would read back unset); leave it unset instead (${meaningOfUnset})`
        : undefined,
  };
}

/**
 * A list the object cannot do without (an HA rule's resources, a mapping's entries): `[]` would
 * reach the server as nothing at all, and fail the apply or be stored without it, so it is
 * refused at plan time. `what` names an item: "resource", "node".
 */
export function atLeastOne(what: string): Validator {
  return {
    description: `at least one ${what}`,
    validate: (value) => (Array.isArray(value) && value.length === 0 ? `must hold at least one ${what}: Proxmox keeps no empty list` : undefined),
  };
}
