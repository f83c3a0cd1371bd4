// `proxmox_ha_resource`: a guest managed by the HA stack (/cluster/ha/resources,
// pve-ha-manager src/PVE/API2/HA/Resources.pm). Deleting it also removes it from HA rules (the
// server's `purge` default); a rule left without resources is deleted with it.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { fields } from '../shared/api-fields.js';
import { datacenterResource } from '../shared/datacenter-resource.js';
import { haSidValidator } from '../shared/datacenter-validators.js';
import { keyAttributes } from '../shared/key-attributes.js';

const HA_RESOURCE_FIELDS = fields([
  ['state', 'state', 'string'],
  ['max_restart', 'max_restart', 'number'],
  ['max_relocate', 'max_relocate', 'number'],
  ['failback', 'failback', 'bool'],
  ['comment', 'comment', 'string'],
] as const);

const haResourceSchema = schema({
  description: 'A VM or container managed by HA: restarted on failure, recovered on another node when its node fails.',
  attributes: {
    ...keyAttributes('sid', 'The resource id (the sid).', { description: 'The guest: "vm:<VMID>" or "ct:<VMID>".', validators: [haSidValidator] }),
    state: attr.string({
      optional: true,
      default: 'started',
      description: 'Requested state: started, stopped, disabled, ignored (enabled is an alias of started).',
      validators: [validators.oneOf('started', 'stopped', 'disabled', 'ignored')],
    }),
    max_restart: attr.number({
      optional: true,
      default: 1,
      description: 'Restarts on the same node before relocating.',
      validators: [validators.integer(), validators.atLeast(0)],
    }),
    max_relocate: attr.number({
      optional: true,
      default: 1,
      description: 'Relocations to other nodes after failed starts.',
      validators: [validators.integer(), validators.atLeast(0)],
    }),
    failback: attr.bool({
      optional: true,
      computed: true,
      description:
        'PVE 9: move back to the highest-priority node of its node-affinity rule when that node is back. Unset: the server default, true (read back as true, also for a resource the web UI made, which leaves the default unstored); removing it from the configuration keeps the value the resource has.',
    }),
    comment: attr.string({ optional: true, description: 'Comment.' }),
  },
});

export const haResourceResource = datacenterResource({
  name: 'proxmox_ha_resource',
  schema: haResourceSchema,
  importId: { description: 'the sid', example: 'vm:100' },
  key: 'sid',
  kind: 'ha/resources',
  fields: HA_RESOURCE_FIELDS,
  toModel: (values) => ({
    state: typeof values.state === 'string' ? (values.state === 'enabled' ? 'started' : values.state) : 'started',
    max_restart: typeof values.max_restart === 'number' ? values.max_restart : 1,
    max_relocate: typeof values.max_relocate === 'number' ? values.max_relocate : 1,
    // Absent: the HA stack's default, 1 (read_and_check_resources_config, pve-ha-manager
    // src/PVE/HA/Config.pm:120); the web UI leaves it out when checked (ResourceEdit.js:14).
    failback: values.failback !== false,
    comment: typeof values.comment === 'string' ? values.comment : null,
  }),
});
