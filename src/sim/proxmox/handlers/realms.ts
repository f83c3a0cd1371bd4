// Authentication realms and realm-sync jobs (pve-access-control src/PVE/API2/Domains.pm,
// src/PVE/API2/Jobs/RealmSync.pm; the options each realm type takes: src/PVE/Auth/LDAP.pm,
// AD.pm, OpenId.pm `options`, checked as PVE::SectionConfig::check_config does).
import { createHash } from 'node:crypto';
import { listParam, type RequestContext, type Routes } from '../engine.js';
import { die, paramError } from '../pve-error.js';
import type { SimRealm } from '../realm-state.js';

const COMMON = ['default', 'comment', 'tfa'];
const LDAP_COMMON = [
  ...COMMON,
  'server2',
  'port',
  'secure',
  'sslversion',
  'verify',
  'capath',
  'cert',
  'certkey',
  'bind_dn',
  'password',
  'filter',
  'sync_attributes',
  'user_classes',
  'group_dn',
  'group_name_attr',
  'group_filter',
  'group_classes',
  'sync-defaults-options',
  'mode',
  'case-sensitive',
];

/** Per type: options it needs, options it also takes, options fixed after creation. */
const REALM_TYPES: Readonly<Record<string, { required: string[]; optional: string[]; fixed: string[] }>> = {
  ldap: { required: ['server1', 'base_dn', 'user_attr'], optional: LDAP_COMMON, fixed: [] },
  ad: { required: ['server1', 'domain'], optional: [...LDAP_COMMON, 'base_dn', 'user_attr'], fixed: [] },
  openid: {
    required: ['issuer-url', 'client-id'],
    optional: [
      'default',
      'comment',
      'client-key',
      'autocreate',
      'username-claim',
      'scopes',
      'prompt',
      'acr-values',
      'groups-claim',
      'groups-autocreate',
      'groups-overwrite',
      'query-userinfo',
    ],
    fixed: ['username-claim'],
  },
};

/** Parameters that steer the call and are not stored. */
const NOT_STORED = new Set(['realm', 'type', 'password', 'delete', 'digest', 'check-connection']);

function digestOf(domains: Map<string, SimRealm>): string {
  return createHash('sha1')
    .update(JSON.stringify([...domains]))
    .digest('hex');
}

function storedOptions(params: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([key]) => !NOT_STORED.has(key)));
}

/** check_config: options the type does not take, required ones missing (create), fixed ones changed (update). */
function checkConfig(type: string, options: Record<string, string>, create: boolean): void {
  const spec = REALM_TYPES[type];
  if (!spec) throw die(`unknown realm type '${type}'`);
  for (const key of Object.keys(options)) {
    if (!spec.required.includes(key) && !spec.optional.includes(key)) throw die(`unexpected property '${key}'`);
    if (!create && spec.fixed.includes(key)) throw die(`can't change value of fixed parameter '${key}'`);
  }
  if (!create) return;
  const missing = spec.required.filter((key) => options[key] === undefined);
  if (missing.length > 0) throw paramError(Object.fromEntries(missing.map((key) => [key, 'property is missing and it is not optional'])));
}

function clearDefault(domains: Map<string, SimRealm>): void {
  for (const realm of domains.values()) delete realm.default;
}

function createRealm(ctx: RequestContext): null {
  const { domains, passwords } = ctx.engine.state.realms;
  const realm = ctx.params.realm ?? '';
  const type = ctx.params.type ?? '';
  if (domains.has(realm)) throw die(`domain '${realm}' already exists`);
  if (realm === 'pam' || realm === 'pve') throw die(`unable to use reserved name '${realm}'`);
  if (type === 'pam' || type === 'pve') throw die(`unable to create builtin type '${type}'`);
  const options = storedOptions(ctx.params);
  checkConfig(type, options, true);
  if (options.default === '1') clearDefault(domains);
  domains.set(realm, { type, ...options });
  // on_add_hook: LDAP and AD keep the bind password in priv/realm/<realm>.pw; others ignore it.
  const password = ctx.params.password;
  if (password !== undefined && type !== 'openid') passwords.set(realm, password);
  else passwords.delete(realm);
  return null;
}

function readRealm(ctx: RequestContext): SimRealm {
  const { domains } = ctx.engine.state.realms;
  const realm = domains.get(ctx.params.realm ?? '');
  if (!realm) throw die(`domain '${ctx.params.realm}' does not exist`);
  return { ...realm, digest: digestOf(domains) };
}

function updateRealm(ctx: RequestContext): null {
  const { domains, passwords } = ctx.engine.state.realms;
  const name = ctx.params.realm ?? '';
  if (ctx.params.digest !== undefined && ctx.params.digest !== digestOf(domains)) {
    throw die('detected modified configuration - file changed by other user? Try again.');
  }
  const realm = domains.get(name);
  if (!realm) throw die(`domain '${name}' does not exist`);
  const options = storedOptions(ctx.params);
  const remove = listParam(ctx.params.delete);
  if (remove.length === 0 && Object.keys(options).length === 0 && ctx.params.password === undefined) throw die('no options specified');
  for (const key of remove) delete realm[key];
  checkConfig(realm.type ?? '', options, false);
  if (options.default === '1') clearDefault(domains);
  Object.assign(realm, options);
  if (realm.type !== 'openid') {
    if (ctx.params.password !== undefined) passwords.set(name, ctx.params.password);
    else if (remove.includes('password')) passwords.delete(name);
  }
  return null;
}

function deleteRealm(ctx: RequestContext): null {
  const { domains, passwords } = ctx.engine.state.realms;
  const name = ctx.params.realm ?? '';
  if (!domains.has(name)) throw die(`authentication domain '${name}' does not exist`);
  domains.delete(name);
  passwords.delete(name);
  return null;
}

function listRealms(ctx: RequestContext): Array<Record<string, string | number>> {
  return [...ctx.engine.state.realms.domains].map(([realm, config]) => ({
    realm,
    type: config.type ?? '',
    ...(config.comment ? { comment: config.comment } : {}),
    ...(config.default === '1' ? { default: 1 } : {}),
    ...(config.tfa ? { tfa: config.tfa.split(',')[0]?.replace(/^type=/, '') ?? '' } : {}),
  }));
}

function requireSyncJob(ctx: RequestContext): Record<string, string> {
  const id = ctx.params.id ?? '';
  const job = ctx.engine.state.realms.syncJobs.get(id);
  if (!job) throw paramError({ id: `No such job '${id}'` });
  return job;
}

/**
 * `PVE::Jobs::RealmSync::options` (pve-access-control src/PVE/Jobs/RealmSync.pm): `schedule`,
 * `scope` and `realm` have no `optional`, though the API schema (built from the properties)
 * marks `scope` optional; create_job checks them (API2/Jobs/RealmSync.pm, SectionConfig.pm check_config).
 */
const REQUIRED_SYNC_JOB_OPTIONS = ['realm', 'schedule', 'scope'] as const;

function createSyncJob(ctx: RequestContext): null {
  const { syncJobs, domains } = ctx.engine.state.realms;
  const { id = '', ...options } = ctx.params;
  if (syncJobs.has(id)) throw die(`Job '${id}' already exists`);
  // check_config(..., create 1): every option the plugin lists without `optional` is needed.
  for (const key of REQUIRED_SYNC_JOB_OPTIONS) if (options[key] === undefined) throw die(`missing value for required option '${key}'`);
  const realm = options.realm ?? '';
  const type = domains.get(realm)?.type;
  if (type === undefined) throw paramError({ realm: `No such realm '${realm}'` });
  if (type !== 'ldap' && type !== 'ad') throw paramError({ realm: 'Only LDAP/AD realms can be synced.' });
  syncJobs.set(id, { type: 'realm-sync', ...options });
  return null;
}

/** The job's other options (`options`: the plugin's own and the realm-sync-options; `full`, `purge` left out). */
const OPTIONAL_SYNC_JOB_OPTIONS = ['enabled', 'comment', 'enable-new', 'remove-vanished'];

function updateSyncJob(ctx: RequestContext): null {
  const { id = '', delete: remove, ...options } = ctx.params;
  const job = ctx.engine.state.realms.syncJobs.get(id);
  if (!job) throw die('no such realm-sync job');
  // SectionConfig.pm delete_from_config
  for (const key of listParam(remove)) {
    if ((REQUIRED_SYNC_JOB_OPTIONS as readonly string[]).includes(key)) throw die(`unable to delete required option '${key}'`);
    if (!OPTIONAL_SYNC_JOB_OPTIONS.includes(key)) throw die(`no such option '${key}'`);
    if (options[key] !== undefined) throw die(`cannot set and delete property '${key}' at the same time!`);
  }
  for (const key of listParam(remove)) delete job[key];
  Object.assign(job, options);
  return null;
}

function deleteSyncJob(ctx: RequestContext): null {
  requireSyncJob(ctx);
  ctx.engine.state.realms.syncJobs.delete(ctx.params.id ?? '');
  return null;
}

export const realmRoutes: Routes = {
  'GET /access/domains': listRealms,
  'POST /access/domains': createRealm,
  'GET /access/domains/{realm}': readRealm,
  'PUT /access/domains/{realm}': updateRealm,
  'DELETE /access/domains/{realm}': deleteRealm,
  'GET /cluster/jobs/realm-sync': (ctx) => [...ctx.engine.state.realms.syncJobs].map(([id, job]) => ({ id, ...job })),
  'GET /cluster/jobs/realm-sync/{id}': (ctx) => ({ ...requireSyncJob(ctx) }),
  'POST /cluster/jobs/realm-sync/{id}': createSyncJob,
  'PUT /cluster/jobs/realm-sync/{id}': updateSyncJob,
  'DELETE /cluster/jobs/realm-sync/{id}': deleteSyncJob,
};
