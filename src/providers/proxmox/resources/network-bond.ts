// `proxmox_network_bond`: a Linux bond of a node's interfaces, applied with a network reload and
// restored if the reload fails.
import { attr } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { decode } from '../shared/api-fields.js';
import { interfaceResource, interfaceSchema } from '../shared/network-interface.js';
import { orderedLike } from './network-bridge.js';

export const BOND_MODES = ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb'] as const;
/** The modes that hash traffic over the slaves (the others ignore `hash_policy`). */
export const HASHING_MODES: readonly string[] = ['balance-xor', '802.3ad'];

const bondSchema = interfaceSchema({
  description:
    'A Linux bond on a node, named bondN. Each change is made live with a network reload; if the reload fails, the previous configuration is restored.',
  attributes: {
    slaves: attr.list(ty.string, { required: true, description: 'The bonded interfaces.' }),
    mode: attr.string({ default: 'balance-rr', description: 'Bond mode (default balance-rr).', validators: [validators.oneOf(...BOND_MODES)] }),
    hash_policy: attr.string({
      optional: true,
      description: 'balance-xor and 802.3ad: how traffic is spread over the slaves.',
      validators: [validators.oneOf('layer2', 'layer2+3', 'layer3+4')],
    }),
    primary: attr.string({ optional: true, description: 'active-backup: the preferred slave.' }),
    miimon: attr.number({ computed: true, description: 'Link monitoring interval in ms (Proxmox VE writes 100).' }),
  },
});

export const networkBondResource = interfaceResource({
  type: 'bond',
  schema: bondSchema,
  example: 'pve:bond0',
  fields: [
    // Split at white space only by the writer's checks, as a bridge's ports (network-bridge.ts).
    ['slaves', 'slaves', 'spaced-list'],
    ['mode', 'bond_mode', 'string'],
    ['hash_policy', 'bond_xmit_hash_policy', 'string'],
    ['primary', 'bond-primary', 'string'],
  ],
  read: (values, iface, known) => ({
    slaves: orderedLike((values.slaves as string[] | null) ?? [], known.slaves),
    mode: (values.mode as string | null) ?? 'balance-rr',
    miimon: decode('number', iface['bond-miimon']) as number | null,
  }),
  validateConfig(ctx) {
    // The reader types a stanza `bond` only when it is named bondN (pve-common INotify.pm @404a1096
    // `__read_etc_network_interfaces`); any other name is written, then listed as type unknown.
    const name = ctx.config.string('name');
    if (name !== undefined && !/^bond\d+$/.test(name)) {
      ctx.error('name', 'Bonds must be named bondN', `Proxmox VE lists a bond only when it is named bondN (such as "bond0"), got "${name}".`);
    }
    const mode = ctx.config.string('mode') ?? 'balance-rr';
    if (!ctx.config.isNull('hash_policy') && ctx.config.isKnown('mode') && !HASHING_MODES.includes(mode)) {
      ctx.error('hash_policy', 'Hash policy needs a hashing mode', `hash_policy applies to the balance-xor and 802.3ad modes, not "${mode}".`);
    }
    if (!ctx.config.isNull('primary') && ctx.config.isKnown('mode') && mode !== 'active-backup') {
      ctx.error('primary', 'Primary needs active-backup', `primary applies to the active-backup mode, not "${mode}".`);
    }
  },
});
