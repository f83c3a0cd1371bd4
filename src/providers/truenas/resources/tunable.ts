// truenas_tunable: a sysctl, udev rule or ZFS module parameter the system sets at boot
// (`tunable.*`; create, update and delete are jobs).
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { TUNABLE_TYPES, type Tunable } from '../../../clients/truenas/schemas/system-settings.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { freeTextAttr } from '../shared/free-text.js';
import { numericId } from '../shared/ids.js';
import { keptString } from '../shared/named-objects.js';
import { inRange } from '../shared/release-gate.js';

/** 25.04's tunable.create/update cap `value` at 1024 characters; 25.10's TunableCreate has none (api/v25_10_5/tunable.py). */
const VALUE_CAP_BEFORE_25_10 = 1024;

const tunableSchema = schema({
  description:
    'A tunable: a kernel sysctl, a udev rule or a ZFS module parameter the system applies now and at every boot. Destroying it puts the original value back.',
  attributes: {
    id: numericId('tunable'),
    type: attr.string({
      default: 'SYSCTL',
      description: 'SYSCTL, UDEV or ZFS. Changing it replaces the tunable.',
      validators: [validators.oneOf(...TUNABLE_TYPES)],
      planModifiers: [planModifiers.requiresReplace()],
    }),
    var: attr.string({
      required: true,
      description: 'The sysctl name (vm.swappiness), udev rule name or ZFS parameter (zfs_arc_max). Changing it replaces the tunable.',
      validators: [validators.lengthBetween(1, 1024)],
      planModifiers: [planModifiers.requiresReplace()],
    }),
    value: attr.string({
      required: true,
      description: 'The value (for UDEV: the rule text). TrueNAS 25.04 takes up to 1024 characters; 25.10 and later have no limit.',
    }),
    comment: freeTextAttr('comment'),
    enabled: attr.bool({ default: true, description: 'Whether the value is applied.' }),
    update_initramfs: attr.bool({
      optional: true,
      description:
        'For ZFS parameters: whether to rebuild the initramfs so the value holds from early boot (the server does unless false). Ignored for other types. Not stored by the server.',
    }),
    orig_value: keptString('The value before the tunable was created.'),
  },
});

type TunableModel = ModelOf<typeof tunableSchema>;

function toModel(row: Tunable, known: TunableModel): TunableModel {
  const { id, type, value, comment, enabled, orig_value } = row;
  return { id, type, var: row.var, value, comment, enabled, orig_value, update_initramfs: known.update_initramfs ?? null };
}

function input(plan: PlanModelOf<typeof tunableSchema>) {
  const { value, comment, enabled } = plan;
  return {
    type: plan.type as Tunable['type'],
    var: plan.var,
    value,
    comment,
    enabled,
    ...(plan.update_initramfs === null ? {} : { update_initramfs: plan.update_initramfs }),
  };
}

export const tunableResource = truenasResource({
  name: 'truenas_tunable',
  schema: tunableSchema,
  validateConfig(ctx) {
    if (!ctx.config.isKnown('type') || !ctx.config.isKnown('var')) return;
    const type = ctx.config.string('type') ?? 'SYSCTL';
    const name = ctx.config.string('var') ?? '';
    if (type === 'UDEV' && name.includes('truenas')) ctx.error('var', 'Reserved udev rule name', 'Udev rules with "truenas" in their name are not allowed.');
    if (type === 'SYSCTL' && !/^[a-z0-9_]+(\.[A-Za-z0-9_\-/]+)+$/.test(name))
      ctx.error('var', 'Not a sysctl name', `"${name}" is not a sysctl name such as "vm.swappiness" (dotted, as sysctl -a lists them).`);
    if (type === 'ZFS' && !/^[a-z0-9_]+$/.test(name))
      ctx.error('var', 'Not a ZFS parameter name', `"${name}" is not a ZFS module parameter name such as "zfs_arc_max".`);
    // The server takes update_initramfs for every type and uses it for ZFS only (plugins/tunables.py
    // do_create/do_update @TS-25.10.6).
    if (type !== 'ZFS' && ctx.config.isKnown('update_initramfs') && !ctx.config.isNull('update_initramfs'))
      ctx.warn(
        'update_initramfs',
        'update_initramfs is ignored',
        `Only ZFS module parameters live in the initramfs; the server ignores it for a ${type} tunable.`,
      );
  },
  async modifyPlan(ctx) {
    const value = ctx.config.string('value');
    const client = ctx.provider?.client;
    if (value === undefined || value.length <= VALUE_CAP_BEFORE_25_10 || !client) return;
    const version = await client.serverVersion();
    if (inRange(version, { until: '25.10' }))
      ctx.error(
        'value',
        'Value too long for this release',
        `TrueNAS ${version} takes a tunable value of up to ${VALUE_CAP_BEFORE_25_10} characters; this one has ${value.length} (25.10 and later take longer values).`,
      );
  },
  ...numericCrud({ importId: numericImportId('tunable'), group: (client) => client.systemSettings.tunables, toModel, input }),
});
