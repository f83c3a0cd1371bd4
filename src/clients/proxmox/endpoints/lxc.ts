// LXC containers: the shared guest operations (LXC has no asynchronous config update) and the
// addresses of a running container's interfaces.
import { z } from 'zod';
import type { EndpointContext } from './context.js';
import { GuestApi, type GuestConfigParams } from './guests.js';

export interface LxcConfigParams extends GuestConfigParams {
  hostname?: string;
  swap?: number;
  rootfs?: string;
  nameserver?: string;
  searchdomain?: string;
  unprivileged?: boolean;
  features?: string;
}

export interface LxcCreateParams extends LxcConfigParams {
  ostemplate: string;
  password?: string;
  'ssh-public-keys'?: string;
  pool?: string;
  storage?: string;
  start?: boolean;
}

/** `GET .../lxc/{vmid}/interfaces`: the running container's interfaces (pve-container API2/LXC.pm `ip`). */
const containerInterface = z.looseObject({
  name: z.string(),
  hwaddr: z.string().optional(),
  inet: z.string().optional(),
  inet6: z.string().optional(),
  'ip-addresses': z.array(z.looseObject({ 'ip-address': z.string(), 'ip-address-type': z.string(), prefix: z.number().optional() })).optional(),
});
export type ContainerInterface = z.infer<typeof containerInterface>;

export class LxcApi extends GuestApi<LxcCreateParams> {
  constructor(ctx: EndpointContext) {
    super(ctx, 'lxc');
  }

  /** The running container's interfaces with their addresses; none when it does not run. */
  async interfaces(node: string, vmid: number): Promise<ContainerInterface[]> {
    // `PVE::LXC::get_interfaces` returns nothing (null) for a container that does not run.
    return (await this.ctx.http.call('GET', this.path(node, vmid, 'interfaces'), {}, z.array(containerInterface).nullable())) ?? [];
  }
}
