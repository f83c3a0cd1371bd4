// LXC containers: the shared guest operations (LXC has no asynchronous config update) and the
// addresses of a running container's interfaces.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { optionalStrings } from '../optional-fields.js';
import { awaitTask, type EndpointContext } from './context.js';
import type { TaskOptions, TaskStatus } from '../tasks.js';
import { GuestApi, type GuestConfig, type GuestConfigParams } from './guests.js';
import { guestConfigResponse, upidData } from '../schemas.js';

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
const containerInterface = lazySchema(() =>
  z.looseObject({
    name: z.string(),
    ...optionalStrings('hwaddr', 'inet', 'inet6'),
    'ip-addresses': z.array(z.looseObject({ 'ip-address': z.string(), 'ip-address-type': z.string(), prefix: z.number().optional() })).optional(),
  }),
);
export type ContainerInterface = z.infer<typeof containerInterface>;

export class LxcApi extends GuestApi<LxcCreateParams> {
  constructor(ctx: EndpointContext) {
    super(ctx, 'lxc');
  }

  /**
   * The config (pending changes applied) and its raw `lxc.*` entries in file order, which the
   * API returns but never takes (they are written in /etc/pve/lxc/VMID.conf).
   */
  configWithRaw(node: string, vmid: number): Promise<{ config: GuestConfig; raw: Array<[string, string]> }> {
    return this.ctx.http.call('GET', this.path(node, vmid, 'config'), {}, guestConfigResponse);
  }

  /**
   * Moves a stopped container's root disk or mount point volume to another storage
   * (`POST .../move_volume`, pve-container API2/LXC.pm `move_volume`); with `delete` the source
   * is freed, else it stays as `unusedN`.
   */
  moveVolume(node: string, vmid: number, move: { volume: string; storage: string; delete?: boolean }, task?: TaskOptions): Promise<TaskStatus | undefined> {
    return this.changing(node, vmid, task, () =>
      awaitTask(this.ctx, this.ctx.http.call('POST', this.path(node, vmid, 'move_volume'), { ...move }, upidData), task),
    );
  }

  /** The running container's interfaces with their addresses; none when it does not run. */
  async interfaces(node: string, vmid: number): Promise<ContainerInterface[]> {
    // `PVE::LXC::get_interfaces` returns nothing (null) for a container that does not run.
    return (await this.ctx.http.call('GET', this.path(node, vmid, 'interfaces'), {}, z.array(containerInterface).nullable())) ?? [];
  }
}
