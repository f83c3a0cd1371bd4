// Software-defined networking (`/cluster/sdn/...`): zones, vnets, subnets, controllers, IPAMs,
// and the cluster-wide apply. Zone, vnet, subnet and controller changes are written to the
// pending configuration; `apply` (`PUT /cluster/sdn`) makes them the running one on every node.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { apiPath, type ParamValue } from '../http.js';
import { nullData, upidData } from '../schemas.js';
import { awaitTask, deleteList, unlessNotFound, type EndpointContext } from './context.js';

/** What `pending=1` adds to an object: the running values at the top, the changes in `pending`. */
export const sdnObject = lazySchema(() =>
  z
    .object({
      state: z.enum(['new', 'changed', 'deleted']).optional(),
      pending: z.record(z.string(), z.unknown()).optional(),
      digest: z.string().optional(),
      type: z.string().optional(),
    })
    .catchall(z.unknown()),
);

export type SdnObject = z.infer<typeof sdnObject>;
export type SdnParams = Readonly<Record<string, ParamValue | readonly string[] | undefined>>;
export type SdnKind = 'zones' | 'vnets' | 'controllers' | 'ipams';
export type TaskStatus = Awaited<ReturnType<typeof awaitTask>>;

/** Which configuration a read shows: the written one (default), pending changes beside the running values, or the running one. */
export type SdnView = 'config' | 'pending' | 'running';

function viewParams(view: SdnView): { pending?: boolean; running?: boolean } {
  return view === 'pending' ? { pending: true } : view === 'running' ? { running: true } : {};
}

/** Ipams are not versioned: they take no `pending`/`running` flags. */
function viewFor(kind: SdnKind, view: SdnView): { pending?: boolean; running?: boolean } {
  return kind === 'ipams' ? {} : viewParams(view);
}

export class SdnApi {
  constructor(private readonly ctx: EndpointContext) {}

  list(kind: SdnKind, view: SdnView = 'config'): Promise<SdnObject[]> {
    return this.ctx.http.call('GET', `/cluster/sdn/${kind}`, viewFor(kind, view), z.array(sdnObject));
  }

  get(kind: SdnKind, id: string, view: SdnView = 'config'): Promise<SdnObject> {
    return this.ctx.http.call('GET', `/cluster/sdn/${kind}/${encodeURIComponent(id)}`, viewFor(kind, view), sdnObject);
  }

  /** The object, undefined when the server does not hold it (in the view asked for). */
  find(kind: SdnKind, id: string, view: SdnView = 'config'): Promise<SdnObject | undefined> {
    return unlessNotFound(() => this.get(kind, id, view));
  }

  async create(kind: SdnKind, params: SdnParams): Promise<void> {
    await this.ctx.http.call('POST', `/cluster/sdn/${kind}`, params, nullData);
  }

  async update(kind: SdnKind, id: string, params: SdnParams, remove: readonly string[] = []): Promise<void> {
    await this.ctx.http.call('PUT', `/cluster/sdn/${kind}/${encodeURIComponent(id)}`, { ...params, delete: deleteList(remove) }, nullData);
  }

  async delete(kind: SdnKind, id: string): Promise<void> {
    await this.ctx.http.call('DELETE', `/cluster/sdn/${kind}/${encodeURIComponent(id)}`, {}, nullData);
  }

  subnets(vnet: string, view: SdnView = 'config'): Promise<SdnObject[]> {
    return this.ctx.http.call('GET', apiPath`/cluster/sdn/vnets/${vnet}/subnets`, viewParams(view), z.array(sdnObject));
  }

  /** A subnet by its CIDR or its id (`zone-10.0.0.0-24`), undefined when absent. */
  findSubnet(vnet: string, subnet: string, view: SdnView = 'config'): Promise<SdnObject | undefined> {
    return unlessNotFound(() => this.ctx.http.call('GET', apiPath`/cluster/sdn/vnets/${vnet}/subnets/${subnet}`, viewParams(view), sdnObject));
  }

  async createSubnet(vnet: string, subnet: string, params: SdnParams): Promise<void> {
    await this.ctx.http.call('POST', apiPath`/cluster/sdn/vnets/${vnet}/subnets`, { ...params, subnet, type: 'subnet' }, nullData);
  }

  async updateSubnet(vnet: string, subnet: string, params: SdnParams, remove: readonly string[] = []): Promise<void> {
    await this.ctx.http.call('PUT', apiPath`/cluster/sdn/vnets/${vnet}/subnets/${subnet}`, { ...params, delete: deleteList(remove) }, nullData);
  }

  async deleteSubnet(vnet: string, subnet: string): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/cluster/sdn/vnets/${vnet}/subnets/${subnet}`, {}, nullData);
  }

  /** `PUT /cluster/sdn`: commits the pending configuration and reloads the network of every node; waits for the task. */
  apply(): Promise<TaskStatus> {
    return awaitTask(this.ctx, this.ctx.http.call('PUT', '/cluster/sdn', {}, upidData));
  }
}
