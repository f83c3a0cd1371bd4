// IP sets of the datacenter and of guests (pve-firewall API2/Firewall/IPSet.pm). Names read back
// in lowercase (the config parser lowercases `[ipset NAME]`); entries are stored cleaned
// (`10.0.0.5/24` as `10.0.0.0/24`, `/32` dropped), newest first; a missing set is
// "no such IPSet 'x'", a missing entry a 400 `cidr: no such IP/Network`. Comments read back
// trimmed, as the .fw parser reads them.
import { isAliasReference, storedComment, storedIpsetCidr } from '../../../clients/proxmox/firewall/syntax.js';
import type { Handler, RequestContext, Routes } from '../engine.js';
import { listWithDigest, type SimFwConfig, type SimFwIpset, type SimFwIpsetEntry } from '../firewall-state.js';
import { die, paramError } from '../pve-error.js';
import { assertDigest, FW_BASE, fwConfigFor, type FwPlace } from './firewall-scope.js';

function setList(config: SimFwConfig): Array<Record<string, string>> {
  return [...config.ipsets.keys()].sort().map((name): Record<string, string> => {
    const comment = config.ipsets.get(name)?.comment;
    return comment ? { name, comment } : { name };
  });
}

function requireSet(ctx: RequestContext, config: SimFwConfig): SimFwIpset {
  const name = ctx.params.name ?? '';
  const set = config.ipsets.get(name);
  if (!set) throw die(`no such IPSet '${name}'`);
  return set;
}

function entryView(entry: SimFwIpsetEntry): Record<string, string | number> {
  const out: Record<string, string | number> = { cidr: entry.cidr };
  if (entry.nomatch) out.nomatch = 1;
  if (entry.comment) out.comment = entry.comment;
  return out;
}

function createOrRename(ctx: RequestContext, config: SimFwConfig): null {
  const name = (ctx.params.name ?? '').toLowerCase();
  const { rename } = ctx.params;
  const comment = ctx.params.comment === undefined ? undefined : (storedComment(ctx.params.comment) ?? '');
  if (rename) {
    assertDigest(listWithDigest(setList(config)).digest, ctx.params.digest);
    const from = config.ipsets.get(rename.toLowerCase());
    if (!from) throw paramError({ name: `IPSet '${rename}' does not exist` });
    if (config.ipsets.has(name) && name !== rename.toLowerCase()) throw paramError({ name: `IPSet '${ctx.params.name}' does already exist` });
    config.ipsets.delete(rename.toLowerCase());
    config.ipsets.set(name, comment === undefined ? from : { ...from, comment });
    return null;
  }
  if (config.ipsets.has(name)) throw paramError({ name: `IPSet '${name}' already exists` });
  config.ipsets.set(name, { entries: [], ...(comment !== undefined ? { comment } : {}) });
  return null;
}

function addEntry(ctx: RequestContext, place: FwPlace): null {
  const config = fwConfigFor(ctx, place);
  const set = requireSet(ctx, config);
  const given = ctx.params.cidr ?? '';
  if (isAliasReference(given)) {
    const alias = given.replace(/^(dc|guest)\//, '').toLowerCase();
    const known = [ctx.engine.state.firewall.cluster, config].some((c) => c.aliases.has(alias));
    if (!known) throw die(`no such alias '${given}'`);
  }
  const cidr = storedIpsetCidr(given);
  if (set.entries.some((e) => e.cidr === cidr)) throw paramError({ cidr: `address '${cidr}' already exists` });
  if (/\/0+$/.test(cidr)) throw paramError({ cidr: 'a zero prefix is not allowed in ipset entries' });
  const entry: SimFwIpsetEntry = { cidr };
  if (ctx.params.nomatch === '1') entry.nomatch = true;
  const comment = storedComment(ctx.params.comment);
  if (comment) entry.comment = comment;
  set.entries.unshift(entry);
  return null;
}

function ipsetRoutes(place: FwPlace): Routes {
  const base = `${FW_BASE[place]}/ipset`;
  const entriesDigest = (set: SimFwIpset): string => listWithDigest(set.entries.map(entryView)).digest;
  const list: Handler = (ctx) => listWithDigest(setList(fwConfigFor(ctx, place))).list;
  const entries: Handler = (ctx) => listWithDigest(requireSet(ctx, fwConfigFor(ctx, place)).entries.map(entryView)).list;
  const removeSet: Handler = (ctx) => {
    const config = fwConfigFor(ctx, place);
    const set = requireSet(ctx, config);
    if (set.entries.length > 0 && ctx.params.force !== '1') throw die(`IPSet '${ctx.params.name}' is not empty`);
    config.ipsets.delete(ctx.params.name ?? '');
    return null;
  };
  const getEntry: Handler = (ctx) => {
    const set = requireSet(ctx, fwConfigFor(ctx, place));
    const found = listWithDigest(set.entries.map(entryView)).list.find((e) => e.cidr === ctx.params.cidr);
    if (!found) throw paramError({ cidr: 'no such IP/Network' });
    return found;
  };
  const updateEntry: Handler = (ctx) => {
    const set = requireSet(ctx, fwConfigFor(ctx, place));
    assertDigest(entriesDigest(set), ctx.params.digest);
    const entry = set.entries.find((e) => e.cidr === ctx.params.cidr);
    if (!entry) throw paramError({ cidr: 'no such IP/Network' });
    // Both are replaced: one left out is removed.
    delete entry.comment;
    delete entry.nomatch;
    if (ctx.params.nomatch === '1') entry.nomatch = true;
    const comment = storedComment(ctx.params.comment);
    if (comment) entry.comment = comment;
    return null;
  };
  const removeEntry: Handler = (ctx) => {
    const set = requireSet(ctx, fwConfigFor(ctx, place));
    assertDigest(entriesDigest(set), ctx.params.digest);
    set.entries = set.entries.filter((e) => e.cidr !== ctx.params.cidr);
    return null;
  };
  return {
    [`GET ${base}`]: list,
    [`POST ${base}`]: (ctx) => createOrRename(ctx, fwConfigFor(ctx, place)),
    [`GET ${base}/{name}`]: entries,
    [`POST ${base}/{name}`]: (ctx) => addEntry(ctx, place),
    [`DELETE ${base}/{name}`]: removeSet,
    [`GET ${base}/{name}/{cidr}`]: getEntry,
    [`PUT ${base}/{name}/{cidr}`]: updateEntry,
    [`DELETE ${base}/{name}/{cidr}`]: removeEntry,
  };
}

export const firewallIpsetRoutes: Routes = { ...ipsetRoutes('cluster'), ...ipsetRoutes('qemu'), ...ipsetRoutes('lxc') };
