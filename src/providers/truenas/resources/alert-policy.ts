// truenas_alert_policy: per alert class, the level it is raised at and how often it is sent
// (alertclasses.update, one configuration per system). The resource manages the classes it names:
// others keep their settings, and destroying it puts the named classes back to their defaults.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import { attributePath } from '../../../framework/diagnostics.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { TrueNASClient } from '../../../clients/truenas/index.js';
import { ALERT_LEVELS, ALERT_POLICIES, alertClassesSchema, type AlertClasses } from '../../../clients/truenas/schemas/system-settings.js';
import { truenasResource } from '../provider-data.js';
import { configId } from '../shared/service-config.js';

const valuesIn = (allowed: readonly string[]) =>
  validators.custom(`values among ${allowed.join(', ')}`, (value) => {
    const bad = Object.values((value ?? {}) as Record<string, unknown>).find((v) => typeof v === 'string' && !allowed.includes(v));
    return bad === undefined ? undefined : `"${String(bad)}" is not one of ${allowed.join(', ')}`;
  });

const policySchema = schema({
  description:
    'Alert class settings: the level an alert class is raised at and how often it is sent. There is one such configuration per system; this resource changes only the classes it names (others keep their settings), and destroying it puts those classes back to their defaults.',
  attributes: {
    id: configId('alertclasses'),
    levels: attr.map(ty.string, {
      optional: true,
      description: `Level per alert class name (such as ZpoolCapacityWarning): ${ALERT_LEVELS.join(', ')}.`,
      validators: [valuesIn(ALERT_LEVELS)],
    }),
    policies: attr.map(ty.string, {
      optional: true,
      description: `When alerts of a class are sent, per alert class name: ${ALERT_POLICIES.join(', ')}.`,
      validators: [valuesIn(ALERT_POLICIES)],
    }),
  },
});

type PolicyModel = ModelOf<typeof policySchema>;
type ClassSettings = AlertClasses['classes'];

/**
 * The id importState gives the skeleton the import read starts from. Only that read adopts every
 * class with a setting: alertclasses.update stores the whole map it is sent (plugins/alert.py
 * AlertClassesService.do_update), so a map adopted at any other time (an unset `levels`, or
 * classes another truenas_alert_policy names) would be deleted by the next update or destroy.
 */
const IMPORTING = 'alertclasses (importing)';

/** The server's overrides of one setting, limited to the classes `known` names (all on import). */
function pick(classes: ClassSettings, setting: 'level' | 'policy', known: Record<string, string> | null, importing: boolean): Record<string, string> | null {
  if (known === null && !importing) return null;
  const found = Object.entries(classes).filter(([name, value]) => value[setting] !== undefined && (known === null || Object.hasOwn(known, name)));
  if (known === null && found.length === 0) return null;
  return Object.fromEntries(found.map(([name, value]) => [name, value[setting]!]));
}

function toModel(classes: ClassSettings, known: Pick<PolicyModel, 'id' | 'levels' | 'policies'>): PolicyModel {
  const importing = known.id === IMPORTING;
  return { id: 'alertclasses', levels: pick(classes, 'level', known.levels, importing), policies: pick(classes, 'policy', known.policies, importing) };
}

const current = async (client: TrueNASClient): Promise<ClassSettings> => (await client.serviceConfigs.config('alertclasses'))['classes'] as ClassSettings;

/** Sends the server's classes with these changes (alertclasses.update replaces the whole map). */
async function apply(client: TrueNASClient, change: (classes: ClassSettings) => void): Promise<ClassSettings> {
  const classes = structuredClone(await current(client));
  change(classes);
  for (const [name, value] of Object.entries(classes)) if (Object.keys(value).length === 0) delete classes[name];
  const updated = await client.serviceConfigs.update('alertclasses', { classes });
  return alertClassesSchema.parse(updated).classes;
}

/** Sets the wanted settings and drops those `prior` had but the plan no longer names. */
function converge(plan: Pick<PolicyModel, 'levels' | 'policies'>, prior?: Pick<PolicyModel, 'levels' | 'policies'>) {
  return (classes: ClassSettings) => {
    for (const [setting, key] of [
      ['level', 'levels'],
      ['policy', 'policies'],
    ] as const) {
      for (const name of Object.keys(prior?.[key] ?? {})) if (classes[name] && !Object.hasOwn(plan[key] ?? {}, name)) delete classes[name][setting];
      for (const [name, value] of Object.entries(plan[key] ?? {})) classes[name] = { ...classes[name], [setting]: value };
    }
  };
}

export const alertPolicyResource = truenasResource({
  name: 'truenas_alert_policy',
  schema: policySchema,
  importId: {
    description: '"alertclasses" (there is one configuration; import reads every class with settings)',
    example: 'alertclasses',
    only: ['alertclasses'],
  },
  importState: () => ({ id: IMPORTING, levels: null, policies: null }),
  modifyPlan(ctx) {
    if (ctx.creating)
      ctx.warn(
        attributePath('id'),
        'Adopting the alert class settings',
        'Classes not named here keep their settings; destroying this resource puts the named classes back to their defaults.',
      );
  },
  async create(ctx, plan) {
    return toModel(await apply(ctx.provider.client, converge(plan)), plan);
  },
  async read(ctx, state) {
    return toModel(await current(ctx.provider.client), state);
  },
  async update(ctx, plan, prior) {
    return toModel(await apply(ctx.provider.client, converge(plan, prior)), plan);
  },
  async delete(ctx, state) {
    await apply(ctx.provider.client, converge({ levels: null, policies: null }, state));
  },
});
