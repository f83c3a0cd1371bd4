// truenas_init_script: a command or script run at boot or shutdown (`initshutdownscript.*`).
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { INIT_SCRIPT_WHEN, type InitScript } from '../../../clients/truenas/schemas/system-settings.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';

const initScriptSchema = schema({
  description: 'A command or script the system runs before or after its services start, or at shutdown.',
  attributes: {
    id: numericId('init/shutdown script'),
    command: attr.string({ optional: true, description: 'A command line to run (or set script).', validators: [validators.lengthBetween(1, 65535)] }),
    script: attr.string({
      optional: true,
      description: 'Path of an executable file to run (or set command); the file must exist.',
      validators: [validators.matches(/^\//, 'an absolute path')],
    }),
    type: attr.string({
      computed: true,
      description: 'COMMAND or SCRIPT, after which of command and script is set.',
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    when: attr.string({
      required: true,
      description: 'PREINIT (before services start), POSTINIT (after) or SHUTDOWN.',
      validators: [validators.oneOf(...INIT_SCRIPT_WHEN)],
    }),
    enabled: attr.bool({ default: true, description: 'Whether it runs.' }),
    timeout: attr.number({
      default: 10,
      description: 'Seconds it may run before the system goes on.',
      validators: [validators.integer(), validators.atLeast(0)],
    }),
    comment: attr.string({ default: '', description: 'Free-text comment (up to 255 characters).', validators: [validators.lengthBetween(0, 255)] }),
  },
  rules: [rules.exactlyOneOf('command', 'script')],
});

type InitScriptModel = ModelOf<typeof initScriptSchema>;

function toModel(row: InitScript, _known: InitScriptModel): InitScriptModel {
  const { id, type, when, enabled, timeout, comment } = row;
  // The field of the other type holds the server's default ("").
  return { id, type, when, enabled, timeout, comment, command: type === 'COMMAND' ? row.command : null, script: type === 'SCRIPT' ? row.script : null };
}

function input(plan: PlanModelOf<typeof initScriptSchema>) {
  const { enabled, timeout, comment } = plan;
  const when = plan.when as InitScript['when'];
  return plan.script !== null
    ? { type: 'SCRIPT' as const, script: plan.script, command: '', when, enabled, timeout, comment }
    : { type: 'COMMAND' as const, command: plan.command ?? '', script: '', when, enabled, timeout, comment };
}

export const initScriptResource = truenasResource({
  name: 'truenas_init_script',
  schema: initScriptSchema,
  modifyPlan(ctx) {
    if (ctx.config.isKnown('script') && ctx.config.isKnown('command')) ctx.setPlanned('type', ctx.config.isNull('script') ? 'COMMAND' : 'SCRIPT');
  },
  ...numericCrud({ importId: numericImportId('script'), group: (client) => client.systemSettings.initScripts, toModel, input }),
});
