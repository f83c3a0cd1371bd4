// `proxmox_node_config`: a node's own settings (/etc/pve/nodes/NODE/config): description,
// wake-on-LAN, start-all delay, ballooning target. A singleton: create adopts the node and
// writes the configured settings; destroy leaves them. The ACME keys of the same file (`acme`,
// `acmedomainN`) are proxmox_acme_certificate's: this resource neither reads nor writes them.
import { descriptionAsRead } from '../../../clients/proxmox/node-config-description.js';
import { attr, schema } from '../../../framework/attributes.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { fields, paramsOf, removedKeys, valuesOf } from '../shared/api-fields.js';
import { proxmoxResource } from '../provider-data.js';
import { perNodeAttributes } from '../shared/node-attr.js';

const configSchema = schema({
  description:
    "A node's settings (description, wake-on-LAN, start-all delay, ballooning target). Creating adopts the node: the settings the configuration leaves unset are removed from it, as after an import. Destroying leaves the settings unchanged. The node's ACME domains and account are managed by proxmox_acme_certificate.",
  attributes: {
    ...perNodeAttributes,
    description: attr.string({ optional: true, description: 'Notes shown in the node summary.' }),
    wake_on_lan: attr.string({
      optional: true,
      description: "Wake-on-LAN: the MAC address, optionally with bind-interface and broadcast-address, as the API's property string.",
    }),
    startall_onboot_delay: attr.number({
      optional: true,
      description: 'Seconds to wait before starting guests on boot.',
      validators: [validators.between(0, 300)],
    }),
    ballooning_target: attr.number({ optional: true, description: 'RAM usage target for ballooning, in percent.', validators: [validators.between(0, 100)] }),
  },
});

type ConfigModel = ModelOf<typeof configSchema>;

const CONFIG_FIELDS = fields([
  ['description', 'description', 'string'],
  ['wake_on_lan', 'wakeonlan', 'string'],
  ['startall_onboot_delay', 'startall-onboot-delay', 'number'],
  ['ballooning_target', 'ballooning-target', 'number'],
] as const);

/** The configuration's spelling when the node holds the same text; otherwise the node's, without the final newline. */
function readDescription(stored: string | null, known: string | null): string | null {
  const text = stored ?? '';
  if (known !== null && descriptionAsRead(known) === text) return known;
  return text === '' ? null : text.replace(/\n$/, '');
}

async function read(provider: ProxmoxProviderData, node: string, known: string | null): Promise<ConfigModel> {
  const config = await provider.client.settings.config(node);
  const values = valuesOf(CONFIG_FIELDS, config) as Omit<ConfigModel, 'id' | 'node'>;
  return { ...values, description: readDescription(values.description, known), id: node, node };
}

export const nodeConfigResource = proxmoxResource({
  name: 'proxmox_node_config',
  schema: configSchema,
  importId: { description: 'the node name', example: 'pve' },
  async create(ctx, plan) {
    // Adopting: the node's settings become the configuration's, those it leaves unset removed
    // (state must match the plan, which holds them null; an import does the same on its first apply).
    const found = await read(ctx.provider, plan.node, null);
    await ctx.provider.client.settings.updateConfig(plan.node, paramsOf(CONFIG_FIELDS, plan), removedKeys(CONFIG_FIELDS, plan, found));
    return read(ctx.provider, plan.node, plan.description);
  },
  read: (ctx, state) => read(ctx.provider, state.node, state.description ?? null),
  async update(ctx, plan, prior) {
    await ctx.provider.client.settings.updateConfig(plan.node, paramsOf(CONFIG_FIELDS, plan), removedKeys(CONFIG_FIELDS, plan, prior));
    return read(ctx.provider, plan.node, plan.description);
  },
  async delete() {},
  importState: (id) => ({ node: id }),
});
