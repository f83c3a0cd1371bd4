// data "truenas_iscsi_target": an iSCSI target by name, with its portal groups and LUNs.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { ty } from '../../../framework/type-spec.js';
import { truenasDataSource } from '../provider-data.js';
import { targetGroups } from '../resources/iscsi-target.js';

export const iscsiTargetDataSource = truenasDataSource({
  name: 'truenas_iscsi_target',
  schema: schema({
    description: 'An iSCSI target, looked up by name, with its portal groups and the extents mapped to it.',
    attributes: {
      name: attr.string({ required: true, description: 'Target name, such as "vm-100".' }),
      id: attr.number({ computed: true, description: "The target's id." }),
      iqn: attr.string({ computed: true, description: 'Full IQN: the global base name, a colon and the target name.' }),
      alias: attr.string({ computed: true, description: 'Alias, when set.' }),
      mode: attr.string({ computed: true, description: 'ISCSI, FC or BOTH.' }),
      auth_networks: attr.list(ty.string, { computed: true, description: 'Networks allowed to connect.' }),
      groups: attr.list(ty.object({ portal: ty.number, initiator: ty.number, authmethod: ty.string, auth: ty.number }), {
        computed: true,
        description: 'Portal groups: portal id, initiator group id, authmethod, auth tag.',
      }),
      luns: attr.map(ty.number, { computed: true, description: 'Extent id for each LUN number mapped on the target, keyed by LUN number.' }),
    },
  }),
  async read(ctx, config) {
    const client = ctx.provider.client;
    const [target] = await client.iscsi.targets.query([['name', '=', config.name]]);
    if (!target) throw new AttributeError('name', 'Target not found', `The server has no iSCSI target named "${config.name}".`);
    const [global, mappings] = await Promise.all([client.iscsi.globalConfig(), client.iscsi.targetExtents.query([['target', '=', target.id]])]);
    return {
      name: target.name,
      id: target.id,
      iqn: `${global.basename}:${target.name}`,
      alias: target.alias,
      mode: target.mode,
      auth_networks: target.auth_networks,
      groups: targetGroups(target),
      luns: Object.fromEntries(mappings.map((m) => [String(m.lunid), m.extent])),
    };
  },
});
