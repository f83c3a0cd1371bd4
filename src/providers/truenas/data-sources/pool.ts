// data "truenas_pool": a storage pool by name.
import { attr, schema } from '../../../framework/attributes.js';
import { lookupDataSource } from './lookup.js';
import { sameFields } from '../../common/same-fields.js';

export const poolDataSource = lookupDataSource({
  name: 'truenas_pool',
  key: 'name',
  noun: 'Pool',
  what: 'pool',
  schema: schema({
    description: 'A storage pool, looked up by name.',
    attributes: {
      name: attr.string({ required: true, description: 'Pool name, such as "tank".' }),
      id: attr.number({ computed: true, description: "The pool's id." }),
      guid: attr.string({ computed: true, description: 'ZFS pool GUID.' }),
      status: attr.string({ computed: true, description: 'Pool status, such as "ONLINE".' }),
      healthy: attr.bool({ computed: true, description: 'Whether the pool is healthy.' }),
      path: attr.string({ computed: true, description: 'Mount path, /mnt/<name>.' }),
      size: attr.number({ computed: true, description: 'Total size in bytes.' }),
      allocated: attr.number({ computed: true, description: 'Bytes in use.' }),
      free: attr.number({ computed: true, description: 'Bytes free.' }),
    },
  }),
  find: async (client, name) => (await client.system.pools([['name', '=', name]]))[0],
  toModel: (pool) => sameFields(pool, ['name', 'id', 'guid', 'status', 'healthy', 'path', 'size', 'allocated', 'free']),
});
