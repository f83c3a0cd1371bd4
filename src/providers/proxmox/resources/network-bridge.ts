// `proxmox_network_bridge`: a Linux bridge on a node (vmbrN), optionally VLAN-aware, applied with
// a network reload and restored if the reload fails.
import { attr } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { wordsOf } from '../shared/api-fields.js';
import { interfaceResource, interfaceSchema } from '../shared/network-interface.js';
import { UNKNOWN } from '../../../values/types.js';

/** What the writer puts in `bridge-vids` for a VLAN-aware bridge without a list (pve-common INotify.pm @404a1096). */
const ALL_VLANS = '2-4094';

/**
 * Why `text` is no `pve-vlan-id-or-range-list` (pve-common JSONSchema.pm @404a1096
 * `pve_verify_vlan_id_or_range`: tags 2..4094, ranges from lower to higher), or undefined.
 */
export function vlanListProblem(text: string): string | undefined {
  const items = wordsOf(text);
  if (items.length === 0) return `must list VLAN ids or ranges, such as "10 20 30-40", got "${text}"`;
  for (const item of items) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(item);
    if (!match) return `must be VLAN ids and ranges such as "10 20 30-40", got "${item}" in "${text}"`;
    const tags = [match[1], match[2]].filter((tag) => tag !== undefined).map(Number);
    const outside = tags.find((tag) => tag < 2 || tag > 4094);
    if (outside !== undefined) return `must hold VLAN tags from 2 to 4094, got ${outside} in "${text}"`;
    if (tags.length === 2 && tags[0]! >= tags[1]!) return `must have ranges from the lower to the higher tag, got "${item}" in "${text}"`;
  }
  return undefined;
}

const bridgeSchema = interfaceSchema({
  description: 'A Linux bridge on a node. Each change is made live with a network reload; if the reload fails, the previous configuration is restored.',
  attributes: {
    ports: attr.list(ty.string, { optional: true, description: 'Interfaces enslaved to the bridge (none: an internal bridge).' }),
    vlan_aware: attr.bool({ default: false, description: "VLAN-aware bridge: guests' VLAN tags are carried on the ports." }),
    vlan_ids: attr.string({
      optional: true,
      computed: true,
      description: `VLAN-aware only: the VLANs the bridge carries, such as "10 20 30-40" (tags 2 to 4094; commas and semicolons are sent as spaces). Unset on a VLAN-aware bridge: "${ALL_VLANS}", which Proxmox VE writes then (the state holds it either way).`,
      validators: [
        validators.custom<string>('VLAN ids and ranges from 2 to 4094, such as "10 20 30-40"', (value) =>
          typeof value === 'string' ? vlanListProblem(value) : undefined,
        ),
      ],
      // The API stores the list space separated (pve-manager PVE/API2/Network.pm @5829c814 `create_network`).
      semanticEquals: (known, fresh) => typeof known === 'string' && typeof fresh === 'string' && wordsOf(known).join(' ') === wordsOf(fresh).join(' '),
    }),
  },
});

export const networkBridgeResource = interfaceResource({
  type: 'bridge',
  schema: bridgeSchema,
  example: 'pve:vmbr1',
  fields: [
    // The writer checks the ports split at white space only (pve-common INotify.pm @404a1096
    // `__write_etc_network_interfaces`): "eno1,eno2" would be one port that does not exist.
    ['ports', 'bridge_ports', 'spaced-list'],
    // The writer makes the bridge VLAN-aware for any defined `bridge_vlan_aware`, 0 included
    // (pve-common INotify.pm @404a1096 `__interface_to_string`): sent only when true, deleted on true→false.
    ['vlan_aware', 'bridge_vlan_aware', 'flag'],
    ['vlan_ids', 'bridge_vids', 'words'],
  ],
  read: (values, _iface, known) => ({
    // ifupdown2 keeps the list in the order written; the API sends it space separated.
    ports: values.ports === null ? null : orderedLike(values.ports as string[], known.ports),
  }),
  modifyPlan(ctx) {
    // The writer puts `bridge-vids 2-4094` in the file for a VLAN-aware bridge without a list, and
    // the reader reports the line as it stands (pve-common INotify.pm @404a1096 lines 1366-1369,
    // `__interface_to_string`; `bridge_vids` a simple option of `__read_etc_network_interfaces`, line 958):
    // the file cannot tell "unset" from an explicit "2-4094", so unset plans what the server will
    // report, and an import of either spelling plans nothing.
    if (!ctx.config.isNull('vlan_ids')) return;
    if (!ctx.config.isKnown('vlan_aware')) ctx.setPlanned('vlan_ids', UNKNOWN);
    else ctx.setPlanned('vlan_ids', ctx.config.get('vlan_aware') === true ? ALL_VLANS : null);
  },
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
