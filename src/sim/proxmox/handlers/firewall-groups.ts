// Security groups (pve-firewall API2/Firewall/Groups.pm; their rules are in firewall-rules.ts):
// names read back in lowercase (`[group NAME]` is lowercased by the parser), a comment is set by
// "renaming" a group to itself, only an empty group may be deleted.
import { storedComment } from '../../../clients/proxmox/firewall/syntax.js';
import type { Handler, Routes } from '../engine.js';
import { listWithDigest } from '../firewall-state.js';
import { die, paramError } from '../pve-error.js';
import { assertDigest } from './firewall-scope.js';

const list: Handler = (ctx) => {
  const { groups } = ctx.engine.state.firewall.cluster;
  const entries = [...groups.keys()].sort().map((group) => {
    const comment = groups.get(group)?.comment;
    return comment ? { group, comment } : { group };
  });
  return listWithDigest(entries).list;
};

const createOrRename: Handler = (ctx) => {
  const { groups } = ctx.engine.state.firewall.cluster;
  const group = (ctx.params.group ?? '').toLowerCase();
  const { rename } = ctx.params;
  // The `[group NAME] # comment` header is read back trimmed.
  const comment = ctx.params.comment === undefined ? undefined : (storedComment(ctx.params.comment) ?? '');
  if (rename) {
    const current = listWithDigest(list(ctx) as Array<Record<string, string>>).digest;
    assertDigest(current, ctx.params.digest);
    const from = groups.get(rename.toLowerCase());
    if (!from) throw paramError({ group: `Security group '${rename}' does not exist` });
    if (rename.toLowerCase() === group) {
      if (comment !== undefined) from.comment = comment;
      return null;
    }
    if (groups.has(group)) throw paramError({ group: `Security group '${ctx.params.group}' does already exist` });
    groups.delete(rename.toLowerCase());
    groups.set(group, from);
    return null;
  }
  if (groups.has(group)) throw paramError({ group: `Security group '${group}' already exists` });
  groups.set(group, { rules: [], ...(comment !== undefined ? { comment } : {}) });
  return null;
};

const remove: Handler = (ctx) => {
  const { groups } = ctx.engine.state.firewall.cluster;
  const name = ctx.params.group ?? '';
  const group = groups.get(name);
  if (!group) throw die(`no such security group '${name}'`);
  if (group.rules.length > 0) throw die(`Security group '${name}' is not empty`);
  groups.delete(name);
  return null;
};

export const firewallGroupRoutes: Routes = {
  'GET /cluster/firewall/groups': list,
  'POST /cluster/firewall/groups': createOrRename,
  'DELETE /cluster/firewall/groups/{group}': remove,
};
