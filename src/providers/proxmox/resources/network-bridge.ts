// `proxmox_network_bridge`: a Linux bridge on a node (vmbrN), optionally VLAN-aware, applied with
// a network reload and restored if the reload fails.
import { attr } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { interfaceResource, interfaceSchema } from '../shared/network-interface.js';

const bridgeSchema = interfaceSchema({
  description: 'A Linux bridge on a node. Each change is made live with a network reload; if the reload fails, the previous configuration is restored.',
  attributes: {
    ports: attr.list(ty.string, { optional: true, description: 'Interfaces enslaved to the bridge (none: an internal bridge).' }),
    vlan_aware: attr.bool({ default: false, description: "VLAN-aware bridge: guests' VLAN tags are carried on the ports." }),
    vlan_ids: attr.string({
      optional: true,
      description: 'VLAN-aware only: the VLANs the bridge carries, such as "2-4094" or "10 20 30-40" (default 2-4094).',
      validators: [validators.textMatching(/^\d+(-\d+)?([ ,;]\d+(-\d+)?)*$/, 'VLAN ids and ranges, such as "2-4094" or "10 20 30-40"')],
    }),
  },
});

export const networkBridgeResource = interfaceResource({
  type: 'bridge',
  schema: bridgeSchema,
  example: 'pve:vmbr1',
  fields: [
    ['ports', 'bridge_ports', 'list'],
    ['vlan_aware', 'bridge_vlan_aware', 'bool'],
    ['vlan_ids', 'bridge_vids', 'string'],
  ],
  read: (values, _iface, known) => ({
    // ifupdown2 keeps the list in the order written; the API sends it space separated.
    ports: values.ports === null ? null : orderedLike(values.ports as string[], known.ports),
    vlan_aware: values.vlan_aware === null ? false : (values.vlan_aware as boolean),
  }),
  validateConfig(ctx) {
    if (!ctx.config.isNull('vlan_ids') && ctx.config.get('vlan_aware') !== true) {
      ctx.error('vlan_ids', 'VLAN ids need a VLAN-aware bridge', 'Set vlan_aware = true to carry VLANs on the bridge.');
    }
  },
});

/** The server's set of ports in the configuration's order when they hold the same names. */
export function orderedLike(server: readonly string[], known: readonly string[] | null | undefined): string[] {
  if (known && known.length === server.length && known.every((p) => server.includes(p))) return [...known];
  return [...server];
}
