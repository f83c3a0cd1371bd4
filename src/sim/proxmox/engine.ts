// What request handlers work with: the state, tasks, locks, and the caller.
import type { ConfigLocks } from './config-locks.js';
import type { NasLink } from './nas-link.js';
import type { Principal } from './permissions.js';
import { die, type PveError } from './pve-error.js';
import type { PveApiSchema } from './schema/api-schema.js';
import type { GuestKind, SimGuest, SimState } from './state.js';
import type { TaskRegistry } from './task-registry.js';
import type { TicketStore } from './tickets.js';
import type { UploadSpool } from './uploads.js';

export interface SimEngine {
  state: SimState;
  tasks: TaskRegistry;
  locks: ConfigLocks;
  schema: PveApiSchema;
  tickets: TicketStore;
  /** Checks a user's password (`/access/ticket`). */
  passwordMatches(userid: string, password: string): boolean;
  /** The datacenter MAC prefix for generated MACs. */
  macPrefix: string;
  /** The TrueNAS box on the node's network (`--truenas`), when there is one. */
  nas?: NasLink;
  /** Files uploaded through pveproxy, waiting for the upload handler. */
  uploads: UploadSpool;
}

export interface RequestContext {
  engine: SimEngine;
  who: Principal;
  /** Validated parameters: query, body and path values merged, all text. */
  params: Readonly<Record<string, string>>;
}

export type Handler = (ctx: RequestContext) => unknown;

/** Handlers by `METHOD /path/{template}`. */
export type Routes = Record<string, Handler>;

/**
 * What a call for a node the cluster does not know answers: the proxy looks its address up
 * (pve-manager PVE/HTTPServer.pm `remote_node_ip` → pve-cluster `remote_node_ip`, not in the
 * nodelist → pve-common PVE/Network.pm `get_ip_from_hostname`, Tools.pm `getaddrinfo_all`), and
 * the name does not resolve: a plain die, 500.
 */
export function unknownNode(node: string): PveError {
  return die(`hostname lookup '${node}' failed - failed to get address info for: ${node}: Name or service not known`);
}

/** The node named in the path, which must exist. */
export function requireNode(ctx: RequestContext): string {
  const node = ctx.params.node ?? '';
  if (!ctx.engine.state.nodes.includes(node)) throw unknownNode(node);
  return node;
}

/** The guest of `kind` with the path's vmid; the real "does not exist" error otherwise. */
export function requireGuest(ctx: RequestContext, kind: GuestKind): SimGuest {
  const node = requireNode(ctx);
  const vmid = Number(ctx.params.vmid);
  const guest = ctx.engine.state.guests.get(vmid);
  if (!guest || guest.kind !== kind || guest.node !== node) {
    const dir = kind === 'qemu' ? 'qemu-server' : 'lxc';
    throw die(`Configuration file 'nodes/${node}/${dir}/${vmid}.conf' does not exist`);
  }
  return guest;
}

/** A boolean parameter's value (the schema already checked it is 0/1). */
export function flagParam(params: Readonly<Record<string, string>>, name: string): boolean | undefined {
  const value = params[name];
  return value === undefined ? undefined : value === '1';
}

/** A comma/semicolon/space separated list parameter. */
export function listParam(value: string | undefined): string[] {
  return (value ?? '').split(/[,;\s]+/).filter((item) => item !== '');
}
