// `proxmox_replication`: a storage replication job of a guest to another node
// (/cluster/replication, replication.cfg). Only volumes on ZFS pools replicate.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { fields } from '../shared/api-fields.js';
import { datacenterResource } from '../shared/datacenter-resource.js';
import { nodeNameValidator, scheduleValidator } from '../shared/datacenter-validators.js';
import { waitForRemovals } from './replication-removal.js';

const replace = planModifiers.requiresReplace();

const REPLICATION_FIELDS = fields([
  ['target', 'target', 'string'],
  ['schedule', 'schedule', 'string'],
  ['rate', 'rate', 'number'],
  ['comment', 'comment', 'string'],
  ['disable', 'disable', 'bool'],
] as const);

/**
 * `pve-replication-job-id` (pve-guest-common ReplicationConfig.pm): `<VMID>-<job number>`,
 * without leading zeros: the server reads the id back from integers (`parse_section_header`),
 * so "100-01" would be stored and then only found as "100-1".
 */
export const REPLICATION_ID = /^[1-9][0-9]{2,8}-(0|[1-9][0-9]{0,8})$/;

const replicationSchema = schema({
  description: "A storage replication job: copies a guest's ZFS volumes to another node on a schedule, so HA can fail over with little data loss.",
  attributes: {
    id: attr.string({
      required: true,
      description: 'Job id: the guest\'s VMID and a job number, such as "100-0".',
      validators: [validators.textMatching(REPLICATION_ID, '"<VMID>-<job number>" without leading zeros, such as "100-0"')],
      planModifiers: [replace],
    }),
    guest: attr.number({ computed: true, description: 'The guest (VMID) the job replicates.', planModifiers: [planModifiers.useStateForUnknown()] }),
    target: attr.string({ required: true, description: 'Node to replicate to.', validators: [nodeNameValidator], planModifiers: [replace] }),
    source: attr.string({ computed: true, description: 'Node the guest runs on (set by the server).', planModifiers: [planModifiers.useStateForUnknown()] }),
    schedule: attr.string({
      optional: true,
      default: '*/15',
      description: 'When it runs: a calendar event (default every 15 minutes).',
      validators: [scheduleValidator],
    }),
    rate: attr.number({ optional: true, description: 'Rate limit, MB/s.', validators: [validators.atLeast(1)] }),
    comment: attr.string({ optional: true, description: 'Comment.' }),
    disable: attr.bool({ optional: true, default: false, description: 'Pause the job.' }),
  },
});

const sections = datacenterResource({
  name: 'proxmox_replication',
  schema: replicationSchema,
  importId: { description: 'the job id', example: '100-0' },
  key: 'id',
  kind: 'replication',
  fields: REPLICATION_FIELDS,
  createParams: () => ({ type: 'local' }),
  createOnly: ['target'],
  // Deleting only marks the job (`remove_job`); the next replication run removes it.
  gone: (raw) => raw.remove_job !== undefined,
  toModel: (values, raw, known) => ({
    guest: Number(raw.guest ?? known.id.split('-')[0]),
    target: String(values.target ?? known.target),
    source: typeof raw.source === 'string' ? raw.source : null,
    schedule: typeof values.schedule === 'string' ? values.schedule : '*/15',
    rate: typeof values.rate === 'number' ? values.rate : null,
    comment: typeof values.comment === 'string' ? values.comment : null,
    disable: values.disable === true,
  }),
  created: (plan) => ({ ...plan, guest: Number(plan.id.split('-')[0]), source: null }),
});

/** A replacement deletes the old job first, and Proxmox only marks it: create waits until it is gone (replication-removal.ts). */
export const replicationResource: typeof sections = {
  ...sections,
  async create(ctx, plan) {
    await waitForRemovals(ctx.provider.client, plan, ctx.signal, (message) => ctx.logger.info(message));
    return sections.create(ctx, plan);
  },
};
