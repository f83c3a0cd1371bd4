// A node's own settings: DNS resolvers (/etc/resolv.conf), /etc/hosts, time zone and the node
// config (/etc/pve/nodes/{node}/config: description, wake-on-LAN, start-all delay, ...).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { apiPath, type ParamValue } from '../http.js';
import { nullData } from '../schemas.js';
import { deleteList, type EndpointContext } from './context.js';

export const nodeDns = lazySchema(() =>
  z.object({ search: z.string().optional(), dns1: z.string().optional(), dns2: z.string().optional(), dns3: z.string().optional() }),
);
export const nodeHosts = lazySchema(() => z.object({ data: z.string(), digest: z.string().optional() }));
export const nodeTime = lazySchema(() => z.object({ timezone: z.string(), time: z.number().optional(), localtime: z.number().optional() }));
export const nodeConfig = lazySchema(() => z.record(z.string(), z.union([z.string(), z.number()])));

export type NodeDns = z.infer<typeof nodeDns>;
export type NodeHosts = z.infer<typeof nodeHosts>;
export type NodeTime = z.infer<typeof nodeTime>;
export type NodeConfig = z.infer<typeof nodeConfig>;

export class NodeSettingsApi {
  constructor(private readonly ctx: EndpointContext) {}

  dns(node: string): Promise<NodeDns> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/dns`, {}, nodeDns);
  }

  /** `search` is required by the server; resolvers left out are removed. */
  async setDns(node: string, dns: { search: string; dns1?: string; dns2?: string; dns3?: string }): Promise<void> {
    await this.ctx.http.call('PUT', apiPath`/nodes/${node}/dns`, dns, nullData);
  }

  hosts(node: string): Promise<NodeHosts> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/hosts`, {}, nodeHosts);
  }

  async setHosts(node: string, data: string, digest?: string): Promise<void> {
    await this.ctx.http.call('POST', apiPath`/nodes/${node}/hosts`, { data, digest }, nullData);
  }

  time(node: string): Promise<NodeTime> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/time`, {}, nodeTime);
  }

  async setTimezone(node: string, timezone: string): Promise<void> {
    await this.ctx.http.call('PUT', apiPath`/nodes/${node}/time`, { timezone }, nullData);
  }

  config(node: string): Promise<NodeConfig> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/config`, {}, nodeConfig);
  }

  async updateConfig(node: string, params: Readonly<Record<string, ParamValue | undefined>>, remove: readonly string[] = []): Promise<void> {
    await this.ctx.http.call('PUT', apiPath`/nodes/${node}/config`, { ...params, delete: deleteList(remove) }, nullData);
  }
}
