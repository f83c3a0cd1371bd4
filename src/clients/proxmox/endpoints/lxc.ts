// LXC containers: the shared guest operations (LXC has no asynchronous config update).
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

export class LxcApi extends GuestApi<LxcCreateParams> {
  constructor(ctx: EndpointContext) {
    super(ctx, 'lxc');
  }
}
