// `proxmox_node_hosts`: a node's /etc/hosts as a whole. A singleton: create adopts the node and
// writes the content (guarded by the file's digest); destroy leaves the file.
import { attr, schema } from '../../../framework/attributes.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import { perNodeAttributes } from '../shared/node-attr.js';

const hostsSchema = schema({
  description: "The whole /etc/hosts of a node. Creating adopts the node's file; destroying leaves it unchanged. Keep the node's own name in it.",
  attributes: {
    ...perNodeAttributes,
    content: attr.string({ required: true, description: "The file's content." }),
    digest: attr.string({ computed: true, description: 'SHA-1 of the content on the node.' }),
  },
});

async function write(provider: ProxmoxProviderData, node: string, content: string) {
  // The digest makes a concurrent edit fail instead of being overwritten unseen.
  const current = await provider.client.settings.hosts(node);
  await provider.client.settings.setHosts(node, content, current.digest);
  return read(provider, node, content);
}

async function read(provider: ProxmoxProviderData, node: string, known: string | undefined) {
  const hosts = await provider.client.settings.hosts(node);
  // The node may drop or add a final newline; keep the configuration's spelling then.
  const content = known !== undefined && known.trimEnd() === hosts.data.trimEnd() ? known : hosts.data;
  return { id: node, node, content, digest: hosts.digest ?? null };
}

export const nodeHostsResource = proxmoxResource({
  name: 'proxmox_node_hosts',
  schema: hostsSchema,
  importId: { description: 'the node name', example: 'pve' },
  create: (ctx, plan) => write(ctx.provider, plan.node, plan.content),
  read: (ctx, state) => read(ctx.provider, state.node, state.content ?? undefined),
  update: (ctx, plan) => write(ctx.provider, plan.node, plan.content),
  async delete() {},
  importState: (id) => ({ node: id }),
});
