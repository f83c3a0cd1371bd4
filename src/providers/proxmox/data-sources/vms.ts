// data "proxmox_vm" and data "proxmox_vms": VMs by id, or filtered by node, tag and name.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { ty } from '../../../framework/type-spec.js';
import type { ClusterResource } from '../../../clients/proxmox/index.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxDataSource } from '../provider-data.js';

const vmAttributes = {
  node: attr.string({ computed: true, description: 'Node the VM is on.' }),
  name: attr.string({ computed: true, description: 'Name.' }),
  status: attr.string({ computed: true, description: 'running or stopped.' }),
  template: attr.bool({ computed: true, description: 'Whether it is a template.' }),
  tags: attr.set(ty.string, { computed: true, description: 'Tags.' }),
};

function tagsOf(resource: ClusterResource): string[] {
  const tags = (resource as Record<string, unknown>).tags;
  return typeof tags === 'string' ? tags.split(/[;,\s]+/).filter((t) => t !== '') : [];
}

function vmModel(resource: ClusterResource) {
  return {
    vmid: resource.vmid ?? 0,
    node: resource.node ?? null,
    name: resource.name ?? null,
    status: resource.status ?? null,
    template: resource.template ?? false,
    tags: tagsOf(resource),
  };
}

async function qemuResources(ctx: { provider: ProxmoxProviderData }): Promise<ClusterResource[]> {
  return (await ctx.provider.client.cluster.resources('vm')).filter((r) => r.type === 'qemu');
}

export const vmDataSource = proxmoxDataSource({
  name: 'proxmox_vm',
  schema: schema({
    description: 'One QEMU VM by id.',
    attributes: { vmid: attr.number({ required: true, description: 'VM id.' }), ...vmAttributes },
  }),
  async read(ctx, config) {
    const found = (await qemuResources(ctx)).find((r) => r.vmid === config.vmid);
    if (!found) throw new AttributeError('vmid', 'No such VM', `There is no VM ${config.vmid}.`);
    return vmModel(found);
  },
});

export const vmsDataSource = proxmoxDataSource({
  name: 'proxmox_vms',
  schema: schema({
    description: 'QEMU VMs, filtered by node, tag and name.',
    attributes: {
      node: attr.string({ optional: true, description: 'Only VMs on this node.' }),
      tags: attr.set(ty.string, { optional: true, description: 'Only VMs carrying every one of these tags.' }),
      name_regex: attr.string({ optional: true, description: 'Only VMs whose name matches this regular expression.' }),
      vms: attr.nested(
        'list',
        { vmid: attr.number({ computed: true, description: 'VM id.' }), ...vmAttributes },
        { computed: true, description: 'The VMs, by id.' },
      ),
    },
  }),
  async read(ctx, config) {
    let pattern: RegExp | undefined;
    try {
      pattern = config.name_regex === null ? undefined : new RegExp(config.name_regex);
    } catch {
      throw new AttributeError('name_regex', 'Invalid regular expression', `"${config.name_regex}" is not a valid regular expression.`);
    }
    const vms = (await qemuResources(ctx))
      .map(vmModel)
      .filter((vm) => config.node === null || vm.node === config.node)
      .filter((vm) => (config.tags ?? []).every((tag) => vm.tags.includes(tag)))
      .filter((vm) => pattern === undefined || pattern.test(vm.name ?? ''))
      .sort((a, b) => a.vmid - b.vmid);
    return { node: config.node, tags: config.tags, name_regex: config.name_regex, vms };
  },
});
