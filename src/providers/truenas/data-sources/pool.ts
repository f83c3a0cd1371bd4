// data "truenas_pool": a storage pool by name.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { truenasDataSource } from '../provider-data.js';
import { sameFields } from '../../common/same-fields.js';

export const poolDataSource = truenasDataSource({
  name: 'truenas_pool',
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
  async read(ctx, config) {
    const [pool] = await ctx.provider.client.system.pools([['name', '=', config.name]]);
    if (!pool) throw new AttributeError('name', 'Pool not found', `The server has no pool named "${config.name}".`);
    return sameFields(pool, ['name', 'id', 'guid', 'status', 'healthy', 'path', 'size', 'allocated', 'free']);
  },
});
