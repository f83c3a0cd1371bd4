// `/cluster/ha`: resources, rules (PVE 9 node- and resource-affinity) and the PVE 8 groups, and
// the current status (pve-ha-manager src/PVE/API2/HA/Resources.pm, Rules.pm, Groups.pm,
// Status.pm; src/PVE/HA/Config.pm `parse_sid`, `have_groups_been_migrated`,
// `delete_service_from_config`). Groups are "migrated" once groups.cfg holds none: then group
// calls fail and rule calls work; while groups exist, rules cannot be written.
import { applyOptions, sectionOut, sortedList, writtenOptions } from '../datacenter-sections.js';
import type { SimDatacenter, SimSection } from '../datacenter-state.js';
import { listParam, type RequestContext, type Routes } from '../engine.js';
import { die, PveError } from '../pve-error.js';
import { inSdnLock as underLock } from '../sdn-lock.js';
import { fileDigest } from '../sdn-sections.js';
import type { SimState } from '../state.js';

/** PVE 9 migrates groups to rules once groups.cfg holds none; a PVE 8 server has groups only. */
function migrated(state: SimState): boolean {
  return Number(state.pveVersion.split('.')[0]) >= 9 && state.datacenter.haGroups.size === 0;
}

/** `parse_sid`: `vm:100`, `ct:101`, or a bare VMID resolved through the guest list. */
function parseSid(ctx: RequestContext, raw: string): { sid: string; type: string; name: string } {
  const bare = /^(\d+)$/.exec(raw);
  if (bare) {
    const guest = ctx.engine.state.guests.get(Number(raw));
    if (!guest) throw die(`unable to detect SID from VMID - VM/CT ${raw} does not exist`);
    const type = guest.kind === 'qemu' ? 'vm' : 'ct';
    return { sid: `${type}:${raw}`, type, name: raw };
  }
  const typed = /^(\S+):(\S+)$/.exec(raw);
  if (!typed) throw die(`unable to parse service id '${raw}'`);
  return { sid: raw, type: typed[1] ?? '', name: typed[2] ?? '' };
}

function resourceJson(ctx: RequestContext, sid: string, section: SimSection): Record<string, unknown> {
  const { group: _group, ...rest } = section;
  const dc = ctx.engine.state.datacenter;
  return sectionOut(ctx, '/cluster/ha/resources', migrated(ctx.engine.state) ? rest : section, {
    sid,
    type: sid.split(':')[0],
    digest: fileDigest(dc.haResources),
  });
}

function getResource(ctx: RequestContext): Record<string, unknown> {
  const { sid } = parseSid(ctx, ctx.params.sid ?? '');
  const section = ctx.engine.state.datacenter.haResources.get(sid);
  if (!section) throw die(`no such resource '${sid}'`);
  return resourceJson(ctx, sid, section);
}

/** PVEVM/PVECT `exists`: the guest must be in the cluster's VM list, of the matching kind. */
function assertGuest(ctx: RequestContext, type: string, name: string): void {
  if (type !== 'vm' && type !== 'ct') throw die(`unknown resource type '${type}'`);
  if (!/^\d+$/.test(name)) throw die(`invalid VMID '${name}'`);
  const guest = ctx.engine.state.guests.get(Number(name));
  if (!guest || guest.kind !== (type === 'vm' ? 'qemu' : 'lxc')) throw die(`resource '${type}:${name}' does not exist in cluster`);
}

function assertGroup(state: SimState, group: string | undefined): void {
  const dc = state.datacenter;
  if (group === undefined) return;
  if (migrated(state)) throw die("invalid parameter 'group': ha groups have been migrated to rules");
  if (!dc.haGroups.has(group)) throw die(`HA group '${group}' does not exist`);
}

function createResource(ctx: RequestContext): null {
  const { sid, type, name } = parseSid(ctx, ctx.params.sid ?? '');
  if (ctx.params.type !== undefined && ctx.params.type !== type) throw die('types does not match');
  const dc = ctx.engine.state.datacenter;
  const values = writtenOptions(ctx, 'sid');
  assertGroup(ctx.engine.state, values.group);
  assertGuest(ctx, type, name);
  underLock('create resource failed', () => {
    if (dc.haResources.has(sid)) throw die(`resource ID '${sid}' already defined`);
    dc.haResources.set(sid, values);
  });
  return null;
}

/**
 * The update of an HA resource or group (Config.pm `update_resources_config`, Groups.pm update):
 * the given options are set first, then each `delete`d one is removed (`no such option`, a
 * required one `unable to delete required option`), so an option both set and deleted ends up
 * deleted. A refusal leaves the section as it was (the file is not written).
 */
function setThenDelete(
  section: SimSection,
  values: SimSection,
  params: Readonly<Record<string, string>>,
  options: { required: string[]; optional: string[] },
): void {
  for (const key of listParam(params.delete)) {
    if (!options.required.includes(key) && !options.optional.includes(key)) throw die(`no such option '${key}'`);
    if (options.required.includes(key)) throw die(`unable to delete required option '${key}'`);
  }
  Object.assign(section, values);
  for (const key of listParam(params.delete)) delete section[key];
}

/** The options of a vm/ct resource (pve-ha-manager src/PVE/HA/Resources/PVEVM.pm, PVECT.pm `options`) and of a group (Groups.pm). */
const RESOURCE_OPTIONS = { required: [], optional: ['state', 'group', 'comment', 'failback', 'max_restart', 'max_relocate'] };
const GROUP_OPTIONS = { required: ['nodes'], optional: ['restricted', 'nofailback', 'comment'] };

function updateResource(ctx: RequestContext): null {
  const { sid } = parseSid(ctx, ctx.params.sid ?? '');
  const dc = ctx.engine.state.datacenter;
  const values = writtenOptions(ctx, 'sid');
  assertGroup(ctx.engine.state, values.group);
  underLock('update resources config failed', () => {
    const section = dc.haResources.get(sid);
    if (!section) throw die(`no such resource '${sid}'`);
    setThenDelete(section, values, ctx.params, RESOURCE_OPTIONS);
  });
  return null;
}

/** With `purge` (the default) the resource also leaves every rule; a rule left empty is deleted. */
function deleteResource(ctx: RequestContext): null {
  const { sid } = parseSid(ctx, ctx.params.sid ?? '');
  const dc = ctx.engine.state.datacenter;
  if (!dc.haResources.has(sid)) throw die(`cannot delete service '${sid}', not HA managed!`);
  dc.haResources.delete(sid);
  if (ctx.params.purge === '0') return null;
  for (const [id, rule] of dc.haRules) {
    const left = sortedList(rule.resources).filter((r) => r !== sid);
    if (left.length === 0) dc.haRules.delete(id);
    else rule.resources = left.join(',');
  }
  return null;
}

/** The options each rule type takes (Rules/NodeAffinity.pm, Rules/ResourceAffinity.pm `options`). */
const RULE_OPTIONS: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  'node-affinity': { required: ['resources', 'nodes'], optional: ['strict', 'disable', 'comment'] },
  'resource-affinity': { required: ['resources', 'affinity'], optional: ['disable', 'comment'] },
};

function ruleOptions(type: string): { required: readonly string[]; optional: readonly string[] } {
  const options = RULE_OPTIONS[type];
  if (!options) throw die(`unknown section type '${type}'`);
  return options;
}

/** `check_config` plus `$assert_valid_resources_param` / `$assert_valid_nodes_param`. */
function checkRule(ctx: RequestContext, id: string, type: string, rule: SimSection): void {
  const { required, optional } = ruleOptions(type);
  for (const key of Object.keys(rule)) if (!required.includes(key) && !optional.includes(key)) throw die(`unexpected property '${key}'`);
  for (const key of required) if (rule[key] === undefined) throw die(`missing value for required option '${key}'`);
  const dc = ctx.engine.state.datacenter;
  const resources = sortedList(rule.resources);
  if (resources.length === 0) throw die('no resources were specified');
  const unmanaged = resources.filter((sid) => !dc.haResources.has(sid));
  if (unmanaged.length > 0) throw die(`cannot use unmanaged resource(s) ${unmanaged.join(', ')}.`);
  // `$assert_feasibility`: check_resource_affinity_resources_count (Rules/ResourceAffinity.pm).
  if (type === 'resource-affinity' && resources.length < 2)
    throw new PveError(400, `Rule '${id}' is invalid.`, { resources: 'rule is ineffective as there are less than two resources' });
  if (rule.nodes !== undefined) {
    const nodes = sortedList(rule.nodes).map((entry) => entry.split(':')[0] ?? '');
    if (nodes.length === 0) throw die('no nodes were specified');
    const missing = nodes.filter((node) => !ctx.engine.state.nodes.includes(node));
    if (missing.length > 0) throw die(`cannot use non-existent node(s) ${missing.join(', ')}.`);
  }
}

function ruleJson(ctx: RequestContext, id: string, rule: SimSection, order: number): Record<string, unknown> {
  const defaults: SimSection = rule.type === 'node-affinity' ? { strict: '0' } : {};
  const normalised: SimSection = {
    ...defaults,
    ...rule,
    resources: sortedList(rule.resources).join(','),
    ...(rule.nodes ? { nodes: sortedList(rule.nodes).join(',') } : {}),
  };
  return sectionOut(ctx, '/cluster/ha/rules', normalised, { rule: id, order, digest: fileDigest(ctx.engine.state.datacenter.haRules) });
}

function listRules(ctx: RequestContext): Array<Record<string, unknown>> {
  return [...ctx.engine.state.datacenter.haRules]
    .filter(([, rule]) => ctx.params.type === undefined || rule.type === ctx.params.type)
    .filter(([, rule]) => ctx.params.resource === undefined || sortedList(rule.resources).includes(ctx.params.resource))
    .map(([id, rule], index) => ruleJson(ctx, id, rule, index + 1));
}

function getRule(ctx: RequestContext): Record<string, unknown> {
  const id = ctx.params.rule ?? '';
  const rules = [...ctx.engine.state.datacenter.haRules.keys()];
  const rule = ctx.engine.state.datacenter.haRules.get(id);
  if (!rule) throw die(`no such ha rule '${id}'`);
  return ruleJson(ctx, id, rule, rules.indexOf(id) + 1);
}

/** The written options; create and update both drop a false `disable` (a rule is disabled while the key exists: Rules.pm). */
function ruleParams(ctx: RequestContext): SimSection {
  const values = writtenOptions(ctx, 'rule');
  if (values.disable === '0' || values.disable === '') delete values.disable;
  return values;
}

/**
 * The rule as rules.cfg holds it: each node's priority parsed as a number (`parse_node_priority`,
 * `int`) and written only when not 0 (NodeAffinity.pm `encode_plugin_value`): "pve:0" is "pve",
 * "pve:05" is "pve:5".
 */
function encodedRule(rule: SimSection): SimSection {
  if (rule.nodes === undefined) return rule;
  const nodes = sortedList(rule.nodes).map((entry) => {
    const [node = '', priority = '0'] = entry.split(':');
    const value = Number.parseInt(priority, 10);
    return value ? `${node}:${value}` : node;
  });
  return { ...rule, nodes: nodes.join(',') };
}

function createRule(ctx: RequestContext): null {
  const dc = ctx.engine.state.datacenter;
  if (!migrated(ctx.engine.state)) throw die('cannot create ha rule: ha groups have not been migrated yet');
  const id = ctx.params.rule ?? '';
  const type = ctx.params.type ?? '';
  const values = ruleParams(ctx);
  underLock('create ha rule failed', () => {
    if (dc.haRules.has(id)) throw die(`HA rule '${id}' already defined`);
    checkRule(ctx, id, type, values);
    dc.haRules.set(id, encodedRule({ type, ...values }));
  });
  return null;
}

function updateRule(ctx: RequestContext): null {
  const dc = ctx.engine.state.datacenter;
  if (!migrated(ctx.engine.state)) throw die('cannot update ha rule: ha groups have not been migrated yet');
  const id = ctx.params.rule ?? '';
  underLock('update HA rules failed', () => {
    const rule = dc.haRules.get(id);
    if (!rule) throw die(`HA rule '${id}' does not exist`);
    const type = rule.type ?? '';
    if (ctx.params.type !== undefined && ctx.params.type !== type) throw die('types does not match');
    const { type: _type, ...next } = rule;
    const options = ruleOptions(type);
    // delete_from_config looks each key up in the type's options first.
    for (const key of listParam(ctx.params.delete))
      if (!options.required.includes(key) && !options.optional.includes(key)) throw die(`no such option '${key}'`);
    applyOptions(next, ruleParams(ctx), ctx.params, options.required);
    checkRule(ctx, id, type, next);
    dc.haRules.set(id, encodedRule({ type, ...next }));
  });
  return null;
}

function deleteRule(ctx: RequestContext): null {
  const id = ctx.params.rule ?? '';
  const dc = ctx.engine.state.datacenter;
  underLock('delete ha rule failed', () => {
    if (!dc.haRules.has(id)) throw die(`no such ha rule '${id}'`);
    dc.haRules.delete(id);
  });
  return null;
}

/** Every group call of PVE 9 refuses once the groups were migrated to rules. */
function groupsUsable(ctx: RequestContext, action: string): SimDatacenter {
  const dc = ctx.engine.state.datacenter;
  if (migrated(ctx.engine.state)) throw die(`cannot ${action}: ha groups have been migrated to rules`);
  return dc;
}

function getGroup(ctx: RequestContext): Record<string, unknown> {
  const dc = groupsUsable(ctx, 'read group');
  const id = ctx.params.group ?? '';
  const group = dc.haGroups.get(id);
  if (!group) throw die(`no such ha group '${id}'`);
  return sectionOut(ctx, '/cluster/ha/groups', group, { group: id, type: 'group', digest: fileDigest(dc.haGroups) });
}

function createGroup(ctx: RequestContext): null {
  const dc = groupsUsable(ctx, 'create group');
  const id = ctx.params.group ?? '';
  underLock('create ha group failed', () => {
    if (dc.haGroups.has(id)) throw die(`ha group ID '${id}' already defined`);
    dc.haGroups.set(id, writtenOptions(ctx, 'group'));
  });
  return null;
}

function updateGroup(ctx: RequestContext): null {
  const dc = groupsUsable(ctx, 'update group');
  const id = ctx.params.group ?? '';
  underLock('update ha group failed', () => {
    const group = dc.haGroups.get(id);
    if (!group) throw die(`no such ha group '${id}'`);
    setThenDelete(group, writtenOptions(ctx, 'group'), ctx.params, GROUP_OPTIONS);
  });
  return null;
}

function deleteGroup(ctx: RequestContext): null {
  const dc = groupsUsable(ctx, 'delete group');
  const id = ctx.params.group ?? '';
  underLock('delete ha group failed', () => {
    if (!dc.haGroups.has(id)) throw die(`no such ha group '${id}'`);
    for (const [sid, resource] of dc.haResources) if (resource.group === id) throw die(`ha group is used by service '${sid}'`);
    dc.haGroups.delete(id);
  });
  return null;
}

/**
 * The HA state of a resource as `/cluster/resources` shows it (`hastate`, pve-manager
 * PVE/API2/Cluster.pm): the CRM's service state, else the configured one; undefined when the
 * guest is not HA managed.
 */
export function haServiceState(state: SimState, sid: string): string | undefined {
  const resource = state.datacenter.haResources.get(sid);
  if (resource === undefined) return undefined;
  return state.datacenter.haServiceStates.get(sid) ?? resource.state ?? 'started';
}

/**
 * `status/current` (pve-ha-manager src/PVE/API2/HA/Status.pm, 5.1.3 as the 9.1.3 schema has it):
 * quorum, the master, the fencing (watchdog) state, each LRM of the nodes the manager status
 * knows and each resource's state. The simulator's CRM has a manager status only while
 * resources are configured (a real one keeps it once HA was used).
 */
function currentStatus(ctx: RequestContext): Array<Record<string, unknown>> {
  const { state } = ctx.engine;
  const master = state.nodes[0] ?? 'pve';
  const managed = state.datacenter.haResources.size > 0;
  const now = Math.floor(Date.now() / 1000);
  const when = new Date(now * 1000).toUTCString();
  const out: Array<Record<string, unknown>> = [{ id: 'quorum', type: 'quorum', node: master, status: 'OK', quorate: 1 }];
  if (managed) out.push({ id: `master`, type: 'master', node: master, status: `${master} (active, ${when})`, timestamp: now });
  const armed = managed ? 'armed' : 'standby';
  out.push({ id: 'fencing', type: 'fencing', node: master, status: `${armed} (CRM watchdog ${managed ? 'active' : 'standby'})`, 'armed-state': armed });
  if (managed) {
    for (const node of state.nodes) out.push({ id: `lrm:${node}`, type: 'lrm', node, status: `${node} (active, watchdog active, ${when})`, timestamp: now });
  }
  for (const [sid, resource] of state.datacenter.haResources) {
    const guest = state.guests.get(Number(sid.split(':')[1]));
    const wanted = resource.state ?? 'started';
    const crm = haServiceState(state, sid) ?? wanted;
    out.push({
      id: `service:${sid}`,
      type: 'service',
      sid,
      node: guest?.node ?? master,
      state: crm,
      request_state: wanted,
      crm_state: crm,
      status: `${sid} (${guest?.node ?? master}, ${crm})`,
    });
  }
  return out;
}

export const haRoutes: Routes = {
  'GET /cluster/ha': () => [{ id: 'status' }, { id: 'resources' }, { id: 'groups' }, { id: 'rules' }],
  'GET /cluster/ha/resources': (ctx) =>
    [...ctx.engine.state.datacenter.haResources]
      .filter(([sid]) => ctx.params.type === undefined || sid.startsWith(`${ctx.params.type}:`))
      .map(([sid, section]) => resourceJson(ctx, sid, section)),
  'POST /cluster/ha/resources': createResource,
  'GET /cluster/ha/resources/{sid}': getResource,
  'PUT /cluster/ha/resources/{sid}': updateResource,
  'DELETE /cluster/ha/resources/{sid}': deleteResource,
  'GET /cluster/ha/rules': listRules,
  'POST /cluster/ha/rules': createRule,
  'GET /cluster/ha/rules/{rule}': getRule,
  'PUT /cluster/ha/rules/{rule}': updateRule,
  'DELETE /cluster/ha/rules/{rule}': deleteRule,
  'GET /cluster/ha/groups': (ctx) => [...groupsUsable(ctx, 'index groups').haGroups].map(([group, section]) => ({ ...section, group, type: 'group' })),
  'POST /cluster/ha/groups': createGroup,
  'GET /cluster/ha/groups/{group}': getGroup,
  'PUT /cluster/ha/groups/{group}': updateGroup,
  'DELETE /cluster/ha/groups/{group}': deleteGroup,
  'GET /cluster/ha/status/current': currentStatus,
};
