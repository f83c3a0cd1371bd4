// `/cluster/backup` (jobs.cfg vzdump jobs; pve-manager PVE/API2/Backup.pm, PVE/VZDump.pm
// `verify_vzdump_parameters`) and `/cluster/replication` (replication.cfg; pve-manager
// PVE/API2/ReplicationConfig.pm, pve-guest-common src/PVE/ReplicationConfig.pm).
import { randomUUID } from 'node:crypto';
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { applyOptions, sectionOut, sortedList, writtenOptions } from '../datacenter-sections.js';
import type { SimSection } from '../datacenter-state.js';
import type { RequestContext, Routes } from '../engine.js';
import { hasPrivileges, isRootPam, requirePrivileges } from '../permissions.js';
import { die, paramError } from '../pve-error.js';
import { inSdnLock as underLock } from '../sdn-lock.js';
import { fileDigest } from '../sdn-sections.js';
import type { SimState } from '../state.js';

/** A property string's values; a bare value belongs to `defaultKey`. */
function propsOf(text: string, defaultKey?: string): Record<string, string> {
  const { bare, props } = parsePropertyString(text);
  return bare !== undefined && defaultKey !== undefined ? { [defaultKey]: bare, ...props } : { ...props };
}

/** What PVE::JSONSchema takes as a boolean. */
const BOOLEAN = /^(1|true|yes|on|0|false|no|off)$/i;
const PRUNE_KEYS = new Set(['keep-all', 'keep-last', 'keep-hourly', 'keep-daily', 'keep-weekly', 'keep-monthly', 'keep-yearly']);

/** `assert_param_permission_common` / `_create` / `_update`: root-only options and storage privileges. */
function assertBackupPermissions(ctx: RequestContext, values: SimSection, current?: SimSection): void {
  const { state } = ctx.engine;
  if (isRootPam(ctx.who)) return;
  for (const key of ['tmpdir', 'dumpdir', 'script']) if (values[key] !== undefined) throw paramError({ [key]: 'Only root may set this option.' });
  if (['bwlimit', 'ionice', 'performance'].some((key) => values[key] !== undefined)) requirePrivileges(state, ctx.who, '/', ['Sys.Modify']);
  const fleecing = values.fleecing === undefined ? undefined : propsOf(values.fleecing, 'enabled');
  if (fleecing?.storage !== undefined && fleecing.enabled !== '0')
    requirePrivileges(state, ctx.who, `/storage/${fleecing.storage}`, ['Datastore.AllocateSpace']);
  if (values.storage !== undefined) requirePrivileges(state, ctx.who, `/storage/${values.storage}`, ['Datastore.Allocate']);
  if (current?.dumpdir !== undefined) throw die("only root@pam may edit jobs with a 'dumpdir' option.");
  if (current?.storage !== undefined) requirePrivileges(state, ctx.who, `/storage/${current.storage}`, ['Datastore.Allocate']);
}

/** `$schedule_param_check`: the deprecated starttime/dow become a schedule. */
function normaliseSchedule(values: SimSection, required: boolean): void {
  if (values.schedule !== undefined) {
    if (values.starttime !== undefined) throw paramError({ starttime: "'starttime' and 'schedule' cannot both be set" });
  } else if (values.starttime === undefined) {
    if (required) throw paramError({ schedule: "neither 'starttime' nor 'schedule' were set" });
  } else {
    const dow = sortedList(values.dow).join(',');
    values.schedule = dow === '' || dow === 'fri,mon,sat,sun,thu,tue,wed' ? values.starttime : `${dow} ${values.starttime}`;
  }
  delete values.starttime;
  delete values.dow;
}

/** `$verify_notes_template` (VZDump.pm). */
function notesTemplateProblem(template: string): string | undefined {
  if (template.includes('\n')) return 'contains a line feed';
  const problems: string[] = [];
  for (const match of template.matchAll(/\\(.)/g)) if (!/^[n\\]$/.test(match[1] ?? '')) problems.push(`escape sequence '\\${match[1]}' at char ${match.index}`);
  for (const match of template.matchAll(/\{\{([^\s{}]+)\}\}/g)) {
    const name = match[1] ?? '';
    if (!/^(cluster|guestname|node|vmid)$/.test(name)) problems.push(`variable '${name}' at char ${(match.index ?? 0) + 2}`);
  }
  return problems.length > 0 ? `found unknown: ${problems.join(', ')}` : undefined;
}

/** `verify_vzdump_parameters`: one selection, valid retention and notes template; `all` implied by exclude. */
function verifyVzdump(values: SimSection, checkMissing: boolean): void {
  const set = (key: string): boolean => values[key] !== undefined && values[key] !== '' && values[key] !== '0';
  if (set('all') && set('vmid')) throw paramError({ all: "option conflicts with option 'vmid'" });
  if (set('exclude') && set('vmid')) throw paramError({ exclude: "option conflicts with option 'vmid'" });
  if (set('pool') && set('vmid')) throw paramError({ pool: "option conflicts with option 'vmid'" });
  if (values['prune-backups'] !== undefined) {
    const props = propsOf(values['prune-backups']);
    for (const [key, value] of Object.entries(props)) {
      if (!PRUNE_KEYS.has(key)) throw paramError({ 'prune-backups': `invalid format - property '${key}' is not defined in schema` });
      // `prune-backups` format (pve-common JSONSchema.pm): keep-all is a boolean, the others integers.
      if (key === 'keep-all' ? !BOOLEAN.test(value) : !/^\d+$/.test(value))
        throw paramError({ 'prune-backups': `invalid format - ${key}: type check ('${key === 'keep-all' ? 'boolean' : 'integer'}') failed - got '${value}'` });
    }
  }
  const template = values['notes-template'];
  const problem = template === undefined ? undefined : notesTemplateProblem(template);
  if (problem !== undefined) throw paramError({ 'notes-template': problem });
  if (values.exclude !== undefined && !set('pool')) values.all = '1';
  if (checkMissing && !(set('all') || set('stop') || set('pool')) && !set('vmid')) throw paramError({ vmid: 'property is missing' });
}

/** `check_pool_exist` and VM.Backup on the pool. */
function checkPool(ctx: RequestContext, pool: string | undefined): void {
  if (pool === undefined) return;
  if (!ctx.engine.state.pools.has(pool)) throw die(`pool '${pool}' does not exist`);
  requirePrivileges(ctx.engine.state, ctx.who, `/pool/${pool}`, ['VM.Backup']);
}

/** Retention, fleecing and performance are property strings in the file and objects in answers. */
function backupJson(ctx: RequestContext, id: string, job: SimSection): Record<string, unknown> {
  const objects: Record<string, unknown> = {};
  for (const key of ['prune-backups', 'fleecing', 'performance']) {
    const text = job[key];
    if (text === undefined) continue;
    const props = propsOf(text, key === 'fleecing' ? 'enabled' : undefined);
    objects[key] = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]));
  }
  return sectionOut(ctx, '/cluster/backup', job, { ...objects, id, type: 'vzdump' });
}

function backupJob(ctx: RequestContext, id: string): SimSection {
  const job = ctx.engine.state.datacenter.backupJobs.get(id);
  if (!job) throw paramError({ id: `No such job '${id}'` });
  return job;
}

function createBackupJob(ctx: RequestContext): null {
  const values = writtenOptions(ctx, 'id');
  assertBackupPermissions(ctx, values);
  checkPool(ctx, values.pool);
  normaliseSchedule(values, true);
  values.enabled ??= '1';
  const id = ctx.params.id ?? randomUUID();
  const jobs = ctx.engine.state.datacenter.backupJobs;
  underLock("cfs-lock 'file-jobs_cfg' error", () => {
    if (jobs.has(id)) throw die(`Job '${id}' already exists`);
    verifyVzdump(values, true);
    jobs.set(id, values);
  });
  return null;
}

function updateBackupJob(ctx: RequestContext): null {
  const id = ctx.params.id ?? '';
  const values = writtenOptions(ctx, 'id');
  const remove = sortedList(ctx.params.delete);
  assertBackupPermissions(ctx, values);
  checkPool(ctx, values.pool);
  normaliseSchedule(values, false);
  if (Object.keys(values).length === 0 && remove.length === 0) throw die('no options specified');
  verifyVzdump(values, false);
  const current = ctx.engine.state.datacenter.backupJobs.get(id);
  if (!current) throw die('no such vzdump job');
  assertBackupPermissions(ctx, values, current);
  const job = { ...current };
  applyOptions(job, values, ctx.params, []);
  if (job.exclude !== undefined && job.pool === undefined) job.all = '1';
  if (values.vmid !== undefined) {
    delete job.all;
    delete job.exclude;
    delete job.pool;
  } else if (values.all === '1') {
    delete job.vmid;
    delete job.pool;
  } else if (job.pool !== undefined) {
    delete job.vmid;
    delete job.all;
    delete job.exclude;
  }
  verifyVzdump(job, true);
  ctx.engine.state.datacenter.backupJobs.set(id, job);
  return null;
}

function deleteBackupJob(ctx: RequestContext): null {
  const id = ctx.params.id ?? '';
  backupJob(ctx, id);
  ctx.engine.state.datacenter.backupJobs.delete(id);
  return null;
}

/** Volumes replication can copy: on a storage with the `replicate` feature (only zfspool). */
function replicatableVolumes(state: SimState, vmid: number): string[] {
  const guest = state.guests.get(vmid);
  if (!guest) return [];
  return Object.entries(guest.config)
    .filter(([key, value]) => /^(scsi|sata|ide|virtio|efidisk|tpmstate|rootfs|mp)\d*$/.test(key) && !value.includes('media=cdrom'))
    .map(([, value]) => value.split(',')[0] ?? '')
    .filter((volume) => state.storages.get(volume.split(':')[0] ?? '')?.type === 'zfspool');
}

function replicationJob(ctx: RequestContext, id: string): SimSection {
  const job = ctx.engine.state.datacenter.replication.get(id);
  if (!job) throw die(`no such replication job '${id}'`);
  return job;
}

function guestOfJob(id: string): number {
  return Number(id.split('-')[0]);
}

function replicationJson(ctx: RequestContext, id: string, job: SimSection): Record<string, unknown> {
  return sectionOut(ctx, '/cluster/replication', job, {
    id,
    guest: Number(job.guest),
    jobnum: Number(id.split('-')[1]),
    digest: fileDigest(ctx.engine.state.datacenter.replication),
  });
}

function listReplication(ctx: RequestContext): Array<Record<string, unknown>> {
  const { state } = ctx.engine;
  return [...state.datacenter.replication]
    .filter(([id]) => hasPrivileges(state, ctx.who, `/vms/${guestOfJob(id)}`, ['VM.Audit']))
    .map(([id, job]) => replicationJson(ctx, id, job));
}

function getReplication(ctx: RequestContext): Record<string, unknown> {
  const id = ctx.params.id ?? '';
  const job = replicationJob(ctx, id);
  requirePrivileges(ctx.engine.state, ctx.who, `/vms/${guestOfJob(id)}`, ['VM.Audit']);
  return replicationJson(ctx, id, job);
}

function createReplication(ctx: RequestContext): null {
  const { state } = ctx.engine;
  // replication.cfg keeps the id as given, but parse_section_header reads it back from integers
  // ("100-01" becomes "100-1"), so the job is found only under that spelling afterwards.
  const id = ctx.params.id?.replace(/^(\d+)-(\d+)$/, (_, guest: string, job: string) => `${Number(guest)}-${Number(job)}`) ?? '';
  const vmid = guestOfJob(id);
  requirePrivileges(state, ctx.who, `/vms/${vmid}`, ['VM.Replicate']);
  const guest = state.guests.get(vmid);
  if (!guest) throw die(`Guest '${vmid}' does not exist.`);
  const values = writtenOptions(ctx, 'id');
  const target = values.target ?? '';
  if (!state.nodes.includes(target)) throw die(`Target '${target}' does not exist.`);
  if (values.source !== undefined && values.source !== guest.node)
    throw die(`Source '${values.source}' does not match current node of guest '${vmid}' (${guest.node})`);
  values.source ??= guest.node;
  if (target === guest.node) throw die('Source and target must not be identical');
  if (replicatableVolumes(state, vmid).length === 0) throw die('No replicatable volumes found');
  const jobs = state.datacenter.replication;
  if (jobs.has(id)) throw die(`replication job '${id}' already exists`);
  for (const [other, job] of jobs)
    if (job.guest === String(vmid) && job.target === target) throw die(`replication job for guest '${vmid}' to target '${target}' already exists (${other})`);
  jobs.set(id, { type: ctx.params.type ?? 'local', guest: String(vmid), ...values });
  return null;
}

function updateReplication(ctx: RequestContext): null {
  const id = ctx.params.id ?? '';
  requirePrivileges(ctx.engine.state, ctx.who, `/vms/${guestOfJob(id)}`, ['VM.Replicate']);
  const job = ctx.engine.state.datacenter.replication.get(id);
  if (!job) throw die(`no such job '${id}'`);
  applyOptions(job, writtenOptions(ctx, 'id'), ctx.params, ['target']);
  return null;
}

/** Removal is marked (`remove_job`) and finished by the next replication run on the source node. */
function deleteReplication(ctx: RequestContext): null {
  const id = ctx.params.id ?? '';
  requirePrivileges(ctx.engine.state, ctx.who, `/vms/${guestOfJob(id)}`, ['VM.Replicate']);
  const jobs = ctx.engine.state.datacenter.replication;
  if (ctx.params.force === '1') {
    if (ctx.params.keep === '1') throw paramError({ keep: "conflicts with parameter 'force'" });
    jobs.delete(id);
    return null;
  }
  const job = jobs.get(id);
  if (!job) throw die(`no such job '${id}'`);
  job.remove_job = ctx.params.keep !== '1' && job.type === 'local' ? 'full' : 'local';
  return null;
}

/**
 * One run of the replication runner (pvescheduler, about once a minute) as far as removals go:
 * a job marked `remove_job` has its replication snapshots removed and leaves replication.cfg
 * (pve-guest-common src/PVE/Replication.pm `replicate`, `if (my $remove_job = ...)`,
 * `PVE::ReplicationConfig::delete_job`). Tests call it where the real scheduler would run.
 * Returns the ids removed.
 */
export function runReplicationRemovals(state: SimState): string[] {
  const jobs = state.datacenter.replication;
  const removed = [...jobs].filter(([, job]) => job.remove_job !== undefined).map(([id]) => id);
  for (const id of removed) jobs.delete(id);
  return removed;
}

export const jobRoutes: Routes = {
  'GET /cluster/backup': (ctx) => [...ctx.engine.state.datacenter.backupJobs].map(([id, job]) => backupJson(ctx, id, job)),
  'POST /cluster/backup': createBackupJob,
  'GET /cluster/backup/{id}': (ctx) => backupJson(ctx, ctx.params.id ?? '', backupJob(ctx, ctx.params.id ?? '')),
  'PUT /cluster/backup/{id}': updateBackupJob,
  'DELETE /cluster/backup/{id}': deleteBackupJob,
  'GET /cluster/replication': listReplication,
  'POST /cluster/replication': createReplication,
  'GET /cluster/replication/{id}': getReplication,
  'PUT /cluster/replication/{id}': updateReplication,
  'DELETE /cluster/replication/{id}': deleteReplication,
};
