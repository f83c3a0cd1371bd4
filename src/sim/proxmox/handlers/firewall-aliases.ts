// Firewall aliases of the datacenter and of guests (pve-firewall API2/Firewall/Aliases.pm):
// keyed by the lowercase name, listed sorted; a missing one is a 400 `name: no such alias`;
// an update replaces address and comment; deleting a missing alias succeeds. Reads re-parse the
// file: a full-length prefix is dropped and the comment trimmed.
import { isIP } from 'node:net';
import { storedComment, withoutFullPrefix } from '../../../clients/proxmox/firewall/syntax.js';
import type { Handler, Routes } from '../engine.js';
import type { SimFwAlias, SimFwConfig } from '../firewall-state.js';
import { listWithDigest } from '../firewall-state.js';
import { paramError } from '../pve-error.js';
import { assertDigest, FW_BASE, fwConfigFor, type FwPlace } from './firewall-scope.js';

/** An alias as read back: the config parser adds the address family. */
function view(alias: SimFwAlias): Record<string, string | number> {
  return { ...alias, ipversion: isIP(alias.cidr.split('/')[0] ?? '') };
}

function sortedList(config: SimFwConfig): Array<Record<string, string | number>> {
  return [...config.aliases.keys()].sort().map((key) => view(config.aliases.get(key) as SimFwAlias));
}

/** An alias as the next read parses it back: `/32` and `/128` dropped (`parse_ip_or_cidr`), the comment trimmed. */
function aliasOf(params: Readonly<Record<string, string>>): SimFwAlias {
  const comment = storedComment(params.comment);
  return { name: params.name ?? '', cidr: withoutFullPrefix(params.cidr ?? ''), ...(comment ? { comment } : {}) };
}

function aliasRoutes(place: FwPlace): Routes {
  const base = `${FW_BASE[place]}/aliases`;
  const list: Handler = (ctx) => listWithDigest(sortedList(fwConfigFor(ctx, place))).list;
  const create: Handler = (ctx) => {
    const config = fwConfigFor(ctx, place);
    const key = (ctx.params.name ?? '').toLowerCase();
    if (config.aliases.has(key)) throw paramError({ name: `alias '${ctx.params.name}' already exists` });
    config.aliases.set(key, aliasOf(ctx.params));
    return null;
  };
  const get: Handler = (ctx) => {
    const alias = fwConfigFor(ctx, place).aliases.get((ctx.params.name ?? '').toLowerCase());
    if (!alias) throw paramError({ name: 'no such alias' });
    return view(alias);
  };
  const update: Handler = (ctx) => {
    const config = fwConfigFor(ctx, place);
    assertDigest(listWithDigest(sortedList(config)).digest, ctx.params.digest);
    const key = (ctx.params.name ?? '').toLowerCase();
    if (!config.aliases.has(key)) throw paramError({ name: 'no such alias' });
    const alias = aliasOf(ctx.params);
    const rename = ctx.params.rename;
    if (rename && rename.toLowerCase() !== key) {
      if (config.aliases.has(rename.toLowerCase())) throw paramError({ name: `alias '${rename}' already exists` });
      config.aliases.delete(key);
      config.aliases.set(rename.toLowerCase(), { ...alias, name: rename });
      return null;
    }
    config.aliases.set(key, alias);
    return null;
  };
  const remove: Handler = (ctx) => {
    const config = fwConfigFor(ctx, place);
    assertDigest(listWithDigest(sortedList(config)).digest, ctx.params.digest);
    config.aliases.delete((ctx.params.name ?? '').toLowerCase());
    return null;
  };
  return { [`GET ${base}`]: list, [`POST ${base}`]: create, [`GET ${base}/{name}`]: get, [`PUT ${base}/{name}`]: update, [`DELETE ${base}/{name}`]: remove };
}

export const firewallAliasRoutes: Routes = { ...aliasRoutes('cluster'), ...aliasRoutes('qemu'), ...aliasRoutes('lxc') };
