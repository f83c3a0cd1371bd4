// `proxmox_node_firewall`: a node's firewall options (<node>/host.fw [OPTIONS]); one per node,
// adopted on create, left as they are on destroy unless reset_on_destroy.
import { conntrackHelpersProblem, LOG_LEVELS } from '../../../clients/proxmox/firewall/syntax.js';
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { keepServerValue, optionAttr, resetOnDestroyAttr } from '../shared/firewall-options.js';
import { optionsResource } from '../shared/firewall-options-crud.js';
import { keyAttributes } from '../shared/key-attributes.js';

const logLevel = (what: string) => optionAttr.text(`Log level of ${what}.`, [validators.oneOf(...LOG_LEVELS)]);

const nodeFirewallSchema = schema({
  description:
    "A node's firewall options. There is one set per node: creating the resource adopts them, and only the attributes you set are managed. " +
    'Destroying it leaves the options as they are, unless reset_on_destroy removes the ones it lists. ' +
    'An option that is not set on the server (the web UI never wrote it) reads as the value the firewall takes for it, the Proxmox default.',
  attributes: {
    ...keyAttributes('node', 'The node name.', { description: 'Node name.' }),
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
      description: 'Connection tracking helpers to enable, such as "ftp" and "tftp"; [] for none (removes the option).',
      validators: [
        validators.each(
          validators.custom('a conntrack helper name', (v) =>
            typeof v !== 'string' ? undefined : v === '' ? 'must not be empty' : conntrackHelpersProblem(v),
          ),
        ),
      ],
      planModifiers: [keepServerValue],
    }),
    nf_conntrack_max: optionAttr.number('Maximum number of tracked connections (at least 32768).', [validators.atLeast(32768)]),
    nf_conntrack_tcp_timeout_established: optionAttr.number('Conntrack timeout of established connections, seconds (at least 7875).', [
      validators.atLeast(7875),
    ]),
    nf_conntrack_tcp_timeout_syn_recv: optionAttr.number('Conntrack timeout of SYN_RECV, seconds (30 to 60).', [validators.between(30, 60)]),
    nftables: optionAttr.bool('Use the nftables based proxmox-firewall (Proxmox default false).'),
    nosmurfs: optionAttr.bool('Filter SMURFS packets (Proxmox default true).'),
    protection_synflood: optionAttr.bool('Protect against SYN floods (Proxmox default false).'),
    protection_synflood_burst: optionAttr.number('SYN flood protection burst per source IP (Proxmox default 1000).'),
    protection_synflood_rate: optionAttr.number('SYN flood protection rate per source IP (Proxmox default 200).'),
    smurf_log_level: logLevel('SMURFS filtering'),
    tcp_flags_log_level: logLevel('illegal TCP flags filtering'),
    tcpflags: optionAttr.bool('Filter illegal combinations of TCP flags (Proxmox default false).'),
    reset_on_destroy: resetOnDestroyAttr,
  },
});

export const nodeFirewallResource = optionsResource({
  name: 'proxmox_node_firewall',
  schema: nodeFirewallSchema,
  importId: { description: 'the node name', example: 'pve' },
  scope: (model) => ({ kind: 'node', node: model.node }),
  id: (model) => model.node,
  importState: (id) => ({ node: id }),
  // pve-firewall PVE/Firewall.pm: the host firewall is on unless `enable: 0` (:4365), NDP unless
  // `ndp: 0` (:2503), the SMURFS filter unless `nosmurfs: 0` (:2539); the TCP flags filter
  // (:2550), SYN flood protection (:4277), invalid packets (:4340), conntrack logging (:5200)
  // and nftables (:5283) only when set.
  absentMeans: {
    enabled: true,
    ndp: true,
    nosmurfs: true,
    tcpflags: false,
    protection_synflood: false,
    nf_conntrack_allow_invalid: false,
    log_nf_conntrack: false,
    nftables: false,
  },
});
