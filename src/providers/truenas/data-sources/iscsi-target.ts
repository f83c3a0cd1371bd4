// data "truenas_iscsi_target": an iSCSI target by name, with its portal groups and LUNs.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { lookupDataSource } from './lookup.js';
import { targetGroups } from '../resources/iscsi-target.js';

export const iscsiTargetDataSource = lookupDataSource({
  name: 'truenas_iscsi_target',
  key: 'name',
  noun: 'Target',
  what: 'iSCSI target',
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
  find: async (client, name) => (await client.iscsi.targets.query([['name', '=', name]]))[0],
  async toModel(target, client) {
    const [global, mappings] = await Promise.all([client.iscsi.globalConfig(), client.iscsi.targetExtents.query([['target', '=', target.id]])]);
    return {
      name: target.name,
      id: target.id,
      iqn: `${global.basename}:${target.name}`,
      // An unset alias is stored as null or "" (the resource reads both as unset).
      alias: target.alias || null,
      mode: target.mode,
      auth_networks: target.auth_networks,
      groups: targetGroups(target),
      luns: Object.fromEntries(mappings.map((m) => [String(m.lunid), m.extent])),
    };
  },
});
