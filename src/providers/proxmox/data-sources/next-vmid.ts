// data "proxmox_next_vmid": the first free VM id (a hint: a parallel create may take it).
import { attr, schema } from '../../../framework/attributes.js';
import { proxmoxDataSource } from '../provider-data.js';

export const nextVmidDataSource = proxmoxDataSource({
  name: 'proxmox_next_vmid',
  schema: schema({
    description: 'The first free VM id of the cluster.',
    attributes: {
      vmid: attr.number({ computed: true, description: 'The id.' }),
    },
  }),
  async read(ctx) {
    return { vmid: await ctx.provider.client.cluster.nextId() };
  },
});
