// Brings a firewall rule list on the server to the wanted list, in order. The server knows rules
// only by position and adds new ones on top, so each round reads the list afresh and makes one
// change with that read's digest (a concurrent edit makes the change fail instead of landing at
// the wrong position): reuse a surplus rule in place, delete a surplus rule, add a missing rule,
// or move the first misplaced rule up to its place. It ends when the list is the wanted one.
import type { FirewallRule, ProxmoxClient, RuleScope } from '../../../clients/proxmox/index.js';
import { sameRule, storedRule, type WantedRule } from './firewall-rule-model.js';

/** One change toward the wanted list, with positions in the list as last read. */
export type RuleStep =
  | { readonly op: 'update'; readonly pos: number; readonly rule: WantedRule; readonly remove: readonly string[] }
  | { readonly op: 'delete'; readonly pos: number }
  | { readonly op: 'create'; readonly rule: WantedRule }
  | { readonly op: 'move'; readonly pos: number; readonly moveto: number };

/** Server rule positions matched to wanted rules: each wanted rule takes the first equal unused one. */
function match(current: readonly WantedRule[], wanted: readonly WantedRule[]): { byWanted: Array<number | undefined>; used: Set<number> } {
  const used = new Set<number>();
  const byWanted = wanted.map((rule) => {
    const pos = current.findIndex((c, i) => !used.has(i) && sameRule(c, rule));
    if (pos >= 0) used.add(pos);
    return pos >= 0 ? pos : undefined;
  });
  return { byWanted, used };
}

/** The fields `from` has and `to` does not: what an in-place update must delete. */
function removedFields(from: WantedRule, to: WantedRule): string[] {
  return Object.keys(from).filter((key) => (to as Record<string, unknown>)[key] === undefined);
}

/** The next change to make, or undefined when the server's list is the wanted one. */
export function nextRuleStep(current: readonly WantedRule[], wanted: readonly WantedRule[]): RuleStep | undefined {
  const { byWanted, used } = match(current, wanted);
  const surplus = current.map((_, i) => i).filter((i) => !used.has(i));
  const missing = wanted.filter((_, i) => byWanted[i] === undefined);
  const [reuse] = surplus;
  const [add] = missing;
  if (reuse !== undefined && add !== undefined) return { op: 'update', pos: reuse, rule: add, remove: removedFields(current[reuse] as WantedRule, add) };
  if (reuse !== undefined) return { op: 'delete', pos: surplus[surplus.length - 1] ?? reuse };
  if (add !== undefined) return { op: 'create', rule: add };
  // Same rules, maybe another order: bring the rule wanted at k up from where it is (always below k).
  const k = byWanted.findIndex((pos, i) => pos !== i);
  if (k < 0) return undefined;
  const from = current.findIndex((c, i) => i > k && sameRule(c, wanted[k] as WantedRule));
  return { op: 'move', pos: from, moveto: k };
}

/** Applies steps until the server holds `wanted` in order; returns the final list. */
export async function syncRules(client: ProxmoxClient, scope: RuleScope, wanted: readonly WantedRule[]): Promise<FirewallRule[]> {
  const api = client.firewall;
  // Every step settles at least one rule; a list that keeps changing under us is an error.
  const limit = 3 * wanted.length + 2 * 64 + 8;
  for (let round = 0; round < limit; round++) {
    const listed = await api.rules(scope);
    const step = nextRuleStep(
      listed.map((r) => storedRule(r)),
      wanted,
    );
    if (step === undefined) return listed;
    const digest = listed[0]?.digest;
    const guard = digest === undefined ? {} : { digest };
    switch (step.op) {
      case 'update':
        await api.updateRule(scope, step.pos, step.rule, { ...guard, delete: step.remove });
        break;
      case 'delete':
        await api.deleteRule(scope, step.pos, guard);
        break;
      case 'create':
        await api.createRule(scope, step.rule, guard);
        break;
      case 'move':
        await api.moveRule(scope, step.pos, step.moveto, guard);
        break;
    }
  }
  throw new Error('The firewall rule list kept changing while it was being updated; apply again.');
}
