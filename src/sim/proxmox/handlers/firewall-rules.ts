// Ordered firewall rule lists: the datacenter's, a node's, a guest's and each security group's
// (pve-firewall API2/Firewall/Rules.pm): new rules go on top, `moveto` reorders, every write
// checks the list's digest, a position past the end is "no rule at position N".
import { canonicalMacro, ruleProblems, storedComment, type RuleEnv } from '../../../clients/proxmox/firewall/syntax.js';
import type { Handler, RequestContext, Routes } from '../engine.js';
import type { SimFwConfig, SimFwRule } from '../firewall-state.js';
import { listWithDigest } from '../firewall-state.js';
import { die, paramError } from '../pve-error.js';
import { assertDigest, FW_BASE, fwConfigFor, RULE_ENV, type FwPlace } from './firewall-scope.js';

/** The rule properties a request may set (`$rule_properties`). */
const RULE_FIELDS = ['type', 'action', 'macro', 'iface', 'source', 'dest', 'proto', 'dport', 'sport', 'icmp-type', 'log', 'comment', 'enable'];

/** A rule list, the environment its rules are checked in, and the configs its references resolve in. */
interface RuleList {
  rules: SimFwRule[];
  env: RuleEnv;
  /** Where `+ipset` and alias references are looked up: the datacenter and the list's own file. */
  lookups: SimFwConfig[];
  save(rules: SimFwRule[]): void;
}

type ListOf = (ctx: RequestContext) => RuleList;

function placeList(place: FwPlace): ListOf {
  return (ctx) => {
    const config = fwConfigFor(ctx, place);
    return { rules: config.rules, env: RULE_ENV[place], lookups: [ctx.engine.state.firewall.cluster, config], save: (rules) => void (config.rules = rules) };
  };
}

function groupList(ctx: RequestContext): RuleList {
  const { cluster } = ctx.engine.state.firewall;
  const name = ctx.params.group ?? '';
  const group = cluster.groups.get(name);
  if (!group) throw die(`no such security group '${name}'`);
  return { rules: group.rules, env: 'group', lookups: [cluster], save: (rules) => void (group.rules = rules) };
}

/** A rule as the API lists it: numbers where the schema has integers. */
function view(rule: SimFwRule): Record<string, string | number> {
  const out: Record<string, string | number> = { ...rule };
  for (const key of ['enable', 'ipversion']) if (rule[key] !== undefined) out[key] = Number(rule[key]);
  return out;
}

function digestOf(rules: readonly SimFwRule[]): string {
  return listWithDigest(rules.map(view)).digest;
}

/**
 * `copy_rule_data`: given fields are set; an empty value or "-" removes one. The comment is kept
 * as the next read parses it: trimmed, and a blank one is not written (`$format_rules`).
 */
function copyRuleData(rule: SimFwRule, params: Readonly<Record<string, string>>): void {
  for (const field of RULE_FIELDS) {
    const given = params[field];
    const value = field === 'comment' && given !== undefined ? (storedComment(given) ?? '') : given;
    if (value === undefined) continue;
    if (value === '' || value === '-') delete rule[field];
    else rule[field] = value;
  }
}

/** An `+ipset` or alias in source/dest must exist in the datacenter or the list's own file. */
function referenceProblem(value: string | undefined, lookups: readonly SimFwConfig[]): string | undefined {
  if (!value) return undefined;
  if (value.startsWith('+')) {
    const match = /^\+(guest\/|dc\/|sdn\/)?([A-Za-z][A-Za-z0-9\-_]+)$/.exec(value);
    if (!match) return `invalid ipset name '${value}'`;
    return lookups.some((c) => c.ipsets.has(match[2] ?? '')) ? undefined : `no such ipset '${match[2]}'`;
  }
  const alias = /^(dc\/|guest\/)?([A-Za-z][A-Za-z0-9\-_]+)$/.exec(value);
  if (!alias) return undefined;
  return lookups.some((c) => c.aliases.has((alias[2] ?? '').toLowerCase())) ? undefined : `no such alias '${value}'`;
}

/** `verify_rule`: the first problem is raised as a 400 naming its parameter; a macro gets its own spelling. */
function verifyRule(rule: SimFwRule, list: RuleList): void {
  const { problems, family } = ruleProblems(rule, list.env);
  for (const field of ['source', 'dest']) {
    const problem = referenceProblem(rule[field], list.lookups);
    if (problem !== undefined) problems[field] ??= problem;
  }
  const [first] = Object.entries(problems);
  if (first) throw paramError({ [first[0]]: first[1] });
  if (rule.macro) rule.macro = canonicalMacro(rule.macro) ?? rule.macro;
  if (family === undefined) delete rule.ipversion;
  else rule.ipversion = String(family);
}

function positionOf(ctx: RequestContext, rules: readonly SimFwRule[]): number {
  const pos = Number(ctx.params.pos ?? '0');
  if (pos >= rules.length) throw die(`no rule at position ${pos}`);
  return pos;
}

function ruleRoutes(base: string, listOf: ListOf, listPath: string): Routes {
  const list: Handler = (ctx) => {
    const { list: rules } = listWithDigest(listOf(ctx).rules.map(view));
    return rules.map((rule, pos) => ({ ...rule, pos }));
  };
  const get: Handler = (ctx) => {
    const { rules } = listOf(ctx);
    const pos = positionOf(ctx, rules);
    return { ...listWithDigest(rules.map(view)).list[pos], pos };
  };
  const create: Handler = (ctx) => {
    const target = listOf(ctx);
    // The digest is accepted but not checked on create, and `pos` is ignored: new rules go on top.
    const rule: SimFwRule = {};
    copyRuleData(rule, ctx.params);
    verifyRule(rule, target);
    rule.enable ??= '0';
    target.save([rule, ...target.rules]);
    return null;
  };
  const update: Handler = (ctx) => {
    const target = listOf(ctx);
    assertDigest(digestOf(target.rules), ctx.params.digest);
    const pos = positionOf(ctx, target.rules);
    const rule = target.rules[pos] as SimFwRule;
    const moveto = ctx.params.moveto === undefined ? undefined : Number(ctx.params.moveto);
    if (moveto !== undefined && moveto !== pos) {
      // Other parameters are ignored; the rule lands before the one now at `moveto`, or last.
      const rest = target.rules.filter((_, i) => i !== pos);
      const at = moveto > pos ? moveto - 1 : moveto;
      target.save(moveto >= target.rules.length ? [...rest, rule] : [...rest.slice(0, at), rule, ...rest.slice(at)]);
      return null;
    }
    const changed = { ...rule };
    copyRuleData(changed, ctx.params);
    for (const key of (ctx.params.delete ?? '').split(/[,;\s]+/).filter((k) => k !== '')) {
      if (!RULE_FIELDS.includes(key)) throw paramError({ delete: `no such property ('${key}')` });
      if (key === 'type' || key === 'action') throw paramError({ delete: `unable to delete required property '${key}'` });
      delete changed[key];
    }
    verifyRule(changed, target);
    target.save(target.rules.map((r, i) => (i === pos ? changed : r)));
    return null;
  };
  const remove: Handler = (ctx) => {
    const target = listOf(ctx);
    assertDigest(digestOf(target.rules), ctx.params.digest);
    const pos = positionOf(ctx, target.rules);
    target.save(target.rules.filter((_, i) => i !== pos));
    return null;
  };
  const path = `${base}${listPath}`;
  return { [`GET ${path}`]: list, [`POST ${path}`]: create, [`GET ${path}/{pos}`]: get, [`PUT ${path}/{pos}`]: update, [`DELETE ${path}/{pos}`]: remove };
}

export const firewallRuleRoutes: Routes = {
  ...ruleRoutes(FW_BASE.cluster, placeList('cluster'), '/rules'),
  ...ruleRoutes(FW_BASE.host, placeList('host'), '/rules'),
  ...ruleRoutes(FW_BASE.qemu, placeList('qemu'), '/rules'),
  ...ruleRoutes(FW_BASE.lxc, placeList('lxc'), '/rules'),
  ...ruleRoutes('/cluster/firewall/groups', groupList, '/{group}'),
};
