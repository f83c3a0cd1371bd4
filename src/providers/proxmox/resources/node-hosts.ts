// `proxmox_node_hosts`: a node's /etc/hosts as a whole. A singleton: create adopts the node and
// writes the content (guarded by the file's digest); destroy leaves the file.
import { etcHostsProblem } from '../../../clients/proxmox/etc-hosts.js';
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import { perNodeAttributes } from '../shared/node-attr.js';

const hostsSchema = schema({
  description: "The whole /etc/hosts of a node. Creating adopts the node's file; destroying leaves it unchanged. Keep the node's own name in it.",
  attributes: {
    ...perNodeAttributes,
    content: attr.string({
      required: true,
      description:
        "The file's content. Each line other than comments and blank ones is an IP address followed by host names (letters, digits, dots, hyphens), as the node checks before writing.",
      validators: [
        validators.custom('lines of an IP address and host names', (value) => {
          // pve-common INotify.pm `write_etc_hosts` refuses the same lines, with these texts.
          const problem = typeof value === 'string' ? etcHostsProblem(value) : undefined;
          return problem === undefined ? undefined : `has a line the node refuses (${problem})`;
        }),
      ],
    }),
    digest: attr.string({ computed: true, description: 'SHA-1 of the content on the node.' }),
  },
});

/**
 * Writes under a digest, so an edit made since it was taken fails ("detected modified
 * configuration") instead of being overwritten unseen: on update the digest of the file as the
 * plan read it (the refreshed state), on create (adopting) the one just read.
 */
async function write(provider: ProxmoxProviderData, node: string, content: string, planned: string | null) {
  const digest = planned ?? (await provider.client.settings.hosts(node)).digest;
  await provider.client.settings.setHosts(node, content, digest);
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
  create: (ctx, plan) => write(ctx.provider, plan.node, plan.content, null),
  read: (ctx, state) => read(ctx.provider, state.node, state.content ?? undefined),
  update: (ctx, plan, prior) => write(ctx.provider, plan.node, plan.content, prior.digest),
  async delete() {},
  importState: (id) => ({ node: id }),
});
