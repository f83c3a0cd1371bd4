// `proxmox_pool`: a resource pool, to group VMs and storages for permissions.
import { schema } from '../../../framework/attributes.js';
import { namedResource } from '../shared/keyed-resource.js';
import { optionalText } from '../shared/text.js';
import { poolIdValidator } from '../shared/pool-id.js';
import { userCfgCommentAttr } from '../shared/user-cfg-text.js';
import { keyAttributes } from '../shared/key-attributes.js';

const poolSchema = schema({
  description: 'A resource pool. Members are added by the VMs and storages themselves or in the web UI.',
  attributes: {
    ...keyAttributes('pool_id', 'The pool id.', {
      description: 'Pool name, such as "lab" or "lab/web" for a nested pool.',
      validators: [poolIdValidator],
    }),
    comment: userCfgCommentAttr,
  },
});

export const poolResource = namedResource({
  name: 'proxmox_pool',
  schema: poolSchema,
  importId: { description: 'the pool id', example: 'lab' },
  key: 'pool_id',
  find: (client, name) => client.pools.find(name),
  create: (client, plan) => client.pools.create(plan.pool_id, plan.comment ?? undefined),
  update: (client, plan) => client.pools.update(plan.pool_id, { comment: plan.comment ?? '' }),
  remove: (client, name) => client.pools.delete(name),
  toModel: (pool, known) => ({ comment: optionalText(pool.comment, known.comment) }),
});
