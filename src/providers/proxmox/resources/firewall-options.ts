// `proxmox_firewall_options`: a VM's or container's firewall options (<vmid>.fw [OPTIONS]). The
// guest's NICs still need firewall=1 for the firewall to filter them.
import { LOG_LEVELS, POLICIES } from '../../../clients/proxmox/firewall/syntax.js';
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import { optionAttr, resetOnDestroyAttr } from '../shared/firewall-options.js';
import { optionsResource } from '../shared/firewall-options-crud.js';
import { parseScopedImportId, planScopeChange, scopeAttributes, scopeId, scopeOf } from '../shared/firewall-scope.js';
import { idAttribute } from '../shared/key-attributes.js';

const { node, vm_id, container_id } = scopeAttributes('firewall options', true);

const optionsSchema = schema({
  description:
    "A VM's or container's firewall options. There is one set per guest: creating the resource adopts them, and only the attributes you set are managed. " +
    "Destroying it leaves the options as they are, unless reset_on_destroy removes the ones it lists. The guest's network devices need firewall=1 to be filtered. " +
    'An option that is not set on the server (the web UI never wrote it) reads as the value the firewall takes for it, the Proxmox default.',
  attributes: {
    id: idAttribute('vm/NODE/VMID or ct/NODE/VMID.'),
    node: attr.string({ required: true, description: node.description }),
    vm_id,
    container_id,
    enabled: optionAttr.bool('Whether the guest firewall is enabled (Proxmox default false).'),
    dhcp: optionAttr.bool('Allow DHCP (Proxmox default true: an unset option allows it).'),
    ipfilter: optionAttr.bool('Allow only the addresses of the guest\'s IP set "ipfilter-netN" (and link-local IPv6) (Proxmox default false).'),
    macfilter: optionAttr.bool("Allow only the guest's own MAC addresses (Proxmox default true)."),
    ndp: optionAttr.bool('Allow IPv6 neighbor discovery (Proxmox default true).'),
    radv: optionAttr.bool('Allow router advertisements from the guest (Proxmox default false).'),
    log_level_in: optionAttr.text('Log level of incoming traffic.', [validators.oneOf(...LOG_LEVELS)]),
    log_level_out: optionAttr.text('Log level of outgoing traffic.', [validators.oneOf(...LOG_LEVELS)]),
    policy_in: optionAttr.text('Policy for incoming traffic (Proxmox default DROP).', [validators.oneOf(...POLICIES)]),
    policy_out: optionAttr.text('Policy for outgoing traffic (Proxmox default ACCEPT).', [validators.oneOf(...POLICIES)]),
    reset_on_destroy: resetOnDestroyAttr,
  },
  rules: [rules.exactlyOneOf('vm_id', 'container_id')],
});

export const firewallOptionsResource = optionsResource({
  name: 'proxmox_firewall_options',
  schema: optionsSchema,
  importId: { description: 'vm/NODE/VMID or ct/NODE/VMID', example: 'vm/pve/100' },
  scope: scopeOf,
  id: (model) => scopeId(scopeOf(model)),
  importState(id) {
    const { scope } = parseScopedImportId(id, false);
    if (scope.node === null || (scope.vm_id === null && scope.container_id === null)) {
      throw new AttributeError('id', 'Invalid import id', `Expected vm/NODE/VMID or ct/NODE/VMID, got "${id}".`);
    }
    return { ...scope, node: scope.node };
  },
  modifyPlan: (ctx) => planScopeChange(ctx),
  // pve-firewall PVE/Firewall.pm: a guest's rules apply only with `enable` set (:4381); DHCP
  // (:2564), the MAC filter (:2622) and NDP (:2503) unless set to 0; router advertisements
  // (:2506, :2625) and the IP filter (:2799) only when set; policies DROP in and ACCEPT out
  // (:2833-2835). DHCP's API schema says default 0, but the rule generator (and the web UI's
  // FirewallOptions.js row) take an absent `dhcp` as allowed.
  absentMeans: { enabled: false, dhcp: true, macfilter: true, ndp: true, radv: false, ipfilter: false, policy_in: 'DROP', policy_out: 'ACCEPT' },
});
