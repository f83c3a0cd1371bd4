// Firewall options (datacenter, node, guest): one settings object per place, so the resources
// adopt what is there. An attribute left out of the configuration is not managed: it shows the
// server's value. One that is set is kept at its value (a change outside Terraform is drift).
// Destroy leaves the options as they are unless reset_on_destroy asks to remove the managed ones.
import type { FirewallOptions, FirewallScope, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { attr } from '../../../framework/attributes.js';
import type { PlanModifier } from '../../../framework/plan-modifiers.js';
import type { AttributeSpec } from '../../../framework/schema.js';
import { isUnknown, type CtyType } from '../../../values/types.js';
import type { Validator } from '../../../framework/validators.js';

export type OptionKind = 'bool' | 'text' | 'number' | 'list';

export interface OptionSpec {
  /** The option's name in the API. */
  readonly key: string;
  readonly kind: OptionKind;
  /** What pve-firewall takes when the options section has no such line (see ABSENT_MEANS). */
  readonly absent?: boolean | string;
}

/**
 * The value an option has when its line is absent from the options section, as pve-firewall
 * applies it (attribute name -> value). Its parse of the section (`parse_*fw_option`,
 * PVE/Firewall.pm) fills in nothing; the rule generator takes an absent option as this value.
 * An option nobody wrote (the web UI never touched it) is therefore read as this value: a
 * configuration saying it plans no change, one saying the opposite writes it.
 */
export type AbsentMeans = Readonly<Record<string, boolean | string>>;

/** Attribute name -> option. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/**
 * An option the configuration leaves out is never written, so it keeps the value the refresh
 * read, unset (null) included: no "(known after apply)" for options nobody manages.
 */
export const keepServerValue: PlanModifier = {
  description: 'not managed when left out: keeps the value the server has',
  modify: ({ state, plan, creating }) => (!creating && isUnknown(plan) ? { plan: state } : {}),
};

const keep = keepServerValue;

/** An options attribute: optional, showing the server's value when not configured. */
export const optionAttr = {
  bool: (description: string) => attr.bool({ optional: true, computed: true, description, planModifiers: [keep] }),
  text: (description: string, validators: Validator<string>[] = []) =>
    attr.string({ optional: true, computed: true, description, validators, planModifiers: [keep] }),
  number: (description: string, validators: Validator<number>[] = []) =>
    attr.number({ optional: true, computed: true, description, validators, planModifiers: [keep] }),
};

/** The options every firewall options API (datacenter, node, guest) spells unlike the attribute. */
const API_KEYS: Readonly<Record<string, string>> = { enabled: 'enable' };

/**
 * The option table of a firewall options schema: every attribute built as an option (it keeps
 * the server's value when left out) is the API option of the same name and of its type's kind,
 * but `enabled`, which the API calls `enable`.
 */
export function optionTableOf(attributes: Readonly<Record<string, AttributeSpec>>, absentMeans: AbsentMeans = {}): OptionTable {
  const table: Record<string, OptionSpec> = {};
  for (const [name, spec] of Object.entries(attributes)) {
    if (!spec.planModifiers.includes(keepServerValue)) continue;
    const absent = absentMeans[name];
    table[name] = { key: API_KEYS[name] ?? name, kind: optionKind(name, spec.type), ...(absent === undefined ? {} : { absent }) };
  }
  for (const name of Object.keys(absentMeans)) if (!(name in table)) throw new Error(`absent value given for ${name}, which is no option`);
  return table;
}

function optionKind(name: string, type: CtyType): OptionKind {
  if (type === 'bool' || type === 'number') return type;
  if (type === 'string') return 'text';
  if (typeof type === 'object' && (type.kind === 'list' || type.kind === 'set')) return 'list';
  throw new Error(`firewall option ${name} has a type no option has (${JSON.stringify(type)})`);
}

export const resetOnDestroyAttr = attr.bool({
  default: false,
  description: 'On destroy, remove the options this resource lists from the configuration, so the defaults apply again (default false: leave them).',
});

/**
 * The server's options as attribute values: an absent one as what pve-firewall takes for it (the
 * table's `absent`), else null. An absent list reads as `[]` when
 * `known` (the plan or state) says `[]`: an empty list is stored by removing the option (see
 * writeOptions), and "no helpers" is what both mean.
 */
export function optionsToValues(
  table: OptionTable,
  options: FirewallOptions,
  known: Readonly<Record<string, unknown>> = {},
): Record<string, string | number | boolean | string[] | null> {
  const out: Record<string, string | number | boolean | string[] | null> = {};
  for (const [name, spec] of Object.entries(table)) {
    const raw = options[spec.key];
    if ((raw === undefined || raw === '') && spec.absent !== undefined) {
      out[name] = spec.absent;
      continue;
    }
    if (raw === undefined || raw === '') {
      const knownEmpty = Array.isArray(known[name]) && (known[name] as unknown[]).length === 0;
      out[name] = spec.kind === 'list' && (raw === '' || knownEmpty) ? [] : null;
      continue;
    }
    if (spec.kind === 'bool') out[name] = raw === true || (raw !== false && Number(raw) !== 0);
    else if (spec.kind === 'number') out[name] = Number(raw);
    else if (spec.kind === 'list')
      out[name] = String(raw)
        .split(',')
        .filter((item) => item !== '')
        .sort();
    else out[name] = String(raw);
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Sends the attribute values that differ from the server's (unknown and null ones are not
 * managed; an absent option is its default, so a default value is not written over it: the
 * plan holds the defaults read for options the configuration leaves out). An empty list removes the option: sent as "" it would be written as a line such as
 * `nf_conntrack_helpers: `, which `parse_hostfw_option` cannot parse and drops on every read
 * (pve-firewall PVE/Firewall.pm), so nothing would be stored either way.
 */
export async function writeOptions(client: ProxmoxClient, scope: FirewallScope, table: OptionTable, plan: Readonly<Record<string, unknown>>): Promise<void> {
  const current = await client.firewall.options(scope);
  const server = optionsToValues(table, current);
  const values: Record<string, string | number | boolean> = {};
  const remove: string[] = [];
  for (const [name, spec] of Object.entries(table)) {
    const wanted = plan[name];
    if (wanted === null || wanted === undefined || sameValue(wanted, server[name])) continue;
    if (Array.isArray(wanted) && wanted.length === 0) {
      if (current[spec.key] !== undefined) remove.push(spec.key);
      continue;
    }
    values[spec.key] = Array.isArray(wanted) ? [...(wanted as string[])].sort().join(',') : (wanted as string | number | boolean);
  }
  if (Object.keys(values).length === 0 && remove.length === 0) return;
  const digest = typeof current.digest === 'string' ? current.digest : undefined;
  await client.firewall.updateOptions(scope, values, { ...(digest === undefined ? {} : { digest }), ...(remove.length > 0 ? { delete: remove } : {}) });
}

/** Removes every option of the table the server holds (reset_on_destroy). */
export async function resetOptions(client: ProxmoxClient, scope: FirewallScope, table: OptionTable): Promise<void> {
  const current = await client.firewall.options(scope);
  const present = Object.values(table)
    .map((spec) => spec.key)
    .filter((key) => current[key] !== undefined);
  if (present.length > 0) await client.firewall.updateOptions(scope, {}, { delete: [...new Set(present)] });
}
