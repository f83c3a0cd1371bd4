// Where a firewall object lives: the datacenter, a node, or a VM or container on a node. One set
// of attributes (`node`, `vm_id`, `container_id`) names it in every firewall resource, checked at
// plan time; import ids spell it `cluster`, `node/NODE`, `vm/NODE/VMID` or `ct/NODE/VMID`.
import type { FirewallScope, ObjectScope, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { attr } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import { UNKNOWN } from '../../../values/types.js';
import { clusterGuest } from './guest-location.js';

const replace = planModifiers.requiresReplace();
const guestId = [validators.integer(), validators.between(100, 999_999_999)];

/**
 * The scope attributes. For `node`: a guest's firewall is one cluster-wide file per VMID
 * (/etc/pve/firewall/<vmid>.fw, pve-firewall PVE/Firewall.pm `load_vmfw_conf`/`save_vmfw_conf`;
 * the guest endpoints do not proxy to the node, API2/Firewall/Rules.pm `proxyto`), so for a guest
 * a new node (a migration) changes nothing on the server: an update, not a replacement (see
 * planScopeChange). A node's own firewall (host.fw) or a change of kind is a new object.
 */
export function scopeAttributes(what: string, resource = false) {
  const migration = resource ? ' For a guest, a new node (after a migration) is an in-place change.' : '';
  return {
    node: attr.string({ optional: true, description: `Node of the guest (or, for node ${what}, the node itself).${migration}` }),
    vm_id: attr.number({ optional: true, description: `VM whose ${what} these are (with node).`, validators: guestId, planModifiers: [replace] }),
    container_id: attr.number({ optional: true, description: `Container whose ${what} these are (with node).`, validators: guestId, planModifiers: [replace] }),
  };
}

export const scopeRules = [rules.conflictsWith('vm_id', 'container_id'), rules.requiredWith('vm_id', 'node'), rules.requiredWith('container_id', 'node')];

export interface ScopeModel {
  readonly node: string | null;
  readonly vm_id: number | null;
  readonly container_id: number | null;
}

export function scopeOf(model: ScopeModel): FirewallScope {
  if (model.node === null) return { kind: 'cluster' };
  if (model.vm_id !== null) return { kind: 'guest', node: model.node, vmid: model.vm_id, guest: 'qemu' };
  if (model.container_id !== null) return { kind: 'guest', node: model.node, vmid: model.container_id, guest: 'lxc' };
  return { kind: 'node', node: model.node };
}

/** Aliases and IP sets exist in the datacenter and in guests, not on nodes. */
export function objectScopeOf(model: ScopeModel): ObjectScope {
  const scope = scopeOf(model);
  if (scope.kind === 'node')
    throw new AttributeError('node', 'No aliases or IP sets on a node', 'Give vm_id or container_id with node, or neither for the datacenter.');
  return scope;
}

/** `cluster`, `node/pve`, `vm/pve/100`, `ct/pve/200`. */
export function scopeId(scope: FirewallScope): string {
  switch (scope.kind) {
    case 'cluster':
      return 'cluster';
    case 'node':
      return `node/${scope.node}`;
    case 'guest':
      return `${scope.guest === 'qemu' ? 'vm' : 'ct'}/${scope.node}/${scope.vmid}`;
  }
}

const SCOPE_ID = /^(?:(cluster)|node\/([^/]+)|(vm|ct)\/([^/]+)\/(\d+))$/;

/** The scope attributes of an import id's scope part; undefined when it is no scope. */
export function parseScopeId(text: string): ScopeModel | undefined {
  const match = SCOPE_ID.exec(text);
  if (!match) return undefined;
  if (match[1]) return { node: null, vm_id: null, container_id: null };
  if (match[2]) return { node: match[2], vm_id: null, container_id: null };
  const vmid = Number(match[5]);
  return { node: match[4] ?? null, vm_id: match[3] === 'vm' ? vmid : null, container_id: match[3] === 'ct' ? vmid : null };
}

/** `SCOPE` or `SCOPE/NAME` import ids, with the examples the error shows. */
export function parseScopedImportId(id: string, withName: boolean): { scope: ScopeModel; name: string } {
  const slash = id.lastIndexOf('/');
  const scopeText = withName ? id.slice(0, Math.max(slash, 0)) : id;
  const name = withName ? id.slice(slash + 1) : '';
  const scope = parseScopeId(scopeText);
  if (!scope || (withName && (slash < 0 || name === ''))) {
    const forms = withName ? 'cluster/NAME, vm/NODE/VMID/NAME or ct/NODE/VMID/NAME' : 'cluster, node/NODE, vm/NODE/VMID or ct/NODE/VMID';
    throw new AttributeError('id', 'Invalid import id', `Expected ${forms}, got "${id}".`);
  }
  return { scope, name };
}

/**
 * Plan-time: a changed node replaces the object unless it stays a guest's (the guest's firewall
 * file is cluster-wide, so the same rules are reached under the new node); the id, which names
 * the node, is then recomputed by the update.
 */
export function planScopeChange(ctx: PlanContext<unknown, 'id' | 'node' | 'vm_id' | 'container_id'>): void {
  if (ctx.creating) return;
  // Known only after apply (node = a guest's computed node): treated as a change.
  const unknown = !ctx.planned.isKnown('node');
  const planned = ctx.planned.string('node');
  const prior = ctx.prior.string('node');
  if (!unknown && planned === prior) return;
  const guest = (view: typeof ctx.planned): boolean => !view.isNull('vm_id') || !view.isNull('container_id');
  if ((unknown || planned !== undefined) && prior !== undefined && guest(ctx.planned) && guest(ctx.prior)) ctx.setPlanned('id', UNKNOWN);
  else ctx.requireReplace('node');
}

/**
 * Whether a guest scope's guest still exists, anywhere in the cluster: pve-firewall answers for
 * any VMID (a missing <vmid>.fw reads as empty), and the guest may have migrated away from the
 * configured node (its firewall file moves with it), so look it up in /cluster/resources.
 */
export async function scopeExists(client: ProxmoxClient, scope: FirewallScope): Promise<boolean> {
  if (scope.kind !== 'guest') return true;
  return (await clusterGuest(client, scope.vmid, scope.guest)) !== undefined;
}

/** Plan-time: aliases and IP sets need vm_id or container_id when node is given. */
export function validateObjectScope(ctx: ValidateContext<'node' | 'vm_id' | 'container_id'>): void {
  const known = ctx.config.isKnown('node') && ctx.config.isKnown('vm_id') && ctx.config.isKnown('container_id');
  if (known && !ctx.config.isNull('node') && ctx.config.isNull('vm_id') && ctx.config.isNull('container_id')) {
    ctx.error(
      'node',
      'No aliases or IP sets on a node',
      'Nodes have no aliases or IP sets of their own: give vm_id or container_id with node, or leave node out for the datacenter.',
    );
  }
}
