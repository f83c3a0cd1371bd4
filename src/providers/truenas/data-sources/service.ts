// data "truenas_service": a system service's boot and run state.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { truenasDataSource } from '../provider-data.js';

export const serviceDataSource = truenasDataSource({
  name: 'truenas_service',
  schema: schema({
    description: "A system service's boot setting and run state.",
    attributes: {
      service: attr.string({ required: true, description: 'Service name, such as "iscsitarget", "nfs" or "cifs".' }),
      id: attr.number({ computed: true, description: "The service's row id." }),
      enable: attr.bool({ computed: true, description: 'Whether the service starts at boot.' }),
      state: attr.string({ computed: true, description: 'RUNNING or STOPPED.' }),
      running: attr.bool({ computed: true, description: 'Whether the service is running.' }),
    },
  }),
  async read(ctx, config) {
    const service = await ctx.provider.client.services.find(config.service);
    if (!service) throw new AttributeError('service', 'Service not found', `The server has no service named "${config.service}".`);
    return { service: service.service, id: service.id, enable: service.enable, state: service.state, running: service.state === 'RUNNING' };
  },
});
