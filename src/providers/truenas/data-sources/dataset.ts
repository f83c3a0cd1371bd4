// data "truenas_dataset": a filesystem dataset's effective properties and space.
import { attr, schema } from '../../../framework/attributes.js';
import { lookupDataSource } from './lookup.js';
import { findDataset } from '../shared/datasets.js';
import { readFields } from '../shared/zfs-properties.js';
import { datasetProperties, type DatasetPropertyValues } from '../resources/dataset.js';

const datasetDataSchema = schema({
  description:
    "A filesystem dataset, looked up by name: its effective (set or inherited) properties and space. The system's internal datasets (`.system`, `ix-apps`, `ix-applications` and what is below them) are not found: TrueNAS leaves them out of every dataset query.",
  attributes: {
    name: attr.string({ required: true, description: 'Full name, such as "tank/media".' }),
    id: attr.string({ computed: true, description: "The dataset's full name." }),
    comments: attr.string({ computed: true, description: 'Comment.' }),
    compression: attr.string({ computed: true, description: 'Compression algorithm, lower case.' }),
    sync: attr.string({ computed: true, description: 'Synchronous write behaviour.' }),
    deduplication: attr.string({ computed: true, description: 'Deduplication.' }),
    atime: attr.bool({ computed: true, description: 'Whether reads update access times.' }),
    exec: attr.bool({ computed: true, description: 'Whether programs may be executed.' }),
    readonly: attr.bool({ computed: true, description: 'Whether the dataset is read-only.' }),
    recordsize: attr.string({ computed: true, description: 'Record size, such as "128K".' }),
    quota: attr.number({ computed: true, description: 'Quota in bytes; 0 for none.' }),
    refquota: attr.number({ computed: true, description: 'Quota on the dataset itself in bytes; 0 for none.' }),
    reservation: attr.number({ computed: true, description: 'Reservation in bytes; 0 for none.' }),
    refreservation: attr.number({ computed: true, description: 'Reservation for the dataset itself in bytes; 0 for none.' }),
    mountpoint: attr.string({ computed: true, description: 'Mount path.' }),
    used: attr.number({ computed: true, description: 'Bytes used.' }),
    available: attr.number({ computed: true, description: 'Bytes available.' }),
  },
});

export const datasetDataSource = lookupDataSource({
  name: 'truenas_dataset',
  schema: datasetDataSchema,
  key: 'name',
  noun: 'Dataset',
  what: 'filesystem dataset',
  find: (client, name) => findDataset(client, name, 'FILESYSTEM'),
  notFoundHint: async (client, name) => ((await findDataset(client, name, 'VOLUME')) ? 'It is a zvol: read it with data "truenas_zvol".' : undefined),
  toModel: (dataset) => ({
    ...(readFields(datasetProperties, dataset) as DatasetPropertyValues),
    name: dataset.name,
    id: dataset.id,
    mountpoint: dataset.mountpoint,
    used: dataset.used,
    available: dataset.available,
  }),
});
