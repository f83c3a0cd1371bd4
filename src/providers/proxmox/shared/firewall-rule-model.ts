// One firewall rule as Terraform writes it, as the API sends it, and the plan-time checks of
// a rule list (pve-firewall `verify_rule`, through clients/proxmox/firewall/syntax.ts).
import type { FirewallRule, RuleInput } from '../../../clients/proxmox/index.js';
import { canonicalMacro, LOG_LEVELS, ruleProblems, type RuleEnv, type RuleFields } from '../../../clients/proxmox/firewall/syntax.js';
import { attr } from '../../../framework/attributes.js';
import { attributePath } from '../../../framework/diagnostics.js';
import type { ValidateContext } from '../../../framework/resource.js';
import { validators } from '../../../framework/validators.js';
import { getAttr } from '../../../framework/values-util.js';
import { isUnknown, type Value } from '../../../values/types.js';
import { firewallCommentAttribute } from './firewall-comment.js';

export const ruleAttributes = {
  type: attr.string({
    required: true,
    description: '"in", "out", "forward" (datacenter, nodes and security groups only) or "group" (insert a security group; not inside one).',
    validators: [validators.oneOf('in', 'out', 'forward', 'group')],
  }),
  action: attr.string({ required: true, description: 'ACCEPT, DROP or REJECT (not REJECT on "forward"); for type "group", the security group name.' }),
  macro: attr.string({ optional: true, description: 'A predefined service such as "SSH" or "HTTPS" (its protocol and ports).' }),
  iface: attr.string({ optional: true, description: 'Interface the rule applies to ("net0" on guests); not in security groups.' }),
  source: attr.string({ optional: true, description: 'Source: addresses, CIDRs or one range ("10.0.0.1-10.0.0.9"), an alias name, or an IP set as "+name".' }),
  dest: attr.string({ optional: true, description: 'Destination, written like source.' }),
  proto: attr.string({ optional: true, description: 'Protocol name or number from /etc/protocols ("tcp", "udp", "icmp", "6").' }),
  dport: attr.string({ optional: true, description: 'Destination ports: numbers, ranges "8000:8080" and service names, comma separated; needs proto.' }),
  sport: attr.string({ optional: true, description: 'Source ports, written like dport.' }),
  icmp_type: attr.string({ optional: true, description: 'ICMP type name ("echo-request"); needs proto "icmp" or "icmpv6".' }),
  log: attr.string({ optional: true, description: 'Log level of matched packets.', validators: [validators.oneOf(...LOG_LEVELS)] }),
  comment: firewallCommentAttribute(),
  enabled: attr.bool({ optional: true, description: 'Whether the rule is active (default true).' }),
};

export interface RuleModel {
  type: string;
  action: string;
  macro: string | null;
  iface: string | null;
  source: string | null;
  dest: string | null;
  proto: string | null;
  dport: string | null;
  sport: string | null;
  icmp_type: string | null;
  log: string | null;
  comment: string | null;
  enabled: boolean | null;
}

/** Model attribute -> API field, for the optional text fields. */
const TEXT_FIELDS = {
  macro: 'macro',
  iface: 'iface',
  source: 'source',
  dest: 'dest',
  proto: 'proto',
  dport: 'dport',
  sport: 'sport',
  icmp_type: 'icmp-type',
  log: 'log',
  comment: 'comment',
} as const;

/** The rule as the API stores it: every field, `enable` as 0/1, nothing unset. */
export type WantedRule = Required<Pick<RuleInput, 'type' | 'action'>> & RuleInput & { enable: number };

export function wantedRule(rule: RuleModel): WantedRule {
  const out: WantedRule = { type: rule.type, action: rule.action, enable: rule.enabled === false ? 0 : 1 };
  for (const [name, field] of Object.entries(TEXT_FIELDS)) {
    const value = rule[name as keyof typeof TEXT_FIELDS];
    if (value !== null && value !== '') out[field] = value;
  }
  if (out.macro !== undefined) out.macro = canonicalMacro(out.macro) ?? out.macro;
  return out;
}

/** A server rule in the same shape (`pos`, `digest`, `ipversion` dropped). */
export function storedRule(rule: FirewallRule): WantedRule {
  const out: WantedRule = { type: rule.type, action: rule.action, enable: rule.enable === 0 || rule.enable === undefined ? 0 : 1 };
  for (const field of Object.values(TEXT_FIELDS)) {
    const value = rule[field];
    if (value !== undefined && value !== '') out[field] = value;
  }
  return out;
}

const COMPARED = ['type', 'action', 'enable', ...Object.values(TEXT_FIELDS)] as const;

export function sameRule(a: WantedRule, b: WantedRule): boolean {
  return COMPARED.every((field) => a[field] === b[field]);
}

/**
 * A server rule as the model; `known` (the rule at this position in plan or state) keeps the
 * user's spelling where the server's means the same: `enabled` unset for an active rule, a
 * macro in another case.
 */
export function ruleToModel(rule: FirewallRule, known: RuleModel | undefined): RuleModel {
  const stored = storedRule(rule);
  const text = (field: (typeof TEXT_FIELDS)[keyof typeof TEXT_FIELDS]): string | null => stored[field] ?? null;
  const macro = text('macro');
  const knownMacro = known?.macro ?? null;
  return {
    type: stored.type,
    action: stored.action,
    macro: macro !== null && knownMacro !== null && knownMacro.toLowerCase() === macro.toLowerCase() ? knownMacro : macro,
    iface: text('iface'),
    source: text('source'),
    dest: text('dest'),
    proto: text('proto'),
    dport: text('dport'),
    sport: text('sport'),
    icmp_type: text('icmp-type'),
    log: text('log'),
    comment: text('comment'),
    // Active is the default: shown as true only where the configuration says so (an import leaves it unset).
    enabled: stored.enable === 1 ? (known?.enabled === true ? true : null) : false,
  };
}

export function rulesToModel(rules: readonly FirewallRule[], known: readonly RuleModel[] | null): RuleModel[] {
  return [...rules].sort((a, b) => a.pos - b.pos).map((rule, i) => ruleToModel(rule, known?.[i]));
}

/** The fields of a configured rule that are known now; unknown ones are left unjudged. */
function knownFields(rule: Value): { fields: RuleFields; complete: boolean } {
  const fields: RuleFields = {};
  let complete = true;
  for (const [name, field] of [['type', 'type'], ['action', 'action'], ...Object.entries(TEXT_FIELDS)] as const) {
    const value = getAttr(rule, name);
    if (isUnknown(value)) complete = false;
    else if (typeof value === 'string' && value !== '' && field !== 'log' && field !== 'comment') (fields as Record<string, string>)[field] = value;
  }
  return { fields, complete };
}

/** The API field a problem names, as the model's attribute. */
function attributeOf(field: string): string {
  return field === 'icmp-type' ? 'icmp_type' : field;
}

/** Checks every rule of `attribute` (a list of rules) as the server would in `env`, at plan time. */
export function validateRules(ctx: ValidateContext, attribute: string, env: RuleEnv): void {
  const list = ctx.config.get(attribute as never);
  if (!Array.isArray(list)) return;
  list.forEach((rule: Value, index) => {
    const { fields, complete } = knownFields(rule);
    const { problems } = ruleProblems(fields, env);
    for (const [field, message] of Object.entries(problems)) {
      // A problem about a missing field may be one that is still unknown.
      if (!complete && /missing property/.test(message)) continue;
      ctx.error(attributePath(attribute, index, attributeOf(field)), 'Invalid firewall rule', `${attribute}[${index}].${attributeOf(field)}: ${message}.`);
    }
  });
}
