// data "truenas_zvol": a zvol's size, block size, effective properties and space.
import { attr, schema } from '../../../framework/attributes.js';
import { lookupDataSource } from './lookup.js';
import { findDataset } from '../shared/datasets.js';
import { zvolToModel } from '../resources/zvol.js';

export const zvolDataSource = lookupDataSource({
  name: 'truenas_zvol',
  key: 'name',
  noun: 'Zvol',
  what: 'zvol',
  schema: schema({
    description: 'A zvol, looked up by name: its size, block size, effective (set or inherited) properties and space.',
    attributes: {
      name: attr.string({ required: true, description: 'Full name, such as "tank/vm/disk0".' }),
      id: attr.string({ computed: true, description: "The zvol's full name." }),
      volsize: attr.number({ computed: true, description: 'Size in bytes.' }),
      volblocksize: attr.string({ computed: true, description: 'Block size, such as "16K".' }),
      sparse: attr.bool({ computed: true, description: 'Whether the zvol reserves no space (thin provisioned).' }),
      compression: attr.string({ computed: true, description: 'Compression algorithm, lower case.' }),
      sync: attr.string({ computed: true, description: 'Synchronous write behaviour.' }),
      deduplication: attr.string({ computed: true, description: 'Deduplication.' }),
      readonly: attr.bool({ computed: true, description: 'Whether the zvol is read-only.' }),
      comments: attr.string({ computed: true, description: 'Comment.' }),
      device_path: attr.string({ computed: true, description: 'Block device path, /dev/zvol/<name>.' }),
      used: attr.number({ computed: true, description: 'Bytes used on the pool.' }),
      available: attr.number({ computed: true, description: 'Bytes available.' }),
    },
  }),
  find: (client, name) => findDataset(client, name, 'VOLUME'),
  notFoundHint: async (client, name) =>
    (await findDataset(client, name, 'FILESYSTEM')) ? 'It is a filesystem dataset: read it with data "truenas_dataset".' : undefined,
  toModel: (zvol) => {
    const { force_size: _force, allow_shrink: _shrink, ...model } = zvolToModel(zvol, {});
    return model;
  },
});
