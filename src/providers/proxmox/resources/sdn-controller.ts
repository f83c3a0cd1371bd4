// `proxmox_sdn_controller`: an SDN controller (evpn, bgp, isis) that EVPN zones and routing use.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { fields } from '../shared/api-fields.js';
import { sdnKeyAttributes, sdnResource, sdnTypeAttribute } from '../shared/sdn-resource.js';
import { typeOptionProblems } from '../shared/type-option-problems.js';
import { pendingChangeAttribute } from './sdn-attributes.js';
import { nonEmptyList } from '../shared/non-empty-list.js';

/** The options each controller type needs (pve-network src/PVE/Network/SDN/Controllers/*Plugin.pm `options`). */
const REQUIRED: Readonly<Record<string, readonly ControllerAttribute[]>> = {
  evpn: ['asn'],
  bgp: ['asn', 'node', 'peers'],
  isis: ['isis_domain', 'isis_interfaces', 'isis_net', 'node'],
};
const ALLOWED: Readonly<Record<string, readonly ControllerAttribute[]>> = {
  evpn: ['asn', 'peers', 'fabric'],
  bgp: ['asn', 'node', 'peers', 'ebgp', 'ebgp_multihop', 'loopback', 'bgp_multipath_as_path_relax'],
  isis: ['isis_domain', 'isis_interfaces', 'isis_net', 'node', 'loopback'],
};

const CONTROLLER_FIELDS = fields([
  ['asn', 'asn', 'number'],
  ['peers', 'peers', 'list'],
  ['fabric', 'fabric', 'string'],
  ['node', 'node', 'string'],
  ['ebgp', 'ebgp', 'bool'],
  ['ebgp_multihop', 'ebgp-multihop', 'number'],
  ['loopback', 'loopback', 'string'],
  ['bgp_multipath_as_path_relax', 'bgp-multipath-as-path-relax', 'bool'],
  ['isis_domain', 'isis-domain', 'string'],
  ['isis_interfaces', 'isis-ifaces', 'list'],
  ['isis_net', 'isis-net', 'string'],
] as const);

type ControllerAttribute = (typeof CONTROLLER_FIELDS)[number]['attr'];

const controllerSchema = schema({
  description: "An SDN controller: evpn (the BGP-EVPN control plane of evpn zones), bgp (a node's BGP peering) or isis. Pending until applied.",
  attributes: {
    ...sdnKeyAttributes(
      'controller',
      'controller',
      'Controller id: a letter, then letters, digits, "-" and "_" (ending in a letter or digit), 2 to 64 characters.',
    ),
    type: sdnTypeAttribute('controller', ['evpn', 'bgp', 'isis']),
    asn: attr.number({ optional: true, description: 'evpn, bgp: the autonomous system number.', validators: [validators.between(0, 4294967295)] }),
    peers: attr.set(ty.string, { optional: true, description: 'evpn, bgp: peer IP addresses; not an empty list.', validators: [nonEmptyList('no peers')] }),
    fabric: attr.string({ optional: true, description: 'evpn: the SDN fabric whose nodes peer (instead of peers).' }),
    node: attr.string({ optional: true, description: 'bgp, isis: the node the controller runs on.' }),
    ebgp: attr.bool({ optional: true, description: 'bgp: external BGP.' }),
    ebgp_multihop: attr.number({ optional: true, description: 'bgp: eBGP multihop TTL.' }),
    loopback: attr.string({ optional: true, description: 'bgp, isis: source loopback interface.' }),
    bgp_multipath_as_path_relax: attr.bool({ optional: true, description: 'bgp: multipath across different AS paths.' }),
    isis_domain: attr.string({ optional: true, description: 'isis: the domain name.' }),
    isis_interfaces: attr.set(ty.string, {
      optional: true,
      description: 'isis: interfaces IS-IS runs on; not an empty list.',
      validators: [nonEmptyList('no interfaces')],
    }),
    isis_net: attr.string({ optional: true, description: 'isis: the network entity title.' }),
    pending_change: pendingChangeAttribute,
  },
});

const CONTROLLER_ATTRIBUTES = CONTROLLER_FIELDS.map((field) => field.attr);

export const sdnControllerResource = sdnResource({
  section: 'controller',
  schema: controllerSchema,
  importId: { description: 'the controller id', example: 'evpn1' },
  fields: CONTROLLER_FIELDS,
  typeOptions: {
    attributes: CONTROLLER_ATTRIBUTES,
    problems: (type, set) =>
      typeOptionProblems('controller', type, CONTROLLER_ATTRIBUTES, set, {
        takes: (attribute) => (ALLOWED[type] ?? []).includes(attribute),
        needs: (attribute) => (REQUIRED[type] ?? []).includes(attribute),
      }),
  },
});
