// A secret setting as three attributes: `<name>` (sensitive, kept in state), `<name>_wo`
// (write-only: sent, never stored; Terraform 1.11+) and `<name>_wo_version` (change it to send
// a new `<name>_wo`), with the rules between them (docs/adding-a-resource.md, "Secrets").
import { attr } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import { validators as v } from '../../../framework/validators.js';
import type { Validator } from '../../../framework/validators.js';
import type { PlanModifier } from '../../../framework/plan-modifiers.js';
import type { PlanContext } from '../../../framework/resource.js';
import type { SecretSpellings } from '../../../framework/write-only.js';
import { UNKNOWN } from '../../../values/types.js';

export function secretAttributes<const N extends string>(
  name: N,
  what: string,
  options: {
    computed?: boolean;
    validators?: Validator<string>[];
    /** For the stored value and the version (write-only attributes take none). */ planModifiers?: PlanModifier[];
  } = {},
) {
  const checks = options.validators ?? [];
  const value = attr.string({
    optional: true,
    computed: options.computed === true,
    sensitive: true,
    description: `${what}. Give it here or, kept out of state, as ${name}_wo.`,
    validators: checks,
    ...(options.planModifiers ? { planModifiers: options.planModifiers } : {}),
  });
  const writeOnly = attr.string({
    optional: true,
    sensitive: true,
    writeOnly: true,
    description: `${what}, write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); ${name} then stays null in state.`,
    validators: checks,
  });
  const version = attr.number({
    optional: true,
    description: `Required with ${name}_wo; change it to send a new ${name}_wo.`,
    validators: [v.integer()],
    ...(options.planModifiers ? { planModifiers: options.planModifiers } : {}),
  });
  return { [name]: value, [`${name}_wo`]: writeOnly, [`${name}_wo_version`]: version } as { [K in N]: typeof value } & {
    [K in `${N}_wo`]: typeof writeOnly;
  } & {
    [K in `${N}_wo_version`]: typeof version;
  };
}

/** `<name>` and `<name>_wo` exclude each other; `<name>_wo` needs its version. */
export function secretRules<const N extends string>(name: N) {
  const wo: `${N}_wo` = `${name}_wo`;
  const version: `${N}_wo_version` = `${name}_wo_version`;
  return [rules.conflictsWith<N | `${N}_wo`>(name, wo), rules.requiredWith<`${N}_wo` | `${N}_wo_version`>(wo, version)] as const;
}

/**
 * For a stored secret that is optional+computed and keeps its state value while unset
 * (useStateForUnknown): once the configuration gives the secret write-only instead, the stored
 * attribute is planned null. Kept at its old value, the plan would promise a secret the read
 * never stores (a write-only one stays out of state), and an update would send the old secret
 * in place of the write-only one.
 */
export function planStoredSecretCleared<K extends string>(ctx: PlanContext<unknown, K>, name: K, version: K): void {
  if (!ctx.config.isNull(name) || !ctx.config.isKnown(version)) return;
  if (ctx.config.isNull(version)) {
    // The other way: given write-only before (null in state), neither now. The read shows the
    // server's secret again, so the update gives the stored attribute a value the state lacks.
    if (!ctx.creating && ctx.prior.isNull(name) && !ctx.prior.isNull(version)) ctx.setPlanned(name, UNKNOWN);
    return;
  }
  if (ctx.planned.isNull(name)) return;
  ctx.setPlanned(name, null);
}

/**
 * Whether the configuration gave a secret before (stored, or write-only with its version) and
 * gives none now: an update then clears it on the server (which merges what it is sent, so a
 * secret left out is kept), where secretToSend has nothing to send.
 */
export function secretRemoved(plan: SecretSpellings, prior: SecretSpellings | null): boolean {
  return prior !== null && plan.value === null && plan.wo === null && (prior.value !== null || prior.woVersion !== null);
}
