// `proxmox_sdn_vnet`: a virtual network in an SDN zone; once applied it is a bridge on every
// node of the zone that guest NICs may use (`bridge = "<vnet>"`).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { fields } from '../shared/api-fields.js';
import { sdnKeyAttributes, sdnResource } from '../shared/sdn-resource.js';
import { pendingChangeAttribute } from './sdn-attributes.js';

const vnetSchema = schema({
  description: 'An SDN vnet: a virtual network in a zone, seen by guests as a bridge of that name once applied (proxmox_sdn_applier).',
  attributes: {
    ...sdnKeyAttributes('vnet', 'vnet', 'Vnet id (the bridge name guests use): a letter, then letters and digits, 2 to 8 characters.'),
    zone: attr.string({ required: true, description: 'The zone the vnet belongs to (cannot change while it has subnets).' }),
    tag: attr.number({
      optional: true,
      description: 'VLAN tag (vlan, qinq zones) or VXLAN VNI (vxlan, evpn zones); required there, refused in simple zones.',
      validators: [validators.between(1, 16777215)],
    }),
    alias: attr.string({
      optional: true,
      description: 'A description: letters, digits, spaces and ( ) * + , - . / : ; < = > ? @ [ \\ ] ^ _, at most 256 characters.',
      // The vnet schema's pattern `[\(\)-_.\w\d\s]{0,256}` (pve-network VnetPlugin.pm), where `)-_` is a range; \w as Perl's, Unicode letters included.
      validators: [
        validators.lengthBetween(0, 256),
        validators.textMatching(/^[()-_.\p{L}\p{M}\p{N}\p{Pc}\s]*$/u, 'letters, digits, spaces and ( ) * + , - . / : ; < = > ? @ [ \\ ] ^ _'),
      ],
    }),
    vlan_aware: attr.bool({ optional: true, description: 'Let guests use VLAN tags inside the vnet (not with subnets, not in evpn zones).' }),
    isolate_ports: attr.bool({ optional: true, description: 'Guests on the vnet reach only the uplink, not each other.' }),
    pending_change: pendingChangeAttribute,
  },
});

const VNET_FIELDS = fields([
  ['zone', 'zone', 'string'],
  ['tag', 'tag', 'number'],
  ['alias', 'alias', 'string'],
  ['vlan_aware', 'vlanaware', 'bool'],
  ['isolate_ports', 'isolate-ports', 'bool'],
] as const);

export const sdnVnetResource = sdnResource({
  section: 'vnet',
  schema: vnetSchema,
  importId: { description: 'the vnet id', example: 'vnet10' },
  fields: VNET_FIELDS,
});
