// `proxmox_realm_sync`: a scheduled sync of an LDAP or AD realm's users and groups (a
// realm-sync job, `/cluster/jobs/realm-sync`, pve-access-control src/PVE/API2/Jobs/RealmSync.pm).
// A job rather than a one-shot `POST /access/domains/{realm}/sync`: it is an object Proxmox keeps,
// so Terraform can read it back, show drift, import and delete it, and the directory stays in
// sync after every change in it, not only when Terraform last ran.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { configIdAttribute } from '../shared/config-id.js';
import { fields } from '../shared/api-fields.js';
import { sectionResource } from '../shared/keyed-resource.js';
import {
  removeVanishedFromApi,
  removeVanishedParam,
  requiredSyncScopeAttribute,
  syncEnableNewAttribute,
  syncRemoveVanishedAttribute,
} from './realm-sync-options.js';
import { keyAttributes } from '../shared/key-attributes.js';

const replace = planModifiers.requiresReplace();

const JOB_FIELDS = fields([
  ['schedule', 'schedule', 'string'],
  ['scope', 'scope', 'string'],
  ['enable_new', 'enable-new', 'bool'],
  ['enabled', 'enabled', 'bool'],
  ['comment', 'comment', 'string'],
] as const);

const realmSyncSchema = schema({
  description:
    "A realm-sync job: Proxmox syncs an LDAP or Active Directory realm's users and groups on a schedule. The job needs its scope; the other sync options not set here come from the realm's sync defaults.",
  attributes: {
    ...keyAttributes('job_id', 'The job id.', configIdAttribute('Job id.')),
    realm: attr.string({ required: true, description: 'The LDAP or AD realm to sync (proxmox_realm).', planModifiers: [replace] }),
    schedule: attr.string({
      required: true,
      description: 'When to sync, a systemd calendar event such as "daily" or "*-*-* 02:00".',
      validators: [validators.lengthBetween(1, 128)],
    }),
    scope: requiredSyncScopeAttribute('Sync'),
    enable_new: syncEnableNewAttribute('Sync'),
    remove_vanished: syncRemoveVanishedAttribute('Sync'),
    enabled: attr.bool({ default: true, description: 'Whether the job runs (default true).' }),
    comment: attr.string({ optional: true, description: 'Comment.', validators: [validators.lengthBetween(0, 512)] }),
  },
});

type JobModel = ModelOf<typeof realmSyncSchema>;

export const realmSyncResource = sectionResource({
  name: 'proxmox_realm_sync',
  schema: realmSyncSchema,
  importId: { description: 'the job id', example: 'corp-nightly' },
  key: 'job_id',
  fields: JOB_FIELDS,
  find: (client, id) => client.realms.findSyncJob(id),
  create: (client, plan, params) => client.realms.createSyncJob(plan.job_id, { ...params, realm: plan.realm }),
  update: (client, id, params, remove) => client.realms.updateSyncJob(id, params, remove),
  remove: (client, id) => client.realms.deleteSyncJob(id),
  // The update call needs the schedule every time (it is not optional in its schema).
  extra: (plan, prior) => {
    const vanished = removeVanishedParam(plan.remove_vanished);
    const priorVanished = prior === null ? undefined : removeVanishedParam(prior.remove_vanished);
    return {
      params: { schedule: plan.schedule, 'remove-vanished': vanished !== priorVanished ? vanished : undefined },
      remove: vanished === undefined && priorVanished !== undefined ? ['remove-vanished'] : [],
    };
  },
  toModel: (values, known, raw) => ({
    ...(values as Pick<JobModel, 'schedule' | 'scope' | 'enable_new' | 'comment'>),
    realm: typeof raw.realm === 'string' ? raw.realm : known.realm,
    enabled: values.enabled !== false,
    remove_vanished: removeVanishedFromApi(raw['remove-vanished']),
    schedule: typeof values.schedule === 'string' ? values.schedule : known.schedule,
  }),
});
