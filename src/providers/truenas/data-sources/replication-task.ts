// data "truenas_replication_task": a replication task by name, with how its last run went, for
// outputs and checks (a postcondition that the copy to the backup pool is not failing).
import { attr, schema } from '../../../framework/attributes.js';
import { computedCopies } from '../../../framework/computed-copies.js';
import { lookupDataSource } from './lookup.js';
import { replicationSchema, replicationToModel } from '../resources/replication-task.js';

// The key stays out: it is a secret of the resource (the server answers it in clear).
const { name: _name, encryption_key: _key, encryption_key_wo: _keyWo, encryption_key_wo_version: _keyVersion, ...readable } = replicationSchema.attributes;

export const replicationTaskDataSource = lookupDataSource({
  name: 'truenas_replication_task',
  key: 'name',
  noun: 'Replication task',
  what: 'replication task',
  schema: schema({
    description: 'A replication task, looked up by name: its settings and the state of its last run.',
    attributes: {
      name: attr.string({ required: true, description: 'Name of the task.' }),
      ...computedCopies(readable, Object.keys(readable) as (keyof typeof readable)[]),
      error: attr.string({ computed: true, description: 'Why the last run failed, when its state is ERROR.' }),
      last_run: attr.string({ computed: true, description: 'When the last run ended or changed state (RFC 3339), when it ran.' }),
    },
  }),
  find: async (client, name) => (await client.protection.replication.query([['name', '=', name]]))[0],
  toModel: (task) => {
    const { encryption_key: _k, encryption_key_wo: _w, encryption_key_wo_version: _v, ...model } = replicationToModel(task, {});
    return { ...model, error: task.state?.error ?? null, last_run: task.state?.datetime ?? null };
  },
});
