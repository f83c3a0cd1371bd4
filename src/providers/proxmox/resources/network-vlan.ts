// `proxmox_network_vlan`: a VLAN interface on a node (`eno1.20`, `vlan20` over a raw device, or any
// name with a raw device and a tag), applied with a network reload and restored if the reload fails.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { interfaceResource, interfaceSchema } from '../shared/network-interface.js';

/** DEVICE.TAG and vlanTAG names: the reader derives the raw device and the tag from them. */
const DOTTED = /^(\S+)\.(\d+)$/;
const VLAN_N = /^vlan(\d+)$/;

const vlanSchema = interfaceSchema({
  description:
    'A VLAN interface on a node: named DEVICE.TAG (such as "vmbr0.20"), vlanTAG (such as "vlan20") with raw_device, or any name with raw_device and vlan_id. Applied with a network reload; restored if the reload fails.',
  attributes: {
    // Computed: Proxmox VE reports them for DEVICE.TAG and vlanTAG names too, derived from the name.
    raw_device: attr.string({
      optional: true,
      computed: true,
      description: 'The interface carrying the VLAN (derived from a DEVICE.TAG name; required for other names).',
      planModifiers: [planModifiers.requiresReplace()],
    }),
    vlan_id: attr.number({
      optional: true,
      computed: true,
      description: 'The VLAN tag (derived from a DEVICE.TAG or vlanTAG name; required for other names).',
      validators: [validators.between(1, 4094)],
      planModifiers: [planModifiers.requiresReplace()],
    }),
  },
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
    if (name === undefined) return;
    // The writer drops vlan-raw-device and vlan-id where the name says them and the reader derives
    // them from the name (pve-common INotify.pm @404a1096 `__write_etc_network_interfaces`,
    // `__read_etc_network_interfaces`): a contradicting value would silently give way to the name's.
    const dotted = DOTTED.exec(name);
    const numbered = VLAN_N.exec(name);
    const device = dotted?.[1];
    const tag = dotted?.[2] ?? numbered?.[1];
    if (tag !== undefined && (Number(tag) < 1 || Number(tag) > 4094)) {
      ctx.error('name', 'VLAN tag out of range', `The tag in "${name}" must be from 1 to 4094.`);
    }
    const rawDevice = ctx.config.string('raw_device');
    if (device !== undefined && rawDevice !== undefined && rawDevice !== device) {
      ctx.error('raw_device', 'Raw device contradicts the name', `"${name}" is a VLAN on "${device}": leave raw_device unset or set it to "${device}".`);
    }
    const vlanId = ctx.config.number('vlan_id');
    if (tag !== undefined && vlanId !== undefined && vlanId !== Number(tag)) {
      ctx.error('vlan_id', 'VLAN tag contradicts the name', `"${name}" carries VLAN ${Number(tag)}: leave vlan_id unset or set it to ${Number(tag)}.`);
    }
    if (device === undefined && ctx.config.isNull('raw_device')) {
      ctx.error('raw_device', 'Missing raw device', `"${name}" is not DEVICE.TAG: set raw_device (and vlan_id unless the name is vlanTAG).`);
    }
    if (tag === undefined && ctx.config.isNull('vlan_id')) {
      ctx.error('vlan_id', 'Missing VLAN tag', `"${name}" is neither DEVICE.TAG nor vlanTAG: set raw_device and vlan_id.`);
    }
  },
});
