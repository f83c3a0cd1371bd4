// data "truenas_service": a system service's boot and run state.
import { attr, schema } from '../../../framework/attributes.js';
import { lookupDataSource } from './lookup.js';

export const serviceDataSource = lookupDataSource({
  name: 'truenas_service',
  key: 'service',
  noun: 'Service',
  what: 'service',
  schema: schema({
    description: "A system service's boot setting and run state.",
    attributes: {
      service: attr.string({ required: true, description: 'Service name, such as "iscsitarget", "nfs" or "cifs".' }),
      id: attr.number({ computed: true, description: "The service's row id." }),
      enable: attr.bool({ computed: true, description: 'Whether the service starts at boot.' }),
      state: attr.string({ computed: true, description: 'RUNNING or STOPPED; UNKNOWN when the server could not tell in time.' }),
      running: attr.bool({ computed: true, description: 'Whether the service is running.' }),
    },
  }),
  find: (client, name) => client.services.find(name),
  toModel: (service) => ({ service: service.service, id: service.id, enable: service.enable, state: service.state, running: service.state === 'RUNNING' }),
});
