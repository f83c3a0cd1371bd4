// What bridges, bonds and VLAN interfaces share: node and name, addresses, autostart, MTU,
// comment; their create/read/update/delete through applyNetworkChange; and the import by
// NODE:NAME. interfaceSchema and interfaceResource make one from its own attributes and fields.
import type { NetworkInterface, NetworkInterfaceType } from '../../../clients/proxmox/index.js';
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { OperationContext, PlanContext, ResourceDefinition, ValidateContext, WriteContext } from '../../../framework/resource.js';
import type { AttributeRule } from '../../../framework/rules.js';
import type { AttributeNameOf, AttributeSpec, ModelOf, Schema } from '../../../framework/schema.js';
import { cidrProblem, validators } from '../../../framework/validators.js';
import { proxmoxResource, type ProxmoxProviderData } from '../provider-data.js';
import { fields, paramsOf, removedKeys, valuesOf, type ApiField, type FieldKind } from './api-fields.js';
import { applyNetworkChange } from './network-apply.js';
import { readAfterWrite } from './not-found.js';
import { isNotFound } from '../../../clients/proxmox/errors.js'; // not the index: the client loads lazily
import { nodeAttr } from './node-attr.js';
import { IPV6_HOST_TYPES, ipv6HostType } from '../../../clients/proxmox/ipv6-host.js';
import { idAttribute } from './key-attributes.js';

const replace = planModifiers.requiresReplace();

/**
 * The API's `cidr`/`cidr6` formats (pve-common `JSONSchema.pm` `pve_verify_cidrv4`/`pve_verify_cidrv6`
 * @404a1096): an address with a prefix length of at least 8.
 */
function addressWithPrefix(family: 4 | 6) {
  const what = `an IPv${family} address with a prefix length from 8 to ${family === 4 ? 32 : 128}, such as ${family === 4 ? '"10.0.0.2/24"' : '"fd00::2/64"'}`;
  return validators.custom<string>(what, (value) => {
    if (typeof value !== 'string') return undefined;
    const prefix = Number(value.slice(value.lastIndexOf('/') + 1));
    return cidrProblem(value, family) !== undefined || prefix < 8 ? `must be ${what}, got "${value}"` : undefined;
  });
}

/**
 * An interface's own IPv6 address as the server takes it (pve-manager PVE/API2/Network.pm
 * @5829c814 `$check_ipv6_settings`, lines 572-590): global, unique-local or link-local unicast only.
 */
const ipv6HostAddress = validators.custom<string>('a global, unique-local (fc00::/7) or link-local (fe80::/10) unicast address', (value) => {
  if (typeof value !== 'string' || cidrProblem(value, 6) !== undefined) return undefined;
  const slash = value.lastIndexOf('/');
  const type = ipv6HostType(value.slice(0, slash), Number(value.slice(slash + 1)));
  return IPV6_HOST_TYPES.includes(type)
    ? undefined
    : `must be an address Proxmox VE takes for a host (global unicast, unique-local fc00::/7 such as "fd00::2/64", or link-local fe80::/10), got "${value}", which Net::IP types ${type}${type === 'DOCUMENTATION' ? ' (2001:db8::/32 is refused)' : ''}`;
});

/** Linux interface names: at most 15 characters (`pve-iface` also allows a `.VLAN` suffix). */
const IFACE = /^[a-zA-Z][a-zA-Z0-9_]{1,14}([.:]\d+)?$/;

const interfaceAttributes = {
  id: idAttribute('NODE:NAME.'),
  node: nodeAttr,
  name: attr.string({
    required: true,
    description: 'Interface name.',
    validators: [validators.textMatching(IFACE, 'an interface name of up to 15 letters, digits and underscores, starting with a letter')],
    planModifiers: [replace],
  }),
  address: attr.string({
    optional: true,
    description: 'IPv4 address of the interface, with its prefix length.',
    validators: [addressWithPrefix(4)],
  }),
  gateway: attr.string({
    optional: true,
    description:
      'IPv4 default gateway (one interface per node may have one). On an interface with address6 it needs address too: Proxmox VE writes it with the IPv4 address.',
    validators: [validators.ipAddress(4)],
  }),
  address6: attr.string({
    optional: true,
    description:
      'IPv6 address of the interface, with its prefix length: a global unicast, unique-local (fc00::/7) or link-local (fe80::/10) address; Proxmox VE refuses the others (documentation 2001:db8::/32, 6to4, Teredo, loopback, multicast, reserved).',
    validators: [addressWithPrefix(6), ipv6HostAddress],
  }),
  gateway6: attr.string({
    optional: true,
    description: 'IPv6 default gateway (one interface per node may have one); needs address6: Proxmox VE writes it with the IPv6 address.',
    validators: [validators.ipAddress(6)],
  }),
  autostart: attr.bool({ default: true, description: 'Bring the interface up at boot (default true).' }),
  mtu: attr.number({
    optional: true,
    description:
      "MTU. Proxmox VE refuses a bridge or VLAN whose MTU is larger than that of its ports or raw device (one without an MTU counts as 1500; a bond without one counts as large enough), and a bond whose MTU is smaller than a slave's: the ports' MTU must be at least as large. For jumbo frames on a bridge over a NIC, set the NIC's MTU first (`mtu 9000` in its stanza of /etc/network/interfaces).",
    validators: [validators.between(1280, 65520)],
  }),
  comment: attr.string({
    optional: true,
    description: 'Comment (kept as comment lines of /etc/network/interfaces).',
    // Written as `#LINE` lines and read back with white space at their ends dropped; a comment of
    // "0" is written as none (`$d->{"comments$suffix"} || ''`, INotify.pm @404a1096 line 1511).
    validators: [
      validators.textMatching(
        /^(?!0$)(?:[^\n]*\S)?(?:\n(?:[^\n]*\S)?)*(?<=\S)$/,
        'non-empty text other than "0" with no white space at the end of a line or of the text (Proxmox VE drops it)',
      ),
    ],
  }),
};

const ADDRESS_FIELDS = fields([
  ['address', 'cidr', 'string'],
  ['gateway', 'gateway', 'string'],
  ['address6', 'cidr6', 'string'],
  ['gateway6', 'gateway6', 'string'],
  // The writer emits `auto IFACE` only when set, the reader sets it only from such a line (pve-common
  // INotify.pm @404a1096 `__write_etc_network_interfaces`, `__read_etc_network_interfaces`).
  ['autostart', 'autostart', 'flag'],
  ['mtu', 'mtu', 'number'],
  ['comment', 'comments', 'string'],
] as const);

type Ctx = OperationContext<ProxmoxProviderData>;

interface InterfaceModel {
  readonly id: string | null;
  readonly node: string;
  readonly name: string;
}

interface InterfaceMapping<A extends string, M extends InterfaceModel & { readonly [K in A]?: unknown }> {
  readonly type: NetworkInterfaceType;
  readonly fields: ReadonlyArray<ApiField<A>>;
  /** The model from the interface's mapped values; `known` is the plan or state it replaces. */
  readonly toModel: (values: Record<A, unknown>, iface: NetworkInterface, known: M) => M;
}

function interfaceCrud<A extends string, M extends InterfaceModel & { readonly [K in A]?: unknown }, PM extends M>(mapping: InterfaceMapping<A, M>) {
  async function find(ctx: Ctx, known: M): Promise<M | null> {
    const iface = await ctx.provider.client.network.find(known.node, known.name);
    if (iface === undefined || iface.type !== mapping.type) return null;
    return mapping.toModel(valuesOf(mapping.fields, iface), iface, { ...known, id: `${known.node}:${known.name}` });
  }
  const readBack = (ctx: Ctx, known: M): Promise<M> => readAfterWrite(`interface "${known.name}"`, find(ctx, known), `node "${known.node}"`);
  const params = (model: M) => paramsOf(mapping.fields, model);
  return {
    async create(ctx: WriteContext<ProxmoxProviderData, M>, plan: PM): Promise<M> {
      const { network } = ctx.provider.client;
      await applyNetworkChange(
        ctx.provider.client,
        plan.node,
        () => network.create(plan.node, plan.name, mapping.type, params(plan)),
        () => network.delete(plan.node, plan.name),
      );
      return readBack(ctx, plan);
    },
    read: find,
    async update(ctx: WriteContext<ProxmoxProviderData, M>, plan: PM, prior: M): Promise<M> {
      const { network } = ctx.provider.client;
      await applyNetworkChange(
        ctx.provider.client,
        plan.node,
        () => network.update(plan.node, plan.name, mapping.type, params(plan), removedKeys(mapping.fields, plan, prior)),
        () => network.update(plan.node, plan.name, mapping.type, params(prior), removedKeys(mapping.fields, prior, plan)),
      );
      return readBack(ctx, plan);
    },
    async delete(ctx: Ctx, state: M): Promise<void> {
      const { client } = ctx.provider;
      try {
        await applyNetworkChange(
          client,
          state.node,
          () => client.network.delete(state.node, state.name),
          () => client.network.create(state.node, state.name, mapping.type, params(state)),
        );
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    },
  };
}

/**
 * The writer puts an interface's gateway in the stanza of its family, and writes a family's stanza
 * only when the interface has an address of that family (inet also when it has none at all):
 * `create_network`/`update_network` set `families` from address and address6 (pve-manager
 * PVE/API2/Network.pm @5829c814 lines 663-668, 774-785), `__write_etc_network_interfaces` writes
 * one stanza per family and `__interface_to_string` its `gateway$suffix` (pve-common INotify.pm
 * @404a1096 lines 1284, 1303, 1877-1878). A gateway without its family's stanza is dropped.
 */
function checkGatewayFamilies(ctx: ValidateContext<keyof typeof interfaceAttributes>): void {
  if (!ctx.config.isNull('gateway6') && ctx.config.isKnown('gateway6') && ctx.config.isNull('address6')) {
    ctx.error(
      'gateway6',
      'An IPv6 gateway needs address6',
      "Proxmox VE writes the IPv6 gateway in the interface's inet6 stanza, which it writes only for an interface with an IPv6 address: without address6 the gateway would be dropped.",
    );
  }
  if (!ctx.config.isNull('gateway') && ctx.config.isKnown('gateway') && ctx.config.isNull('address') && !ctx.config.isNull('address6')) {
    ctx.error(
      'gateway',
      'An IPv4 gateway needs address here',
      "Proxmox VE writes the IPv4 gateway in the interface's inet stanza, which it leaves out for an interface with only an IPv6 address: set address too, or move the gateway.",
    );
  }
}

/** `NODE:NAME` → node and name. */
function interfaceImport(id: string): { node: string; name: string } {
  const colon = id.indexOf(':');
  if (colon <= 0) throw new Error(`the import id must be NODE:NAME, such as "pve:vmbr1", got "${id}"`);
  return { node: id.slice(0, colon), name: id.slice(colon + 1) };
}

/** The schema of an interface resource: the shared attributes, then the interface type's own. */
export function interfaceSchema<A extends Record<string, AttributeSpec>>(input: {
  readonly description: string;
  readonly attributes: A;
  readonly rules?: readonly AttributeRule<NoInfer<keyof A & string>>[];
}) {
  const attributes: typeof interfaceAttributes & A = { ...interfaceAttributes, ...input.attributes };
  return schema({ description: input.description, attributes, ...(input.rules && { rules: input.rules }) });
}

type Model<S> = ModelOf<S> & InterfaceModel;

export interface InterfaceResourceDefinition<S extends Schema, A extends AttributeNameOf<S>> {
  /** The interface type, which also names the resource (`proxmox_network_bond`). */
  readonly type: NetworkInterfaceType;
  readonly schema: S;
  /** An import id for the docs, such as "pve:vmbr1". */
  readonly example: string;
  /** `[attr, key, kind]` rows of the type's own attributes (the addresses, autostart, MTU and comment are shared). */
  readonly fields: ReadonlyArray<readonly [A, string, FieldKind]>;
  /** What the model holds beyond the mapped values (defaults for absent keys, the configured order of lists). */
  readonly read?: (values: Record<A, unknown>, iface: NetworkInterface, known: Model<S>) => Partial<Model<S>>;
  readonly validateConfig?: (ctx: ValidateContext<AttributeNameOf<S>>) => void;
  readonly modifyPlan?: (ctx: PlanContext<ProxmoxProviderData, AttributeNameOf<S>>) => void;
}

export function interfaceResource<S extends Schema, A extends AttributeNameOf<S>>(
  definition: InterfaceResourceDefinition<S, A>,
): ResourceDefinition<S, ProxmoxProviderData> {
  const table: ReadonlyArray<ApiField<A | (typeof ADDRESS_FIELDS)[number]['attr']>> = [...ADDRESS_FIELDS, ...fields(definition.fields)];
  const operations = interfaceCrud({
    type: definition.type,
    fields: table,
    toModel: (server, iface, known: Model<S>) => {
      // The reader rebuilds comment lines each with a newline (pve-common INotify.pm @404a1096
      // `__read_etc_network_interfaces`: `$pushto->{comments} .= "$comment\n"`).
      const values = { ...server, comment: typeof server.comment === 'string' ? server.comment.replace(/\n$/, '') : null };
      return {
        ...(values as Partial<Model<S>>),
        ...definition.read?.(values, iface, known),
        id: known.id,
        node: known.node,
        name: known.name,
      } as Model<S>;
    },
  });
  return proxmoxResource({
    name: `proxmox_network_${definition.type}`,
    schema: definition.schema,
    importId: { description: 'NODE:NAME', example: definition.example },
    // The operations are typed by the shared model; every interface schema has its attributes.
    ...({ ...operations, importState: interfaceImport } as unknown as Pick<
      ResourceDefinition<S, ProxmoxProviderData>,
      'create' | 'read' | 'update' | 'delete' | 'importState'
    >),
    validateConfig(ctx: ValidateContext<AttributeNameOf<S>>) {
      checkGatewayFamilies(ctx as unknown as ValidateContext<keyof typeof interfaceAttributes>);
      definition.validateConfig?.(ctx);
    },
    ...(definition.modifyPlan && { modifyPlan: definition.modifyPlan }),
  });
}
