// Attributes every versioned SDN resource shares.
import { attr } from '../../../framework/attributes.js';

export const pendingChangeAttribute = attr.string({
  computed: true,
  description:
    'What the next SDN apply changes for this object: "new", "changed", or null when the running configuration matches the written one (a proxmox_sdn_applier applies it).',
});

export const SDN_ID = /^[a-z][a-z0-9]{0,7}$/i;
