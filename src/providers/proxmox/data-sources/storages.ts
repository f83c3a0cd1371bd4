// data "proxmox_storage" and data "proxmox_storages": storages with their usage on a node.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { ty } from '../../../framework/type-spec.js';
import type { NodeStorage } from '../../../clients/proxmox/index.js';
import { proxmoxDataSource } from '../provider-data.js';

const usageAttributes = {
  type: attr.string({ computed: true, description: 'Storage type, such as "lvmthin".' }),
  content: attr.set(ty.string, { computed: true, description: 'Content types it holds.' }),
  enabled: attr.bool({ computed: true, description: 'Whether it is enabled.' }),
  shared: attr.bool({ computed: true, description: 'Whether every node reaches it.' }),
  total: attr.number({ computed: true, description: 'Size in bytes.' }),
  used: attr.number({ computed: true, description: 'Bytes used.' }),
  available: attr.number({ computed: true, description: 'Bytes available.' }),
};

function usage(entry: NodeStorage) {
  const shared = (entry as Record<string, unknown>).shared;
  return {
    storage: entry.storage,
    type: entry.type,
    content: entry.content.split(',').filter((c) => c !== ''),
    enabled: entry.enabled ?? true,
    shared: shared === 1 || shared === true,
    total: entry.total ?? null,
    used: entry.used ?? null,
    available: entry.avail ?? null,
  };
}

export const storageDataSource = proxmoxDataSource({
  name: 'proxmox_storage',
  schema: schema({
    description: 'One storage as a node sees it, with its usage.',
    attributes: {
      node: attr.string({ required: true, description: 'Node name.' }),
      storage: attr.string({ required: true, description: 'Storage id.' }),
      ...usageAttributes,
    },
  }),
  async read(ctx, config) {
    const [entry] = await ctx.provider.client.storage.nodeStorages(config.node, { storage: config.storage });
    if (!entry) throw new AttributeError('storage', 'No such storage', `Node "${config.node}" has no storage "${config.storage}".`);
    return { node: config.node, ...usage(entry) };
  },
});

export const storagesDataSource = proxmoxDataSource({
  name: 'proxmox_storages',
  schema: schema({
    description: 'The storages a node can use, optionally only those holding a content type.',
    attributes: {
      node: attr.string({ required: true, description: 'Node name.' }),
      content: attr.string({ optional: true, description: 'Only storages holding this content type, such as "images".' }),
      storages: attr.nested(
        'list',
        { storage: attr.string({ computed: true, description: 'Storage id.' }), ...usageAttributes },
        { computed: true, description: 'The storages, by id.' },
      ),
    },
  }),
  async read(ctx, config) {
    const entries = await ctx.provider.client.storage.nodeStorages(config.node, config.content === null ? {} : { content: config.content });
    return { node: config.node, content: config.content, storages: entries.sort((a, b) => a.storage.localeCompare(b.storage)).map(usage) };
  },
});
