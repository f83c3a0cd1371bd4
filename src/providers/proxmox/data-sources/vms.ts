// data "proxmox_vm"/"proxmox_vms" and data "proxmox_lxc"/"proxmox_lxcs": guests of one kind by
// id, or filtered by node, tag and name (from `GET /cluster/resources`).
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { ty } from '../../../framework/type-spec.js';
import type { ClusterResource } from '../../../clients/proxmox/index.js';
import type { ProxmoxProviderData } from '../index.js';
import { proxmoxDataSource } from '../provider-data.js';

// The name, status and template flag come from the statistics pmxcfs holds of running nodes
// (pve-manager PVE/API2Tools.pm `extract_vm_stats`): a guest on a node that is down reads
// status "unknown" and no name or template flag; tags come from its config and are always there.
function guestAttributes(label: string) {
  return {
    node: attr.string({ computed: true, description: `Node the ${label} is on.` }),
    name: attr.string({
      computed: true,
      description: `${label === 'VM' ? 'Name ("VM <id>" when it has none)' : 'Host name ("CT<id>" when it has none)'}; null while its node is down.`,
    }),
    status: attr.string({ computed: true, description: '"running" or "stopped"; "unknown" while its node is down.' }),
    template: attr.bool({ computed: true, description: 'Whether it is a template; null while its node is down.' }),
    tags: attr.set(ty.string, { computed: true, description: 'Tags.' }),
  };
}

function tagsOf(resource: ClusterResource): string[] {
  const tags = (resource as Record<string, unknown>).tags;
  return typeof tags === 'string' ? tags.split(/[;,\s]+/).filter((t) => t !== '') : [];
}

function guestModel(resource: ClusterResource) {
  return {
    vmid: resource.vmid ?? 0,
    node: resource.node ?? null,
    name: resource.name ?? null,
    status: resource.status ?? null,
    template: resource.template ?? null,
    tags: tagsOf(resource),
  };
}

interface GuestKind {
  /** `/cluster/resources` type. */
  type: 'qemu' | 'lxc';
  /** Data source names: one guest, and the filtered list. */
  one: string;
  many: string;
  /** "VM" or "container". */
  label: string;
  /** How descriptions name several of them ("VMs"). */
  plural: string;
  listAttribute: string;
  examples: { one: string; many: string };
}

function guestDataSources(kind: GuestKind) {
  const { label } = kind;
  const guests = async (ctx: { provider: ProxmoxProviderData }): Promise<ClusterResource[]> =>
    (await ctx.provider.client.cluster.resources('vm')).filter((r) => r.type === kind.type);
  const one = proxmoxDataSource({
    name: kind.one,
    schema: schema({
      description: `One ${label === 'VM' ? 'QEMU VM' : 'LXC container'} by id.`,
      attributes: { vmid: attr.number({ required: true, description: `${label} id.` }), ...guestAttributes(label) },
    }),
    example: kind.examples.one,
    async read(ctx, config) {
      const found = (await guests(ctx)).find((r) => r.vmid === config.vmid);
      if (!found)
        throw new AttributeError(
          'vmid',
          `No such ${label}`,
          `There is no ${label} ${config.vmid}, or the caller may not see it (VM.Audit on /vms/${config.vmid}).`,
        );
      return guestModel(found);
    },
  });
  const many = proxmoxDataSource({
    name: kind.many,
    schema: schema({
      description: `${label === 'VM' ? 'QEMU VMs' : 'LXC containers'} the caller may see (VM.Audit), filtered by node, tag and name.`,
      attributes: {
        node: attr.string({
          optional: true,
          description: `Only ${kind.plural} on this node (a node of the cluster, even one that is down; any other name is an error).`,
        }),
        tags: attr.set(ty.string, { optional: true, description: `Only ${kind.plural} carrying every one of these tags.` }),
        name_regex: attr.string({ optional: true, description: `Only ${kind.plural} whose name matches this regular expression.` }),
        [kind.listAttribute]: attr.nested(
          'list',
          { vmid: attr.number({ computed: true, description: `${label} id.` }), ...guestAttributes(label) },
          { computed: true, description: `The ${kind.plural}, by id.` },
        ),
      },
    }),
    example: kind.examples.many,
    async read(ctx, config) {
      let pattern: RegExp | undefined;
      try {
        pattern = config.name_regex === null ? undefined : new RegExp(config.name_regex);
      } catch {
        throw new AttributeError('name_regex', 'Invalid regular expression', `"${config.name_regex}" is not a valid regular expression.`);
      }
      // /cluster/resources has no node filter, so an unknown node would simply list nothing; the
      // cluster's node list (members that are down included, whose guests still list) tells.
      const [all, nodes] = await Promise.all([guests(ctx), config.node === null ? undefined : ctx.provider.client.cluster.nodes()]);
      if (nodes !== undefined && !nodes.some((n) => n.node === config.node))
        throw new AttributeError('node', 'No such node', `The cluster has no node "${config.node}" (the data source proxmox_nodes lists them).`);
      const found = all
        .map(guestModel)
        .filter((g) => config.node === null || g.node === config.node)
        .filter((g) => (config.tags ?? []).every((tag) => g.tags.includes(tag)))
        .filter((g) => pattern === undefined || pattern.test(g.name ?? ''))
        .sort((a, b) => a.vmid - b.vmid);
      return { node: config.node, tags: config.tags, name_regex: config.name_regex, [kind.listAttribute]: found };
    },
  });
  return { one, many };
}

const vmSources = guestDataSources({
  type: 'qemu',
  one: 'proxmox_vm',
  many: 'proxmox_vms',
  label: 'VM',
  plural: 'VMs',
  listAttribute: 'vms',
  examples: { one: `data "proxmox_vm" "golden" {\n  vmid = 9000\n}`, many: `data "proxmox_vms" "web" {\n  tags = ["web"]\n}` },
});
const lxcSources = guestDataSources({
  type: 'lxc',
  one: 'proxmox_lxc',
  many: 'proxmox_lxcs',
  label: 'container',
  plural: 'containers',
  listAttribute: 'containers',
  examples: { one: `data "proxmox_lxc" "dns" {\n  vmid = 200\n}`, many: `data "proxmox_lxcs" "dns" {\n  tags = ["dns"]\n}` },
});

export const vmDataSource = vmSources.one;
export const vmsDataSource = vmSources.many;
export const lxcDataSource = lxcSources.one;
export const lxcsDataSource = lxcSources.many;
