// filesystem.getacl, filesystem.setacl (a job) and filesystem.acltemplate.* (truenas/middleware
// src/middlewared/middlewared/plugins/filesystem_/acl.py, acl_template.py, utils.py and
// utils/filesystem/acl.py @TS-25.10.6; 26.0's changes from the same files @TS-26.0.0-BETA.3).
// The ACL type of a path follows its dataset's acltype property; a path without a stored ACL
// has the trivial ACL of its mode.
import { Errno } from '../../../clients/truenas/errno.js';
import type { SimAclTemplate, SimNfs4Ace, SimPathAcl, SimPosixAce } from '../acl-state.js';
import { crud, dict, mustExist, versionAtLeast, type CallContext, type MethodTable } from '../registry.js';
import { SimCallError, Verrors, invalid } from '../sim-errors.js';
import type { SimState } from '../state.js';
import { effectiveProperty, parentName } from '../zfs-props.js';
import { pathExists } from './accounts.js';

const PERMS = ['READ_DATA', 'WRITE_DATA', 'APPEND_DATA', 'READ_NAMED_ATTRS', 'WRITE_NAMED_ATTRS', 'EXECUTE', 'DELETE', 'DELETE_CHILD'];
const ALL_PERMS = [...PERMS, 'READ_ATTRIBUTES', 'WRITE_ATTRIBUTES', 'READ_ACL', 'WRITE_ACL', 'WRITE_OWNER', 'SYNCHRONIZE'];
const ALL_FLAGS = ['FILE_INHERIT', 'DIRECTORY_INHERIT', 'NO_PROPAGATE_INHERIT', 'INHERIT_ONLY', 'INHERITED'];
/**
 * The basic sets as access masks, which setacl writes and getacl recognises (an exact match).
 * 26.0 converts them itself (utils/filesystem/acl.py:191-223 _NFS4_BASIC_* @TS-26.0.0-BETA.3);
 * 25.04 and 25.10 had nfs4xdr_getfacl -j and nfs4xdr_setfacl -j do it (plugins/filesystem_/acl.py:319,512
 * @TS-25.10.6, the same at TS-25.04.2.6), whose READ has no SYNCHRONIZE and whose TRAVERSE has
 * READ_ACL and no SYNCHRONIZE (nfs4xdr-acl-tools include/nfs4_json.h:41-45, include/nfs4.h:60-72
 * @ee7b2d3, tags TS-25.04.2.5 and TS-25.10-RC.1). The file keeps the mask it was given, so an
 * entry written as READ or TRAVERSE before 26.0 reads back as its advanced perms after the upgrade.
 */
const BASIC_PERMS_26: Record<string, string[]> = {
  FULL_CONTROL: ALL_PERMS,
  MODIFY: ALL_PERMS.filter((p) => p !== 'WRITE_ACL' && p !== 'WRITE_OWNER'),
  READ: ['READ_DATA', 'READ_NAMED_ATTRS', 'READ_ATTRIBUTES', 'READ_ACL', 'EXECUTE', 'SYNCHRONIZE'],
  TRAVERSE: ['READ_NAMED_ATTRS', 'READ_ATTRIBUTES', 'EXECUTE', 'SYNCHRONIZE'],
};
const BASIC_PERMS_NFS4XDR: Record<string, string[]> = {
  ...BASIC_PERMS_26,
  READ: ['READ_DATA', 'READ_ATTRIBUTES', 'READ_NAMED_ATTRS', 'READ_ACL', 'EXECUTE'],
  TRAVERSE: ['EXECUTE', 'READ_ATTRIBUTES', 'READ_NAMED_ATTRS', 'READ_ACL'],
};
const basicPerms = (version: string) => (versionAtLeast(version, '26.0') ? BASIC_PERMS_26 : BASIC_PERMS_NFS4XDR);
const BASIC_FLAGS: Record<string, string[]> = { INHERIT: ['FILE_INHERIT', 'DIRECTORY_INHERIT'], NOINHERIT: [] };
const NFS4_SPECIAL = ['owner@', 'group@', 'everyone@'];
const POSIX_SPECIAL = ['USER_OBJ', 'GROUP_OBJ', 'OTHER', 'MASK'];

type AclType = 'NFS4' | 'POSIX1E' | 'DISABLED';

/** The acltype of the dataset a path lies in (path_get_acltype: the xattrs ZFS offers for it). */
function pathAcltype(state: SimState, path: string): AclType {
  for (let name: string | undefined = path.slice('/mnt/'.length); name; name = parentName(name)) {
    const dataset = state.datasets.get(name);
    if (!dataset) continue;
    const acltype = effectiveProperty(state, dataset, 'acltype').toLowerCase();
    return acltype === 'nfsv4' ? 'NFS4' : acltype === 'posix' ? 'POSIX1E' : 'DISABLED';
  }
  return 'DISABLED';
}

function permsOf(state: SimState, path: string) {
  return state.pathPerms.get(path) ?? { uid: 0, gid: 0, mode: 0o755 };
}

/** The ACL stored for a path, if it is of the path's current type. */
export function storedAcl(state: SimState, path: string): SimPathAcl | undefined {
  const acl = state.pathAcls.get(path);
  return acl && acl.acltype === pathAcltype(state, path) ? acl : undefined;
}

const bits = (mode: number, shift: number) => ({
  READ: Boolean(mode & (4 << shift)),
  WRITE: Boolean(mode & (2 << shift)),
  EXECUTE: Boolean(mode & (1 << shift)),
});

/** The trivial NFSv4 ACL ZFS shows for a mode (owner@ also administers the file). */
function trivialNfs4(mode: number): SimNfs4Ace[] {
  const maskOf = (b: { READ: boolean; WRITE: boolean; EXECUTE: boolean }, owner: boolean) => [
    ...(b.READ ? ['READ_DATA'] : []),
    ...(b.WRITE ? ['WRITE_DATA', 'APPEND_DATA'] : []),
    ...(b.EXECUTE ? ['EXECUTE'] : []),
    'READ_NAMED_ATTRS',
    'READ_ATTRIBUTES',
    'READ_ACL',
    'SYNCHRONIZE',
    ...(owner ? ['WRITE_NAMED_ATTRS', 'WRITE_ATTRIBUTES', 'WRITE_ACL', 'WRITE_OWNER'] : []),
  ];
  return [
    { tag: 'owner@', id: -1, type: 'ALLOW', perms: maskOf(bits(mode, 6), true), flags: [] },
    { tag: 'group@', id: -1, type: 'ALLOW', perms: maskOf(bits(mode, 3), false), flags: [] },
    { tag: 'everyone@', id: -1, type: 'ALLOW', perms: maskOf(bits(mode, 0), false), flags: [] },
  ];
}

function trivialPosix(mode: number): SimPosixAce[] {
  return [
    { tag: 'USER_OBJ', id: -1, default: false, perms: bits(mode, 6) },
    { tag: 'GROUP_OBJ', id: -1, default: false, perms: bits(mode, 3) },
    { tag: 'OTHER', id: -1, default: false, perms: bits(mode, 0) },
  ];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const basicOf = (names: readonly string[], table: Record<string, string[]>) => Object.keys(table).find((k) => sameSet(table[k]!, names));
const flagObject = (names: readonly string[], all: readonly string[]) => Object.fromEntries(all.map((n) => [n, names.includes(n)]));

function nameOf(state: SimState, id: number, tag: string): string | null {
  if (tag === 'USER' || tag === 'USER_OBJ' || tag === 'owner@') return state.users.list().find((u) => u.uid === id)?.username ?? null;
  return state.groups.list().find((g) => g.gid === id)?.name ?? null;
}

/** filesystem.getacl(path, simplified, resolve_ids). */
export function getAcl(state: SimState, rawPath: unknown, simplified = true, resolveIds = false): Record<string, unknown> {
  const path = String(rawPath).replace(/\/+$/, '');
  if (!pathExists(state, path)) throw new SimCallError(Errno.ENOENT, 'Path not found.');
  const acltype = pathAcltype(state, path);
  const { uid, gid, mode } = permsOf(state, path);
  const owner = resolveIds ? { user: nameOf(state, uid, 'USER'), group: nameOf(state, gid, 'GROUP') } : { user: null, group: null };
  const stored = storedAcl(state, path);
  const who = (id: number, tag: string) => {
    if (!resolveIds) return {};
    if (id !== -1) return { who: nameOf(state, id, tag) };
    if (tag === 'owner@' || tag === 'USER_OBJ') return { who: nameOf(state, uid, 'USER') };
    if (tag === 'group@' || tag === 'GROUP_OBJ') return { who: nameOf(state, gid, 'GROUP') };
    return { who: null };
  };
  if (acltype === 'NFS4') {
    const acl = stored?.acltype === 'NFS4' ? stored.acl : trivialNfs4(mode);
    return {
      uid,
      gid,
      acl: acl.map((ace) => {
        const perms = simplified ? basicOf(ace.perms, basicPerms(state.version)) : undefined;
        const flags = simplified ? basicOf(ace.flags, BASIC_FLAGS) : undefined;
        return {
          tag: ace.tag,
          id: ace.id,
          type: ace.type,
          perms: perms ? { BASIC: perms } : flagObject(ace.perms, ALL_PERMS),
          flags: flags ? { BASIC: flags } : flagObject(ace.flags, ALL_FLAGS),
          ...who(ace.id, ace.tag),
        };
      }),
      aclflags: stored?.acltype === 'NFS4' ? stored.aclflags : { autoinherit: false, protected: false, defaulted: false },
      trivial: stored === undefined,
      path,
      acltype,
      ...owner,
    };
  }
  if (acltype === 'POSIX1E') {
    const acl = stored?.acltype === 'POSIX1E' ? stored.acl : trivialPosix(mode);
    return {
      uid,
      gid,
      acl: acl.map((ace) => ({ default: ace.default, tag: ace.tag, id: ace.id, perms: { ...ace.perms }, ...who(ace.id, ace.tag) })),
      acltype,
      trivial: acl.length === 3,
      path,
      ...owner,
    };
  }
  return { path, uid, gid, acl: null, acltype, trivial: true, ...owner };
}

/** The order of a POSIX ACL as the kernel keeps it (getfacl prints it so): access then default, by tag then id. */
const POSIX_ORDER = ['USER_OBJ', 'USER', 'GROUP_OBJ', 'GROUP', 'MASK', 'OTHER'];
function posixOrder(acl: SimPosixAce[]): SimPosixAce[] {
  return [...acl].sort((a, b) => Number(a.default) - Number(b.default) || POSIX_ORDER.indexOf(a.tag) - POSIX_ORDER.indexOf(b.tag) || a.id - b.id);
}

/** canonicalize_nfs4_acl (plugins/filesystem_/utils.py): DENY before ALLOW, own entries before INHERITED ones. */
function canonical(acl: SimNfs4Ace[]): SimNfs4Ace[] {
  const rank = (a: SimNfs4Ace) => (a.type === 'DENY' ? 0 : 2) + (a.flags.includes('INHERITED') ? 1 : 0);
  return [0, 1, 2, 3].flatMap((r) => acl.filter((a) => rank(a) === r));
}

/** The model validators of NFS4ACE / POSIXACE (api/v25_10_0/acl.py check_ace_valid, check_inherit_only). */
function checkAceModels(dacl: Record<string, unknown>[]): void {
  const verrors = new Verrors();
  dacl.forEach((ace, idx) => {
    const tag = String(ace['tag']);
    const specials = 'type' in ace ? NFS4_SPECIAL : POSIX_SPECIAL;
    const id = ace['id'] ?? null;
    if (specials.includes(tag)) {
      if (id !== -1 && id !== null)
        verrors.add(
          `filesystem_acl.dacl.${idx}`,
          `Value error, ${String(id)}: id may not be specified for the following ACL entry tags: ${specials.join(', ')}`,
        );
    } else if (!ace['who'] && (id === null || id === -1)) {
      verrors.add(`filesystem_acl.dacl.${idx}`, 'Value error, Numeric ID "id" or account name "who" must be specified');
    }
    const flags = dict(ace['flags'], 'flags');
    if (flags['INHERIT_ONLY'] === true && flags['FILE_INHERIT'] !== true && flags['DIRECTORY_INHERIT'] !== true)
      verrors.add(
        `filesystem_acl.dacl.${idx}.flags`,
        'Value error, At least one of FILE_INHERIT or DIRECTORY_INHERIT must be set if INHERIT_ONLY is present in the ACE flags',
      );
  });
  verrors.check();
}

/** gen_aclstring_posix1e's checks (plugins/filesystem_/utils.py @TS-25.10.6). */
function checkPosix(dacl: Record<string, unknown>[], recursive: boolean, verrors: Verrors): void {
  const seen = new Set<string>();
  let named = false;
  let defNamed = false;
  let hasDefault = false;
  dacl.forEach((ace, idx) => {
    const tag = String(ace['tag']);
    const isDefault = ace['default'] === true;
    if (ace['who'] && ace['id'] !== undefined && ace['id'] !== null && ace['id'] !== -1)
      verrors.add(
        `filesystem_acl.dacl.${idx}.who`,
        `Numeric ID ${String(ace['id'])} and account name ${String(ace['who'])} may not be specified simultaneously`,
      );
    const key = `${isDefault ? 'DEF_' : ''}${tag}`;
    if (POSIX_SPECIAL.includes(tag)) {
      if (seen.has(key)) verrors.add(`filesystem_acl.dacl.${idx}`, `More than one ${isDefault ? 'default' : ''} ${tag} entry is not permitted`);
      seen.add(key);
    } else if (isDefault) defNamed = true;
    else named = true;
    if (isDefault) hasDefault = true;
  });
  if (named && !seen.has('MASK')) verrors.add('filesystem_acl.dacl', 'Named (user or group) POSIX ACL entries require a mask entry to be present in the ACL.');
  else if (defNamed && !seen.has('DEF_MASK'))
    verrors.add('filesystem_acl.dacl', 'Named default (user or group) POSIX ACL entries require a default mask entry to be present in the ACL.');
  if (recursive && !hasDefault) verrors.add('filesystem_acl.dacl', 'Default ACL entries are required in order to apply ACL recursively.');
  for (const tag of ['USER_OBJ', 'GROUP_OBJ', 'OTHER']) {
    if (!seen.has(tag)) verrors.add('filesystem_acl.dacl', `Presence of [${tag}] entry is required.`);
    if (hasDefault && !seen.has(`DEF_${tag}`)) verrors.add('filesystem_acl.dacl', `Presence of default [${tag}] entry is required.`);
  }
}

/** The mode a POSIX access ACL leaves: owner from USER_OBJ, group from MASK (else GROUP_OBJ), other from OTHER. */
function posixMode(acl: SimPosixAce[], current: number): number {
  const access = acl.filter((a) => !a.default);
  const part = (tag: string) => access.find((a) => a.tag === tag)?.perms;
  const value = (p: SimPosixAce['perms'] | undefined) => (p ? (p.READ ? 4 : 0) + (p.WRITE ? 2 : 0) + (p.EXECUTE ? 1 : 0) : 0);
  const group = part('MASK') ?? part('GROUP_OBJ');
  return (current & ~0o777) | (value(part('USER_OBJ')) << 6) | (value(group) << 3) | value(part('OTHER'));
}

/** The mode an NFSv4 ACL shows: read, write and execute its owner@, group@ and everyone@ ALLOW entries grant. */
function nfs4Mode(acl: SimNfs4Ace[], current: number): number {
  const part = (tag: string) => {
    const perms = acl.filter((a) => a.tag === tag && a.type === 'ALLOW').flatMap((a) => a.perms);
    return (perms.includes('READ_DATA') ? 4 : 0) + (perms.includes('WRITE_DATA') ? 2 : 0) + (perms.includes('EXECUTE') ? 1 : 0);
  };
  return (current & ~0o777) | (part('owner@') << 6) | (part('group@') << 3) | part('everyone@');
}

function expand(value: unknown, table: Record<string, string[]>): string[] {
  const object = dict(value, 'perms');
  if (typeof object['BASIC'] === 'string') return [...(table[object['BASIC']] ?? [])];
  return Object.keys(object).filter((k) => object[k] === true);
}

/** _common_perm_path_validate (plugins/filesystem_/acl.py) for setacl. */
function validatePath(ctx: CallContext, path: string, options: Record<string, unknown>, verrors: Verrors): void {
  if (!pathExists(ctx.state, path)) throw new SimCallError(Errno.ENOENT, `Path ${path} not found`);
  if (versionAtLeast(ctx.version, '26.0') && options['traverse'] === true && options['recursive'] !== true)
    verrors.add('filesystem.setacl.options.traverse', 'Traverse requires recursive to be enabled.');
  if (!path.startsWith('/mnt/'))
    verrors.add('filesystem.setacl.path', `Changes to permissions on paths that are not beneath the directory /mnt are not permitted: ${path}`);
  else if (path.split('/').length === 3) verrors.add('filesystem.setacl.path', `The specified path is a ZFS pool mountpoint "(${path})" `);
}

function setAcl(ctx: CallContext, data: Record<string, unknown>): Record<string, unknown> {
  const { state } = ctx;
  const path = String(data['path']).replace(/\/+$/, '');
  const options = dict(data['options'], 'options');
  const dacl = (Array.isArray(data['dacl']) ? data['dacl'] : []).map((ace) => ({ ...dict(ace, 'dacl') }));
  const stripacl = options['stripacl'] === true;
  const recursive = options['recursive'] === true;
  if (dacl.length > 0 && stripacl) throw invalid('filesystem_acl', 'Value error, Simultaneosuly setting and removing ACL from path is not supported');
  checkAceModels(dacl);
  const verrors = new Verrors();
  validatePath(ctx, path, options, verrors);
  let uid = typeof data['uid'] === 'number' ? data['uid'] : -1;
  let gid = typeof data['gid'] === 'number' ? data['gid'] : -1;
  if (uid !== -1 && data['user']) verrors.add('filesystem.setacl.user', 'User and uid may not be specified simultaneously.');
  if (gid !== -1 && data['group']) verrors.add('filesystem.setacl.group', 'group and gid may not be specified simultaneously.');
  if (typeof data['user'] === 'string' && data['user']) {
    const user = state.users.list().find((u) => u.username === data['user']);
    if (user) uid = user.uid;
    else verrors.add('filesystem.setacl.user', `${data['user']}: user does not exist.`);
  }
  if (typeof data['group'] === 'string' && data['group']) {
    const group = state.groups.list().find((g) => g.name === data['group']);
    if (group) gid = group.gid;
    else verrors.add('filesystem.setacl.group', `${data['group']}: group does not exist.`);
  }
  verrors.check();
  const acltype = pathAcltype(state, path);
  if (data['acltype'] && data['acltype'] !== acltype) throw invalid('filesystem.setacl.dacl.acltype', 'ACL type is invalid for selected path');
  // Names to ids (user.query / group.query); 26.0 refuses a name on everyone@, OTHER and MASK.
  dacl.forEach((ace, idx) => {
    const tag = String(ace['tag']);
    const id = ace['id'] ?? -1;
    if (!ace['who'] || id !== -1) return;
    if (tag === 'USER' || tag === 'GROUP') {
      const found =
        tag === 'USER' ? state.users.list().find((u) => u.username === ace['who'])?.uid : state.groups.list().find((g) => g.name === ace['who'])?.gid;
      if (found === undefined) throw invalid(`filesystem.setacl.${idx}.who`, `${String(ace['who'])}: account does not exist`);
      ace['id'] = found;
      ace['who'] = null;
    } else if (versionAtLeast(ctx.version, '26.0') && !['USER_OBJ', 'GROUP_OBJ', 'owner@', 'group@'].includes(tag)) {
      throw invalid(`filesystem.setacl.${idx}.who`, 'Name may only be specified for USER and GROUP entries');
    }
  });
  const current = permsOf(state, path);
  const owner = { uid: uid === -1 ? current.uid : uid, gid: gid === -1 ? current.gid : gid };
  if (acltype === 'DISABLED') throw new SimCallError(Errno.EOPNOTSUPP, `${path}: ACLs disabled on path.`);
  // Entries of the other kind: the server cannot write them to this path (the simulator says so
  // as if acltype had been given; the provider always gives it).
  if (dacl.some((ace) => 'type' in ace !== (acltype === 'NFS4'))) throw invalid('filesystem.setacl.dacl.acltype', 'ACL type is invalid for selected path');
  if (acltype === 'NFS4') {
    dacl.forEach((ace, idx) => {
      const tag = String(ace['tag']);
      if (NFS4_SPECIAL.includes(tag) && ace['type'] === 'DENY')
        verrors.add(`filesystem.setacl.dacl.${idx}.tag`, `${tag}: DENY entries for specified tag are not permitted.`);
      else if (!NFS4_SPECIAL.includes(tag) && ace['id'] !== -1 && ace['id'] !== null && ace['id'] !== undefined && ace['who'])
        verrors.add(
          `filesystem.setacl.dacl.${idx}.who`,
          `Numeric ID ${String(ace['id'])} and account name ${String(ace['who'])} may not be specified simultaneously`,
        );
    });
    verrors.check();
    ctx.progress(50, 'Setting NFSv4 ACL.');
    if (stripacl) state.pathAcls.delete(path);
    else {
      const acl: SimNfs4Ace[] = dacl.map((ace) => ({
        tag: String(ace['tag']),
        id: NFS4_SPECIAL.includes(String(ace['tag'])) ? -1 : Number(ace['id']),
        type: String(ace['type']),
        perms: expand(ace['perms'], basicPerms(ctx.version)),
        flags: expand(ace['flags'], BASIC_FLAGS),
      }));
      // 25.x canonicalizes unless told not to; 26.0 always does.
      const canon = versionAtLeast(ctx.version, '26.0') || options['canonicalize'] !== false;
      const nfs41 = dict(data['nfs41_flags'], 'nfs41_flags');
      state.pathAcls.set(path, {
        acltype: 'NFS4',
        acl: canon ? canonical(acl) : acl,
        aclflags: { autoinherit: nfs41['autoinherit'] === true, protected: nfs41['protected'] === true, defaulted: nfs41['defaulted'] === true },
      });
      state.pathPerms.set(path, { ...owner, mode: nfs4Mode(acl, current.mode) });
    }
    state.pathPerms.set(path, { ...permsOf(state, path), ...owner });
    ctx.progress(100, 'Finished setting NFSv4 ACL.');
    return getAcl(state, path);
  }
  if (stripacl && dacl.length > 0) verrors.add('filesystem_acl.dacl', 'Simulatenously setting and removing ACL from path is invalid.');
  if (!stripacl) checkPosix(dacl, recursive, verrors);
  verrors.check();
  ctx.progress(50, 'Setting POSIX1e ACL.');
  state.pathAcls.delete(path);
  if (!stripacl) {
    const acl: SimPosixAce[] = posixOrder(
      dacl.map((ace) => {
        const perms = dict(ace['perms'], 'perms');
        return {
          tag: String(ace['tag']),
          id: POSIX_SPECIAL.includes(String(ace['tag'])) ? -1 : Number(ace['id']),
          default: ace['default'] === true,
          perms: { READ: perms['READ'] === true, WRITE: perms['WRITE'] === true, EXECUTE: perms['EXECUTE'] === true },
        };
      }),
    );
    // Three access entries are just the mode: nothing is stored beyond it.
    if (acl.length > 3) state.pathAcls.set(path, { acltype: 'POSIX1E', acl });
    state.pathPerms.set(path, { ...owner, mode: posixMode(acl, current.mode) });
  }
  state.pathPerms.set(path, { ...permsOf(state, path), ...owner });
  ctx.progress(100, 'Finished setting POSIX1e ACL.');
  return getAcl(state, path);
}

// ---- filesystem.acltemplate.* ----

const NOUN = 'ACLTemplate';
const SCHEMA_CREATE = 'filesystem_acltemplate_create.acl';
const SCHEMA_UPDATE = 'filesystem_acltemplate_update.acl';

/**
 * 26.0 adds builtin_users (545) and builtin_administrators (544) to the built-in templates it
 * lists (acl_template.py query and append_builtins_internal @TS-26.0.0-BETA.3, whose access-mask
 * check looks at the default MASK twice: kept as it is).
 */
function withBuiltinGroups(template: SimAclTemplate): Record<string, unknown>[] {
  const acl = structuredClone(template.acl);
  const [bu, ba] = [545, 544];
  if (acl.some((ace) => ace['id'] === bu || ace['id'] === ba)) return acl;
  if (template.acltype === 'NFS4') {
    acl.push({ tag: 'GROUP', id: bu, perms: { BASIC: 'MODIFY' }, flags: { BASIC: 'INHERIT' }, type: 'ALLOW' });
    acl.push({ tag: 'GROUP', id: ba, perms: { BASIC: 'FULL_CONTROL' }, flags: { BASIC: 'INHERIT' }, type: 'ALLOW' });
    return acl;
  }
  const hasDefaultMask = acl.some((ace) => ace['tag'] === 'MASK' && ace['default'] === true);
  const perms = { READ: true, WRITE: true, EXECUTE: true };
  for (const id of [bu, ba]) acl.push({ tag: 'GROUP', id, perms, default: false }, { tag: 'GROUP', id, perms, default: true });
  if (!hasDefaultMask) acl.push({ tag: 'MASK', id: -1, perms, default: false }, { tag: 'MASK', id: -1, perms, default: true });
  return acl;
}

function templateRow(ctx: CallContext, template: SimAclTemplate): Record<string, unknown> {
  const acl = template.builtin && versionAtLeast(ctx.version, '26.0') ? withBuiltinGroups(template) : structuredClone(template.acl);
  // extend(): `who` is always null in a query (names can change; by_path resolves them).
  return { ...structuredClone(template), acl: acl.map((ace) => ({ ...ace, who: null })) };
}

/** validate_acl (acl_template.py): unique name, one identifier per named entry, POSIX rules. */
function validateTemplate(state: SimState, data: Record<string, unknown>, schema: string, verrors: Verrors, id?: number): Record<string, unknown>[] {
  if (state.aclTemplates.list().some((t) => t.name === data['name'] && t.id !== id)) verrors.add(`${schema}.name`, 'Object with this name already exists');
  const acl = (data['acl'] as Record<string, unknown>[]).map((ace) => ({ ...ace }));
  acl.forEach((ace, idx) => {
    const who = ace['who'] ?? null;
    delete ace['who'];
    if (ace['id'] === undefined || ace['id'] === null) ace['id'] = -1;
    if ([...NFS4_SPECIAL, ...POSIX_SPECIAL].includes(String(ace['tag']))) return;
    if (ace['id'] !== -1) {
      if (who) verrors.add(`${schema}.${idx}.who`, 'id and who may not be simultaneously specified in ACL entry');
      return;
    }
    if (who === null) {
      verrors.add(`${schema}.${idx}.id`, 'identifier (uid, gid, who) is required');
      return;
    }
    // The real code reads ace['who'] after popping it: a name without an id fails with KeyError.
    throw new SimCallError(Errno.EFAULT, "'who'");
  });
  if (data['acltype'] === 'POSIX1E') checkPosix(structuredClone(acl), false, verrors);
  return acl;
}

export const filesystemAclMethods: MethodTable = {
  'filesystem.getacl': {
    params: ['path', 'simplified', 'resolve_ids'],
    handler: ([path, simplified, resolveIds], { state }) => getAcl(state, path, simplified !== false, resolveIds === true),
  },
  'filesystem.setacl': { params: ['filesystem_acl'], handler: ([data], ctx) => setAcl(ctx, dict(data, 'filesystem_acl')) },
  ...crud<number>('filesystem.acltemplate', {
    noun: NOUN,
    rows: (ctx) => ctx.state.aclTemplates.list().map((t) => templateRow(ctx, t)),
    create: (data, ctx) => {
      const verrors = new Verrors();
      if (!Array.isArray(data['acl']) || data['acl'].length === 0) verrors.add(SCHEMA_CREATE, 'At least one ACL entry must be specified.');
      const acl = validateTemplate(ctx.state, data, SCHEMA_CREATE, verrors);
      verrors.check();
      const row = ctx.state.aclTemplates.insert({
        name: String(data['name']),
        acltype: data['acltype'] as SimAclTemplate['acltype'],
        acl,
        comment: typeof data['comment'] === 'string' ? data['comment'] : '',
        builtin: false,
      });
      return templateRow(ctx, row);
    },
    update: (id, data, ctx) => {
      const old = mustExist(ctx.state.aclTemplates.get(id), NOUN, id);
      const merged = { ...structuredClone(old), ...data } as Record<string, unknown>;
      const verrors = new Verrors();
      if (old.builtin) verrors.add('filesystem_acltemplate_update.builtin', 'built-in ACL templates may not be changed');
      if (merged['name'] !== old.name && ctx.state.aclTemplates.list().some((t) => t.name === merged['name']))
        verrors.add('filesystem_acltemplate_update.name', `${String(data['name'])}: name is not unique`);
      if ((merged['acl'] as unknown[]).length === 0) verrors.add(SCHEMA_UPDATE, 'At least one ACL entry must be specified.');
      const acl = validateTemplate(ctx.state, merged, SCHEMA_UPDATE, verrors, id);
      verrors.check();
      Object.assign(old, { name: String(merged['name']), acltype: merged['acltype'], acl, comment: String(merged['comment'] ?? '') });
      return templateRow(ctx, old);
    },
    delete: (id, _options, ctx) => {
      const template = mustExist(ctx.state.aclTemplates.get(id), NOUN, id);
      if (template.builtin) throw new SimCallError(Errno.EPERM, 'Deletion of builtin templates is not permitted');
      ctx.state.aclTemplates.delete(id);
      return true;
    },
  }),
};
