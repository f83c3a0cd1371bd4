// data "proxmox_storage" and data "proxmox_storages": storages with their usage on a node
// (`GET /nodes/{node}/storage`, pve-storage src/PVE/API2/Storage/Status.pm `index`). The server
// lists every storage the caller may audit or allocate on (Datastore.Audit|AllocateSpace), a
// disabled one or one not on the node with `enabled` 0 and no usage; with `content` only the
// storages enabled on the node that hold it; a `storage` it does not list is a 400 on `storage`.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { ty } from '../../../framework/type-spec.js';
import type { NodeStorage } from '../../../clients/proxmox/index.js';
import { validators } from '../../../framework/validators.js';
import { proxmoxDataSource } from '../provider-data.js';
import { rowListDataSource } from './row-list.js';
import { UNKNOWN_NODE, withLookupErrors, type LookupRule } from '../shared/lookup-errors.js';
import { VOLUME_CONTENT_TYPES } from '../shared/storage-files.js';
import { byName } from '../../common/by-name.js';

const UNKNOWN_STORAGE: LookupRule = {
  attribute: 'storage',
  summary: 'No such storage',
  param: 'storage',
  advice: 'Use the id of a storage in the datacenter configuration (the data source proxmox_storages lists those the node can use).',
};

const usageAttributes = {
  type: attr.string({ computed: true, description: 'Storage type, such as "lvmthin".' }),
  content: attr.set(ty.string, { computed: true, description: 'Content types it holds.' }),
  enabled: attr.bool({ computed: true, description: 'Whether it is enabled on the node (false when disabled, or when its `nodes` leave the node out).' }),
  shared: attr.bool({ computed: true, description: 'Whether every node reaches it.' }),
  active: attr.bool({ computed: true, description: 'Whether the node reached it (an unreachable or disabled storage reports no usage).' }),
  total: attr.number({ computed: true, description: 'Size in bytes (0 when not active).' }),
  used: attr.number({ computed: true, description: 'Bytes used (0 when not active).' }),
  available: attr.number({ computed: true, description: 'Bytes available (0 when not active).' }),
};

function usage(entry: NodeStorage) {
  return {
    storage: entry.storage,
    type: entry.type,
    content: entry.content.split(',').filter((c) => c !== ''),
    enabled: entry.enabled ?? true,
    shared: entry.shared ?? false,
    active: entry.active ?? false,
    total: entry.total ?? null,
    used: entry.used ?? null,
    available: entry.avail ?? null,
  };
}

export const storageDataSource = proxmoxDataSource({
  name: 'proxmox_storage',
  schema: schema({
    description: 'One storage as a node sees it, with its usage. The caller needs Datastore.Audit or Datastore.AllocateSpace on it.',
    attributes: {
      node: attr.string({ required: true, description: 'Node name.' }),
      storage: attr.string({ required: true, description: 'Storage id.' }),
      ...usageAttributes,
    },
  }),
  async read(ctx, config) {
    const [entry] = await withLookupErrors([UNKNOWN_NODE, UNKNOWN_STORAGE], () =>
      ctx.provider.client.storage.nodeStorages(config.node, { storage: config.storage }),
    );
    if (!entry) {
      throw new AttributeError(
        'storage',
        'Storage not visible',
        `Storage "${config.storage}" exists but the caller may not see it: it needs Datastore.Audit or Datastore.AllocateSpace on /storage/${config.storage}.`,
      );
    }
    return { node: config.node, ...usage(entry) };
  },
});

export const storagesDataSource = rowListDataSource({
  name: 'proxmox_storages',
  description:
    'The storages of the datacenter as a node sees them (those the caller may audit or allocate on), with `enabled` false for one the node cannot use; with `content`, only the storages enabled on the node that hold that content type.',
  arguments: {
    node: attr.string({ required: true, description: 'Node name.' }),
    content: attr.string({
      optional: true,
      description: 'Only storages enabled on the node and holding this content type, such as "images".',
      validators: [validators.oneOf(...VOLUME_CONTENT_TYPES)],
    }),
  },
  rows: {
    attribute: 'storages',
    description: 'The storages, by id.',
    row: { storage: attr.string({ computed: true, description: 'Storage id.' }), ...usageAttributes },
  },
  lookupRules: [UNKNOWN_NODE],
  list: async (client, config) =>
    (await client.storage.nodeStorages(config.node, config.content === null ? {} : { content: config.content })).sort(byName((e) => e.storage)).map(usage),
});
