// data "truenas_system_info": the server's version, host name and hardware.
import { attr, schema } from '../../../framework/attributes.js';
import { truenasDataSource } from '../provider-data.js';

export const systemInfoDataSource = truenasDataSource({
  name: 'truenas_system_info',
  schema: schema({
    description: "The TrueNAS server's version, host name and hardware.",
    attributes: {
      version: attr.string({ computed: true, description: 'The release, such as "25.10.1" (system.info answers the short version).' }),
      hostname: attr.string({ computed: true, description: 'Host name.' }),
      model: attr.string({ computed: true, description: 'CPU model.' }),
      cores: attr.number({ computed: true, description: 'CPU cores.' }),
      physmem: attr.number({ computed: true, description: 'Physical memory in bytes.' }),
      uptime_seconds: attr.number({ computed: true, description: 'Seconds since boot.' }),
      timezone: attr.string({ computed: true, description: 'Time zone, such as "Europe/Berlin".' }),
      system_serial: attr.string({ computed: true, description: 'Serial number of the system, when known.' }),
    },
  }),
  async read(ctx) {
    const info = await ctx.provider.client.system.info();
    return {
      version: info.version,
      hostname: info.hostname,
      model: info.model,
      cores: info.cores,
      physmem: info.physmem,
      uptime_seconds: Math.floor(info.uptime_seconds),
      timezone: info.timezone,
      system_serial: info.system_serial,
    };
  },
});
