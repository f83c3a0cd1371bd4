// `proxmox_network_bond`: a Linux bond of a node's interfaces, applied with a network reload and
// restored if the reload fails.
import { attr, schema } from '../../../framework/attributes.js';
import type { ModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { decode, fields } from '../shared/api-fields.js';
import { ADDRESS_FIELDS, interfaceAttributes, interfaceCrud, interfaceImport } from '../shared/network-interface.js';
import { orderedLike } from './network-bridge.js';
import { proxmoxResource } from '../provider-data.js';

export const BOND_MODES = ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb'] as const;
/** The modes that hash traffic over the slaves (the others ignore `hash_policy`). */
export const HASHING_MODES: readonly string[] = ['balance-xor', '802.3ad'];

const bondSchema = schema({
  description: 'A Linux bond on a node. Each change is made live with a network reload; if the reload fails, the previous configuration is restored.',
  attributes: {
    ...interfaceAttributes,
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

type BondModel = ModelOf<typeof bondSchema>;

const BOND_FIELDS = fields([
  ...ADDRESS_FIELDS.map((f) => [f.attr, f.key, f.kind] as const),
  ['slaves', 'slaves', 'list'],
  ['mode', 'bond_mode', 'string'],
  ['hash_policy', 'bond_xmit_hash_policy', 'string'],
  ['primary', 'bond-primary', 'string'],
] as const);

export const networkBondResource = proxmoxResource({
  name: 'proxmox_network_bond',
  schema: bondSchema,
  importId: { description: 'NODE:NAME', example: 'pve:bond0' },
  ...interfaceCrud({
    type: 'bond',
    fields: BOND_FIELDS,
    toModel: (values, iface, known: BondModel) => ({
      ...(values as Omit<BondModel, 'id' | 'node' | 'name' | 'miimon'>),
      slaves: orderedLike((values.slaves as string[] | null) ?? [], known.slaves),
      mode: (values.mode as string | null) ?? 'balance-rr',
      miimon: decode('number', iface['bond-miimon']) as number | null,
      id: known.id,
      node: known.node,
      name: known.name,
    }),
  }),
  importState: interfaceImport,
  validateConfig(ctx) {
    const mode = ctx.config.string('mode') ?? 'balance-rr';
    if (!ctx.config.isNull('hash_policy') && ctx.config.isKnown('mode') && !HASHING_MODES.includes(mode)) {
      ctx.error('hash_policy', 'Hash policy needs a hashing mode', `hash_policy applies to the balance-xor and 802.3ad modes, not "${mode}".`);
    }
    if (!ctx.config.isNull('primary') && ctx.config.isKnown('mode') && mode !== 'active-backup') {
      ctx.error('primary', 'Primary needs active-backup', `primary applies to the active-backup mode, not "${mode}".`);
    }
  },
});
