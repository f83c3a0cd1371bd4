// `proxmox_cluster_firewall`: the datacenter firewall's options (cluster.fw [OPTIONS]). A
// singleton: create adopts the datacenter's options, destroy leaves them (or resets the ones
// it lists, with reset_on_destroy).
import { POLICIES } from '../../../clients/proxmox/firewall/syntax.js';
import { schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { optionAttr, resetOnDestroyAttr } from '../shared/firewall-options.js';
import { optionsResource } from '../shared/firewall-options-crud.js';
import { idAttribute } from '../shared/key-attributes.js';

/** `log_ratelimit`: `enable=1,rate=1/second,burst=5` (its keys from the schema). */
const RATE_LIMIT =
  /^(?:(?:enable=)?[01]|rate=[1-9][0-9]*\/(?:second|minute|hour|day)|burst=\d+)(?:,(?:enable=[01]|rate=[1-9][0-9]*\/(?:second|minute|hour|day)|burst=\d+))*$/;

const clusterFirewallSchema = schema({
  description:
    'The datacenter firewall options. There is one per datacenter: creating the resource adopts the current options, and only the attributes you set are managed ' +
    "(the others show the server's values). Destroying it leaves the options as they are, unless reset_on_destroy removes the ones it lists. " +
    'An option that is not set on the server (the web UI never wrote it) reads as the value the firewall takes for it, the Proxmox default.',
  attributes: {
    id: idAttribute('Always "cluster".'),
    enabled: optionAttr.bool('Whether the firewall is enabled in the datacenter (Proxmox default false, also read when the option is unset).'),
    ebtables: optionAttr.bool('Whether ebtables rules are generated (Proxmox default true, also read when the option is unset).'),
    policy_in: optionAttr.text('Policy for incoming traffic (Proxmox default DROP).', [validators.oneOf(...POLICIES)]),
    policy_out: optionAttr.text('Policy for outgoing traffic (Proxmox default ACCEPT).', [validators.oneOf(...POLICIES)]),
    policy_forward: optionAttr.text('Policy for forwarded traffic (Proxmox default ACCEPT).', [validators.oneOf('ACCEPT', 'DROP')]),
    log_ratelimit: optionAttr.text('Log rate limit, such as "enable=1,rate=1/second,burst=5".', [
      validators.textMatching(RATE_LIMIT, 'enable=0|1, rate=N/second|minute|hour|day and burst=N, comma separated'),
    ]),
    reset_on_destroy: resetOnDestroyAttr,
  },
});

export const clusterFirewallResource = optionsResource({
  name: 'proxmox_cluster_firewall',
  schema: clusterFirewallSchema,
  importId: { description: 'the word cluster', example: 'cluster', only: ['cluster'] },
  scope: () => ({ kind: 'cluster' }),
  id: () => 'cluster',
  importState: () => ({}),
  // pve-firewall PVE/Firewall.pm: the firewall runs only with `enable` set (:4235), ebtables
  // rules unless `ebtables: 0` (:4621), policies DROP in and ACCEPT out (:2989, :3091).
  absentMeans: { enabled: false, ebtables: true, policy_in: 'DROP', policy_out: 'ACCEPT' },
});
