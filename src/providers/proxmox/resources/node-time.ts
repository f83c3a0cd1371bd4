// `proxmox_node_time`: a node's time zone. A singleton: create adopts the node and sets the
// zone; destroy leaves it.
import { isTimeZone } from '../../../clients/proxmox/time-zone.js';
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import { perNodeAttributes } from '../shared/node-attr.js';

const timeSchema = schema({
  description: "The time zone of a node. Creating adopts the node's setting; destroying leaves it unchanged.",
  attributes: {
    ...perNodeAttributes,
    timezone: attr.string({
      required: true,
      description: 'Time zone name from the tz database, such as "Europe/Berlin" or "UTC".',
      validators: [
        validators.custom('a tz database name', (value) =>
          typeof value === 'string' && !isTimeZone(value)
            ? `must be a tz database time zone such as "Europe/Berlin" (names are case-sensitive), got "${value}"`
            : undefined,
        ),
      ],
    }),
  },
});

async function write(provider: ProxmoxProviderData, node: string, timezone: string) {
  await provider.client.settings.setTimezone(node, timezone);
  return read(provider, node);
}

async function read(provider: ProxmoxProviderData, node: string) {
  const time = await provider.client.settings.time(node);
  return { id: node, node, timezone: time.timezone };
}

export const nodeTimeResource = proxmoxResource({
  name: 'proxmox_node_time',
  schema: timeSchema,
  importId: { description: 'the node name', example: 'pve' },
  create: (ctx, plan) => write(ctx.provider, plan.node, plan.timezone),
  read: (ctx, state) => read(ctx.provider, state.node),
  update: (ctx, plan) => write(ctx.provider, plan.node, plan.timezone),
  async delete() {},
  importState: (id) => ({ node: id }),
});
