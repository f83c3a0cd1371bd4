// A node's network interfaces (`/nodes/{node}/network`). Writes go to
// /etc/network/interfaces.new; `reload` makes them live (`ifreload -a` in a task) and `revert`
// drops the pending file.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { optionalStrings } from '../optional-fields.js';
import { apiPath, type ParamValue } from '../http.js';
import { nullData, upidData } from '../schemas.js';
import { awaitTask, deleteList, unlessNotFound, type EndpointContext } from './context.js';

export const networkInterface = lazySchema(() =>
  z
    .object({
      iface: z.string().optional(),
      type: z.string(),
      method: z.string().optional(),
      method6: z.string().optional(),
      active: z.union([z.boolean(), z.number()]).optional(),
      autostart: z.union([z.boolean(), z.number()]).optional(),
      ...optionalStrings('cidr', 'cidr6', 'gateway', 'gateway6', 'comments', 'comments6'),
      mtu: z.union([z.number(), z.string()]).optional(),
      bridge_ports: z.string().optional(),
      bridge_vlan_aware: z.union([z.boolean(), z.number()]).optional(),
      ...optionalStrings('bridge_vids', 'slaves', 'bond_mode', 'bond_xmit_hash_policy', 'bond-primary'),
      'bond-miimon': z.union([z.number(), z.string()]).optional(),
      'vlan-id': z.union([z.number(), z.string()]).optional(),
      'vlan-raw-device': z.string().optional(),
    })
    .catchall(z.unknown()),
);

export type NetworkInterface = z.infer<typeof networkInterface>;
export type NetworkInterfaceType = 'bridge' | 'bond' | 'vlan';
export type NetworkParams = Readonly<Record<string, ParamValue | undefined>>;

export class NodeNetworkApi {
  constructor(private readonly ctx: EndpointContext) {}

  /** The node's interfaces as the pending file (or, without one, the live file) describes them. */
  list(node: string, type?: NetworkInterfaceType): Promise<NetworkInterface[]> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/network`, { type }, z.array(networkInterface));
  }

  get(node: string, iface: string): Promise<NetworkInterface> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/network/${iface}`, {}, networkInterface);
  }

  /** The interface, undefined when the node's configuration has none of that name. */
  find(node: string, iface: string): Promise<NetworkInterface | undefined> {
    return unlessNotFound(() => this.get(node, iface));
  }

  async create(node: string, iface: string, type: NetworkInterfaceType, params: NetworkParams): Promise<void> {
    await this.ctx.http.call('POST', apiPath`/nodes/${node}/network`, { ...params, iface, type }, nullData);
  }

  async update(node: string, iface: string, type: NetworkInterfaceType, params: NetworkParams, remove: readonly string[] = []): Promise<void> {
    await this.ctx.http.call('PUT', apiPath`/nodes/${node}/network/${iface}`, { ...params, type, delete: deleteList(remove) }, nullData);
  }

  async delete(node: string, iface: string): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/nodes/${node}/network/${iface}`, {}, nullData);
  }

  /** Makes the pending configuration live (`ifreload -a`); throws ProxmoxTaskError when the reload fails. */
  async reload(node: string): Promise<void> {
    await awaitTask(this.ctx, this.ctx.http.call('PUT', apiPath`/nodes/${node}/network`, {}, upidData));
  }

  /** Drops the pending configuration (`/etc/network/interfaces.new`). */
  async revert(node: string): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/nodes/${node}/network`, {}, nullData);
  }
}
