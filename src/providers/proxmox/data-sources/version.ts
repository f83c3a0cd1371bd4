// data "proxmox_version": the Proxmox VE version of the server.
import { attr, schema } from '../../../framework/attributes.js';
import { proxmoxDataSource } from '../provider-data.js';

export const versionDataSource = proxmoxDataSource({
  name: 'proxmox_version',
  schema: schema({
    description: 'The Proxmox VE version of the server.',
    attributes: {
      version: attr.string({ computed: true, description: 'Full version, such as "9.1.3".' }),
      release: attr.string({ computed: true, description: 'Release, such as "9.1".' }),
      repository_id: attr.string({ computed: true, description: 'Git commit of the build.' }),
    },
  }),
  async read(ctx) {
    const info = await ctx.provider.client.cluster.version();
    return { version: info.version, release: info.release, repository_id: info.repoid };
  },
});
