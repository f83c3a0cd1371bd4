// Version, nodes, cluster resources and the next free VMID.
import { z } from 'zod';
import { apiPath } from '../http.js';
import { clusterResource, nextIdData, nodeEntry, nodeStatus, versionInfo } from '../schemas.js';
import type { EndpointContext } from './context.js';

export type VersionInfo = z.infer<typeof versionInfo>;
export type NodeEntry = z.infer<typeof nodeEntry>;
export type NodeStatus = z.infer<typeof nodeStatus>;
export type ClusterResource = z.infer<typeof clusterResource>;
export type ClusterResourceType = 'vm' | 'storage' | 'node' | 'sdn';

export class ClusterApi {
  constructor(private readonly ctx: EndpointContext) {}

  version(): Promise<VersionInfo> {
    return this.ctx.http.call('GET', '/version', {}, versionInfo);
  }

  nodes(): Promise<NodeEntry[]> {
    return this.ctx.http.call('GET', '/nodes', {}, z.array(nodeEntry));
  }

  /** A node's pve-manager version (any user may ask; proxied to the node, so it must be up). */
  nodeVersion(node: string): Promise<VersionInfo> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/version`, {}, versionInfo);
  }

  nodeStatus(node: string): Promise<NodeStatus> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/status`, {}, nodeStatus);
  }

  resources(type?: ClusterResourceType): Promise<ClusterResource[]> {
    return this.ctx.http.call('GET', '/cluster/resources', { type }, z.array(clusterResource));
  }

  /** The first free VMID (a hint: another client may take it first), or checks `vmid` is free. */
  nextId(vmid?: number): Promise<number> {
    return this.ctx.http.call('GET', '/cluster/nextid', { vmid }, nextIdData);
  }
}
