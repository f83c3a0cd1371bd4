// `proxmox_network_vlan`: a VLAN interface on a node (`eno1.20`, or any name with a raw device and
// a tag), applied with a network reload and restored if the reload fails.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import { interfaceResource, interfaceSchema } from '../shared/network-interface.js';

const vlanSchema = interfaceSchema({
  description:
    'A VLAN interface on a node: named DEVICE.TAG (such as "vmbr0.20"), or any name with raw_device and vlan_id. Applied with a network reload; restored if the reload fails.',
  attributes: {
    raw_device: attr.string({
      optional: true,
      description: 'The interface carrying the VLAN (when the name is not DEVICE.TAG).',
      planModifiers: [planModifiers.requiresReplace()],
    }),
    vlan_id: attr.number({
      optional: true,
      description: 'The VLAN tag (when the name is not DEVICE.TAG).',
      validators: [validators.between(1, 4094)],
      planModifiers: [planModifiers.requiresReplace()],
    }),
  },
  rules: [rules.requiredWith('raw_device', 'vlan_id'), rules.requiredWith('vlan_id', 'raw_device')],
});

export const networkVlanResource = interfaceResource({
  type: 'vlan',
  schema: vlanSchema,
  example: 'pve:vmbr0.20',
  fields: [
    ['raw_device', 'vlan-raw-device', 'string'],
    ['vlan_id', 'vlan-id', 'number'],
  ],
  validateConfig(ctx) {
    const name = ctx.config.string('name');
    if (name !== undefined && !/\.\d+$/.test(name) && ctx.config.isNull('vlan_id')) {
      ctx.error('vlan_id', 'Missing VLAN tag', `"${name}" is not DEVICE.TAG: set raw_device and vlan_id.`);
    }
  },
});
