// The firewall (`/cluster/firewall`, `/nodes/{node}/firewall`, `/nodes/{node}/{qemu|lxc}/{vmid}/firewall`):
// options, ordered rule lists, security groups, aliases and IP sets. Lists carry the digest of
// the whole list, which writes send back so a concurrent change fails instead of being lost.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { optionalStrings } from '../optional-fields.js';
import { flag, intLike, nullData } from '../schemas.js';
import { deleteList, type EndpointContext } from './context.js';

export type FirewallScope =
  | { readonly kind: 'cluster' }
  | { readonly kind: 'node'; readonly node: string }
  | { readonly kind: 'guest'; readonly node: string; readonly vmid: number; readonly guest: 'qemu' | 'lxc' };
/** Rule lists: a scope's own, or a security group's. */
export type RuleScope = FirewallScope | { readonly kind: 'group'; readonly group: string };
/** Aliases and IP sets live in the datacenter or in a guest's firewall. */
export type ObjectScope = Exclude<FirewallScope, { kind: 'node' }>;

const ruleEntry = lazySchema(() =>
  z.looseObject({
    pos: intLike,
    type: z.string(),
    action: z.string(),
    enable: intLike.optional(),
    ...optionalStrings('macro', 'iface', 'source', 'dest', 'proto', 'dport', 'sport', 'icmp-type', 'log', 'comment', 'digest'),
  }),
);
const groupEntry = lazySchema(() => z.looseObject({ group: z.string(), comment: z.string().optional(), digest: z.string() }));
const aliasEntry = lazySchema(() => z.looseObject({ name: z.string(), cidr: z.string(), comment: z.string().optional(), digest: z.string().optional() }));
const ipsetEntry = lazySchema(() => z.looseObject({ name: z.string(), comment: z.string().optional(), digest: z.string() }));
const ipsetMember = lazySchema(() =>
  z.looseObject({ cidr: z.string(), comment: z.string().optional(), nomatch: flag.optional(), digest: z.string().optional() }),
);
const optionsRecord = lazySchema(() => z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])));

export type FirewallRule = z.infer<typeof ruleEntry>;
export type FirewallGroup = z.infer<typeof groupEntry>;
export type FirewallAlias = z.infer<typeof aliasEntry>;
export type FirewallIpset = z.infer<typeof ipsetEntry>;
export type FirewallIpsetEntry = z.infer<typeof ipsetMember>;
export type FirewallOptions = z.infer<typeof optionsRecord>;

/** A rule's writable fields as the API names them; `enable` and `log` included. */
export type RuleInput = Partial<
  Record<'type' | 'action' | 'macro' | 'iface' | 'source' | 'dest' | 'proto' | 'dport' | 'sport' | 'icmp-type' | 'log' | 'comment', string>
> & {
  enable?: number;
};

export interface WriteGuard {
  /** The list's digest as last read: the write fails when someone changed it since. */
  digest?: string;
}

function scopePath(scope: RuleScope): string {
  switch (scope.kind) {
    case 'cluster':
      return '/cluster/firewall';
    case 'node':
      return `/nodes/${encodeURIComponent(scope.node)}/firewall`;
    case 'guest':
      return `/nodes/${encodeURIComponent(scope.node)}/${scope.guest}/${scope.vmid}/firewall`;
    case 'group':
      return '/cluster/firewall/groups';
  }
}

/** Where a scope's rules are: `…/rules`, or the group itself for a security group. */
function rulesPath(scope: RuleScope): string {
  return scope.kind === 'group' ? `/cluster/firewall/groups/${encodeURIComponent(scope.group)}` : `${scopePath(scope)}/rules`;
}

const seg = encodeURIComponent;

export class FirewallApi {
  constructor(private readonly ctx: EndpointContext) {}

  // --- options ---------------------------------------------------------------------------

  options(scope: FirewallScope): Promise<FirewallOptions> {
    return this.ctx.http.call('GET', `${scopePath(scope)}/options`, {}, optionsRecord);
  }

  async updateOptions(
    scope: FirewallScope,
    values: Record<string, string | number | boolean>,
    options: WriteGuard & { delete?: readonly string[] } = {},
  ): Promise<void> {
    await this.ctx.http.call('PUT', `${scopePath(scope)}/options`, { ...values, delete: deleteList(options.delete), digest: options.digest }, nullData);
  }

  // --- rules -------------------------------------------------------------------------------

  /** The rules in order (`pos` 0 first). */
  rules(scope: RuleScope): Promise<FirewallRule[]> {
    return this.ctx.http.call('GET', rulesPath(scope), {}, z.array(ruleEntry));
  }

  /** Adds a rule at the top (position 0), as the server always does. */
  async createRule(scope: RuleScope, rule: RuleInput, guard: WriteGuard = {}): Promise<void> {
    await this.ctx.http.call('POST', rulesPath(scope), { ...rule, digest: guard.digest }, nullData);
  }

  async updateRule(scope: RuleScope, pos: number, rule: RuleInput, options: WriteGuard & { delete?: readonly string[] } = {}): Promise<void> {
    await this.ctx.http.call('PUT', `${rulesPath(scope)}/${pos}`, { ...rule, delete: deleteList(options.delete), digest: options.digest }, nullData);
  }

  /** Moves the rule at `pos` before the rule now at `moveto` (to the end when past it). */
  async moveRule(scope: RuleScope, pos: number, moveto: number, guard: WriteGuard = {}): Promise<void> {
    await this.ctx.http.call('PUT', `${rulesPath(scope)}/${pos}`, { moveto, digest: guard.digest }, nullData);
  }

  async deleteRule(scope: RuleScope, pos: number, guard: WriteGuard = {}): Promise<void> {
    await this.ctx.http.call('DELETE', `${rulesPath(scope)}/${pos}`, { digest: guard.digest }, nullData);
  }

  // --- security groups ---------------------------------------------------------------------

  groups(): Promise<FirewallGroup[]> {
    return this.ctx.http.call('GET', '/cluster/firewall/groups', {}, z.array(groupEntry));
  }

  async createGroup(group: string, comment?: string): Promise<void> {
    await this.ctx.http.call('POST', '/cluster/firewall/groups', { group, comment }, nullData);
  }

  /** Sets a group's comment (a rename to itself, as the API has it). */
  async updateGroupComment(group: string, comment: string, guard: WriteGuard = {}): Promise<void> {
    await this.ctx.http.call('POST', '/cluster/firewall/groups', { group, rename: group, comment, digest: guard.digest }, nullData);
  }

  /** Deletes an empty group (the server refuses one with rules). */
  async deleteGroup(group: string): Promise<void> {
    await this.ctx.http.call('DELETE', `/cluster/firewall/groups/${seg(group)}`, {}, nullData);
  }

  // --- aliases -----------------------------------------------------------------------------

  aliases(scope: ObjectScope): Promise<FirewallAlias[]> {
    return this.ctx.http.call('GET', `${scopePath(scope)}/aliases`, {}, z.array(aliasEntry));
  }

  /** One alias; a missing one is an error (`isNotFound`). */
  alias(scope: ObjectScope, name: string): Promise<FirewallAlias> {
    return this.ctx.http.call('GET', `${scopePath(scope)}/aliases/${seg(name)}`, {}, aliasEntry);
  }

  async createAlias(scope: ObjectScope, alias: { name: string; cidr: string; comment?: string }): Promise<void> {
    await this.ctx.http.call('POST', `${scopePath(scope)}/aliases`, alias, nullData);
  }

  /** Replaces an alias's address and comment (a comment left out is removed). */
  async updateAlias(scope: ObjectScope, name: string, alias: { cidr: string; comment?: string }, guard: WriteGuard = {}): Promise<void> {
    await this.ctx.http.call('PUT', `${scopePath(scope)}/aliases/${seg(name)}`, { ...alias, digest: guard.digest }, nullData);
  }

  async deleteAlias(scope: ObjectScope, name: string, guard: WriteGuard = {}): Promise<void> {
    await this.ctx.http.call('DELETE', `${scopePath(scope)}/aliases/${seg(name)}`, { digest: guard.digest }, nullData);
  }

  // --- IP sets -----------------------------------------------------------------------------

  ipsets(scope: ObjectScope): Promise<FirewallIpset[]> {
    return this.ctx.http.call('GET', `${scopePath(scope)}/ipset`, {}, z.array(ipsetEntry));
  }

  /** An IP set's entries, newest first; a missing set is an error (`isNotFound`). */
  ipsetEntries(scope: ObjectScope, name: string): Promise<FirewallIpsetEntry[]> {
    return this.ctx.http.call('GET', `${scopePath(scope)}/ipset/${seg(name)}`, {}, z.array(ipsetMember));
  }

  async createIpset(scope: ObjectScope, name: string, comment?: string): Promise<void> {
    await this.ctx.http.call('POST', `${scopePath(scope)}/ipset`, { name, comment }, nullData);
  }

  async updateIpsetComment(scope: ObjectScope, name: string, comment: string, guard: WriteGuard = {}): Promise<void> {
    await this.ctx.http.call('POST', `${scopePath(scope)}/ipset`, { name, rename: name, comment, digest: guard.digest }, nullData);
  }

  /** Deletes an IP set; `force` also when it still has entries. */
  async deleteIpset(scope: ObjectScope, name: string, force = false): Promise<void> {
    await this.ctx.http.call('DELETE', `${scopePath(scope)}/ipset/${seg(name)}`, { force: force || undefined }, nullData);
  }

  async addIpsetEntry(scope: ObjectScope, name: string, entry: { cidr: string; comment?: string; nomatch?: boolean }): Promise<void> {
    await this.ctx.http.call('POST', `${scopePath(scope)}/ipset/${seg(name)}`, entry, nullData);
  }

  /** Replaces an entry's comment and nomatch flag. */
  async updateIpsetEntry(
    scope: ObjectScope,
    name: string,
    cidr: string,
    entry: { comment?: string; nomatch?: boolean },
    guard: WriteGuard = {},
  ): Promise<void> {
    await this.ctx.http.call('PUT', `${scopePath(scope)}/ipset/${seg(name)}/${seg(cidr)}`, { ...entry, digest: guard.digest }, nullData);
  }

  async deleteIpsetEntry(scope: ObjectScope, name: string, cidr: string, guard: WriteGuard = {}): Promise<void> {
    await this.ctx.http.call('DELETE', `${scopePath(scope)}/ipset/${seg(name)}/${seg(cidr)}`, { digest: guard.digest }, nullData);
  }
}
