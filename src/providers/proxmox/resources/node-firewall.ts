// `proxmox_node_firewall`: a node's firewall options (<node>/host.fw [OPTIONS]); one per node,
// adopted on create, left as they are on destroy unless reset_on_destroy.
import { conntrackHelpersProblem, LOG_LEVELS } from '../../../clients/proxmox/firewall/syntax.js';
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { keepServerValue, optionAttr, resetOnDestroyAttr, type OptionTable } from '../shared/firewall-options.js';
import { optionsCrud } from '../shared/firewall-options-crud.js';
import { proxmoxResource } from '../provider-data.js';

const logLevel = (what: string) => optionAttr.text(`Log level of ${what}.`, [validators.oneOf(...LOG_LEVELS)]);

const TABLE: OptionTable = {
  enabled: { key: 'enable', kind: 'bool' },
  log_level_in: { key: 'log_level_in', kind: 'text' },
  log_level_out: { key: 'log_level_out', kind: 'text' },
  log_level_forward: { key: 'log_level_forward', kind: 'text' },
  log_nf_conntrack: { key: 'log_nf_conntrack', kind: 'bool' },
  ndp: { key: 'ndp', kind: 'bool' },
  nf_conntrack_allow_invalid: { key: 'nf_conntrack_allow_invalid', kind: 'bool' },
  nf_conntrack_helpers: { key: 'nf_conntrack_helpers', kind: 'list' },
  nf_conntrack_max: { key: 'nf_conntrack_max', kind: 'number' },
  nf_conntrack_tcp_timeout_established: { key: 'nf_conntrack_tcp_timeout_established', kind: 'number' },
  nf_conntrack_tcp_timeout_syn_recv: { key: 'nf_conntrack_tcp_timeout_syn_recv', kind: 'number' },
  nftables: { key: 'nftables', kind: 'bool' },
  nosmurfs: { key: 'nosmurfs', kind: 'bool' },
  protection_synflood: { key: 'protection_synflood', kind: 'bool' },
  protection_synflood_burst: { key: 'protection_synflood_burst', kind: 'number' },
  protection_synflood_rate: { key: 'protection_synflood_rate', kind: 'number' },
  smurf_log_level: { key: 'smurf_log_level', kind: 'text' },
  tcp_flags_log_level: { key: 'tcp_flags_log_level', kind: 'text' },
  tcpflags: { key: 'tcpflags', kind: 'bool' },
};

const nodeFirewallSchema = schema({
  description:
    "A node's firewall options. There is one set per node: creating the resource adopts them, and only the attributes you set are managed. " +
    'Destroying it leaves the options as they are, unless reset_on_destroy removes the ones it lists.',
  attributes: {
    id: attr.string({ computed: true, description: 'The node name.', planModifiers: [planModifiers.useStateForUnknown()] }),
    node: attr.string({ required: true, description: 'Node name.', planModifiers: [planModifiers.requiresReplace()] }),
    enabled: optionAttr.bool('Whether the firewall is active on this node when enabled in the datacenter (Proxmox default true).'),
    log_level_in: logLevel('incoming traffic'),
    log_level_out: logLevel('outgoing traffic'),
    log_level_forward: logLevel('forwarded traffic'),
    log_nf_conntrack: optionAttr.bool('Log connection tracking events (Proxmox default false).'),
    ndp: optionAttr.bool('Allow IPv6 neighbor discovery (Proxmox default true).'),
    nf_conntrack_allow_invalid: optionAttr.bool('Allow invalid packets in connection tracking (Proxmox default false).'),
    nf_conntrack_helpers: attr.set(ty.string, {
      optional: true,
      computed: true,
      description: 'Connection tracking helpers to enable, such as "ftp" and "tftp".',
      validators: [validators.each(validators.custom('a conntrack helper name', (v) => (typeof v === 'string' ? conntrackHelpersProblem(v) : undefined)))],
      planModifiers: [keepServerValue],
    }),
    nf_conntrack_max: optionAttr.number('Maximum number of tracked connections (at least 32768).', [validators.atLeast(32768)]),
    nf_conntrack_tcp_timeout_established: optionAttr.number('Conntrack timeout of established connections, seconds (at least 7875).', [
      validators.atLeast(7875),
    ]),
    nf_conntrack_tcp_timeout_syn_recv: optionAttr.number('Conntrack timeout of SYN_RECV, seconds (30 to 60).', [validators.between(30, 60)]),
    nftables: optionAttr.bool('Use the nftables based proxmox-firewall (Proxmox default false).'),
    nosmurfs: optionAttr.bool('Filter SMURFS packets.'),
    protection_synflood: optionAttr.bool('Protect against SYN floods (Proxmox default false).'),
    protection_synflood_burst: optionAttr.number('SYN flood protection burst per source IP (Proxmox default 1000).'),
    protection_synflood_rate: optionAttr.number('SYN flood protection rate per source IP (Proxmox default 200).'),
    smurf_log_level: logLevel('SMURFS filtering'),
    tcp_flags_log_level: logLevel('illegal TCP flags filtering'),
    tcpflags: optionAttr.bool('Filter illegal combinations of TCP flags (Proxmox default false).'),
    reset_on_destroy: resetOnDestroyAttr,
  },
});

type NodeFirewallModel = ModelOf<typeof nodeFirewallSchema>;

export const nodeFirewallResource = proxmoxResource({
  name: 'proxmox_node_firewall',
  schema: nodeFirewallSchema,
  importId: { description: 'the node name', example: 'pve' },
  ...optionsCrud<NodeFirewallModel>(
    TABLE,
    (model) => ({ kind: 'node', node: model.node }),
    (model) => model.node,
  ),
  importState: (id) => ({ node: id }),
});
