// Declarative rules between attributes of one block, terraform-plugin-framework's
// ConflictsWith / ExactlyOneOf / AtLeastOneOf / AlsoRequires: declared once beside the
// schema, enforced at validate time and printed in the generated docs.
//
// A rule only reports what is already certain: while a value is unknown ("known after
// apply") it may still turn out null or set, so a rule that depends on it is not judged.
import { isUnknown, type Value } from '../values/types.js';
import { getAttr } from './values-util.js';

export type AttributeRule<K extends string = string> =
  | { readonly kind: 'conflicts_with'; readonly attributes: readonly K[] }
  | { readonly kind: 'exactly_one_of'; readonly attributes: readonly K[] }
  | { readonly kind: 'at_least_one_of'; readonly attributes: readonly K[] }
  | { readonly kind: 'one_of_to_create'; readonly attributes: readonly K[] }
  | { readonly kind: 'required_with'; readonly attribute: K; readonly requires: readonly K[] }
  | { readonly kind: 'per_type'; readonly discriminator: K; readonly types: Readonly<Record<string, TypeOptions<K>>> };

/** For `rules.perType`: the attributes a value of the discriminator needs, and those it also takes. */
export interface TypeOptions<K extends string = string> {
  readonly required?: readonly K[];
  readonly optional?: readonly K[];
}

export const rules = {
  /** At most one of these may be set. */
  conflictsWith: <const K extends string>(...attributes: K[]): AttributeRule<K> => ({ kind: 'conflicts_with', attributes }),
  /** Exactly one of these must be set. */
  exactlyOneOf: <const K extends string>(...attributes: K[]): AttributeRule<K> => ({ kind: 'exactly_one_of', attributes }),
  /** At least one of these must be set. */
  atLeastOneOf: <const K extends string>(...attributes: K[]): AttributeRule<K> => ({ kind: 'at_least_one_of', attributes }),
  /**
   * At least one of these must be set to create the object; an imported one may leave them all
   * unset, because the server cannot give them back (a file's source, a certificate's key).
   * Judged at plan time, when terraform says whether the object exists.
   */
  oneOfToCreate: <const K extends string>(...attributes: K[]): AttributeRule<K> => ({ kind: 'one_of_to_create', attributes }),
  /** When `attribute` is set, every one of `requires` must be set too. */
  requiredWith: <const K extends string>(attribute: K, ...requires: K[]): AttributeRule<K> => ({ kind: 'required_with', attribute, requires }),
  /**
   * Options that depend on a type attribute (an LDAP realm's base_dn, an OpenID realm's
   * issuer_url): for each value of `discriminator`, the attributes it needs and those it also
   * takes. Every attribute named anywhere in the table and not listed for the configured type is
   * refused; a type missing from the table is not judged (the discriminator's validator names it).
   */
  perType: <const K extends string>(discriminator: K, types: Readonly<Record<string, TypeOptions<K>>>): AttributeRule<K> => ({
    kind: 'per_type',
    discriminator,
    types,
  }),
};

/** A broken rule: the attribute the diagnostic points at and what to tell the user. */
export interface RuleViolation {
  readonly attribute: string;
  readonly summary: string;
  readonly detail: string;
}

type Presence = 'set' | 'null' | 'unknown';

function presence(object: Value, name: string): Presence {
  const value = getAttr(object, name);
  if (isUnknown(value)) return 'unknown';
  return value === null ? 'null' : 'set';
}

/** `"a", "b" and "c"` (or with backquotes for markdown). */
function list(names: readonly string[], quote = '"'): string {
  const quoted = names.map((n) => `${quote}${n}${quote}`);
  return quoted.length <= 2 ? quoted.join(' and ') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * The violations of `rule` in a configuration object (nothing while what decides it is unknown).
 * `creating` is known at plan time only; rules that depend on it are not judged without it.
 */
export function checkRule(rule: AttributeRule, object: Value, creating?: boolean): RuleViolation[] {
  if (rule.kind === 'per_type') return checkPerType(rule, object);
  if (rule.kind === 'one_of_to_create') {
    if (creating !== true || rule.attributes.some((name) => presence(object, name) !== 'null')) return [];
    const what = rule.attributes.length > 1 ? `one of ${list(rule.attributes)}` : list(rule.attributes);
    return [
      {
        attribute: rule.attributes[0]!,
        summary: 'Missing required attribute',
        detail: `Set ${what} to create it (only an imported object may leave it unset).`,
      },
    ];
  }
  if (rule.kind === 'required_with') {
    if (presence(object, rule.attribute) !== 'set') return [];
    return rule.requires
      .filter((name) => presence(object, name) === 'null')
      .map((name) => ({
        attribute: name,
        summary: 'Missing required attribute',
        detail: `"${name}" must be set when "${rule.attribute}" is set.`,
      }));
  }
  const states = rule.attributes.map((name) => ({ name, state: presence(object, name) }));
  const set = states.filter((s) => s.state === 'set').map((s) => s.name);
  const anyUnknown = states.some((s) => s.state === 'unknown');
  if ((rule.kind === 'conflicts_with' || rule.kind === 'exactly_one_of') && set.length > 1) {
    const detail =
      rule.kind === 'conflicts_with'
        ? `Set at most one of ${list(rule.attributes)}; ${list(set)} are set.`
        : `Set exactly one of ${list(rule.attributes)}; ${list(set)} are set.`;
    return set.slice(1).map((name) => ({ attribute: name, summary: 'Conflicting attributes', detail }));
  }
  if ((rule.kind === 'exactly_one_of' || rule.kind === 'at_least_one_of') && set.length === 0 && !anyUnknown) {
    const what = rule.kind === 'exactly_one_of' ? 'exactly one' : 'at least one';
    return [{ attribute: rule.attributes[0]!, summary: 'Missing required attribute', detail: `Set ${what} of ${list(rule.attributes)}.` }];
  }
  return [];
}

function checkPerType(rule: Extract<AttributeRule, { kind: 'per_type' }>, object: Value): RuleViolation[] {
  const type = getAttr(object, rule.discriminator);
  if (typeof type !== 'string') return [];
  const options = rule.types[type];
  if (options === undefined) return [];
  const takes = new Set([...(options.required ?? []), ...(options.optional ?? [])]);
  const violations: RuleViolation[] = [];
  for (const name of perTypeAttributes(rule)) {
    if (!takes.has(name) && presence(object, name) === 'set') {
      violations.push({
        attribute: name,
        summary: 'Attribute not valid for this type',
        detail: `"${name}" cannot be set when "${rule.discriminator}" is "${type}".`,
      });
    }
  }
  for (const name of options.required ?? []) {
    if (presence(object, name) === 'null') {
      violations.push({ attribute: name, summary: 'Missing required attribute', detail: `"${name}" must be set when "${rule.discriminator}" is "${type}".` });
    }
  }
  return violations;
}

/** Every attribute a per-type rule's table names, in the order first named. */
function perTypeAttributes(rule: Extract<AttributeRule, { kind: 'per_type' }>): string[] {
  return [...new Set(Object.values(rule.types).flatMap((o) => [...(o.required ?? []), ...(o.optional ?? [])]))];
}

/** The rule in words for the generated docs, e.g. 'Set exactly one of `a`, `b` and `c`.'. */
export function describeRule(rule: AttributeRule): string {
  const code = (names: readonly string[]) => list(names, '`');
  switch (rule.kind) {
    case 'conflicts_with':
      return `Set at most one of ${code(rule.attributes)}.`;
    case 'exactly_one_of':
      return `Set exactly one of ${code(rule.attributes)}.`;
    case 'at_least_one_of':
      return `Set at least one of ${code(rule.attributes)}.`;
    case 'one_of_to_create':
      return `To create it, set ${rule.attributes.length > 1 ? 'one of ' : ''}${code(rule.attributes)}; an imported one may leave ${rule.attributes.length > 1 ? 'them' : 'it'} unset (the server cannot give ${rule.attributes.length > 1 ? 'them' : 'it'} back).`;
    case 'required_with':
      return `When \`${rule.attribute}\` is set, ${code(rule.requires)} must be set too.`;
    case 'per_type':
      return Object.entries(rule.types)
        .map(([type, o]) => {
          const needs = (o.required ?? []).length > 0 ? `needs ${code(o.required ?? [])}` : 'needs nothing more';
          const takes = (o.optional ?? []).length > 0 ? ` and takes ${code(o.optional ?? [])}` : '';
          return `\`${rule.discriminator}\` = "${type}" ${needs}${takes}.`;
        })
        .join(' ');
  }
}

/** The names a rule mentions, to check at declaration time that they exist. */
export function ruleAttributes(rule: AttributeRule): readonly string[] {
  if (rule.kind === 'per_type') return [rule.discriminator, ...perTypeAttributes(rule)];
  return rule.kind === 'required_with' ? [rule.attribute, ...rule.requires] : rule.attributes;
}
