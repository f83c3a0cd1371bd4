// Attributes every versioned SDN resource shares.
import { attr } from '../../../framework/attributes.js';

export const pendingChangeAttribute = attr.string({
  computed: true,
  description:
    'What the next SDN apply changes for this object: "new", "changed", or null when the running configuration matches the written one (a proxmox_sdn_applier applies it).',
});

/** How the server spells the id of each SDN section kind. */
export interface SdnIdFormat {
  readonly pattern: RegExp;
  readonly what: string;
  readonly minLength: number;
  readonly maxLength?: number;
}

/**
 * The `pve-sdn-*-id` formats of pve-network: zones and vnets `[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]`,
 * 2..8 characters (Zones/Plugin.pm, VnetPlugin.pm); controllers also take "-" and "_" inside,
 * 2..64 characters (Controllers/Plugin.pm); IPAMs letters and digits, at least 2, no maximum
 * (Ipams/Plugin.pm).
 */
export const SDN_ID_FORMATS: Readonly<Record<'zone' | 'vnet' | 'controller' | 'ipam', SdnIdFormat>> = {
  zone: { pattern: /^[a-z][a-z0-9]*[a-z0-9]$/i, what: 'a letter followed by letters or digits', minLength: 2, maxLength: 8 },
  vnet: { pattern: /^[a-z][a-z0-9]*[a-z0-9]$/i, what: 'a letter followed by letters or digits', minLength: 2, maxLength: 8 },
  controller: {
    pattern: /^[a-z][a-z0-9_-]*[a-z0-9]$/i,
    what: 'a letter followed by letters, digits, "-" or "_", ending in a letter or digit',
    minLength: 2,
    maxLength: 64,
  },
  ipam: { pattern: /^[a-z][a-z0-9]*[a-z0-9]$/i, what: 'a letter followed by letters or digits', minLength: 2 },
};
