// The entries of a filesystem ACL, as truenas_filesystem_acl, truenas_acl_template and their
// data sources spell them: NFSv4 entries (`nfs4_entries`) and POSIX.1e entries
// (`posix_entries`), their mapping to the API's ACE objects (api/v25_10_0/acl.py NFS4ACE /
// POSIXACE @TS-25.10.6), the server's rules as plan-time checks (plugins/filesystem_/utils.py
// gen_aclstring_posix1e, utils/filesystem/acl.py validate_nfs4_ace_full) and the comparison
// of what was sent with what filesystem.getacl reads back (basic sets, canonical order).
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import { valueToModel } from '../../../framework/model.js';
import type { AttributePath } from '../../../framework/diagnostics.js';
import type { ValidateContext } from '../../../framework/resource.js';
import { isWhollyKnown } from '../../../values/compare.js';
import { types, type CtyType, type Value } from '../../../values/types.js';
import type { Nfs4Ace, PosixAce, TrueNASClient } from '../../../clients/truenas/index.js';

export const NFS4_TAGS = ['owner@', 'group@', 'everyone@', 'USER', 'GROUP'] as const;
export const NFS4_SPECIAL_TAGS: readonly string[] = ['owner@', 'group@', 'everyone@'];
export const NFS4_TYPES = ['ALLOW', 'DENY'] as const;
export const NFS4_ADVANCED_PERMS = [
  'READ_DATA',
  'WRITE_DATA',
  'APPEND_DATA',
  'READ_NAMED_ATTRS',
  'WRITE_NAMED_ATTRS',
  'EXECUTE',
  'DELETE',
  'DELETE_CHILD',
  'READ_ATTRIBUTES',
  'WRITE_ATTRIBUTES',
  'READ_ACL',
  'WRITE_ACL',
  'WRITE_OWNER',
  'SYNCHRONIZE',
] as const;
export const NFS4_ADVANCED_FLAGS = ['FILE_INHERIT', 'DIRECTORY_INHERIT', 'NO_PROPAGATE_INHERIT', 'INHERIT_ONLY', 'INHERITED'] as const;

/**
 * The basic permission sets as access masks: setacl writes a basic set as the release's mask, and
 * getacl answers BASIC when a mask is exactly one of the release's. 26.0's
 * (utils/filesystem/acl.py:191-223 _NFS4_BASIC_* @TS-26.0.0-BETA.3).
 */
const FULL_CONTROL: readonly string[] = NFS4_ADVANCED_PERMS;
export const NFS4_BASIC_PERMS: Readonly<Record<string, readonly string[]>> = {
  FULL_CONTROL,
  MODIFY: FULL_CONTROL.filter((p) => p !== 'WRITE_ACL' && p !== 'WRITE_OWNER'),
  READ: ['READ_DATA', 'READ_NAMED_ATTRS', 'READ_ATTRIBUTES', 'READ_ACL', 'EXECUTE', 'SYNCHRONIZE'],
  TRAVERSE: ['READ_NAMED_ATTRS', 'READ_ATTRIBUTES', 'EXECUTE', 'SYNCHRONIZE'],
};
/**
 * 25.04's and 25.10's, which nfs4xdr_setfacl/nfs4xdr_getfacl -j convert (plugins/filesystem_/acl.py:319,512
 * @TS-25.10.6 and @TS-25.04.2.6; nfs4xdr-acl-tools include/nfs4_json.h:41-45, include/nfs4.h:60-72
 * @ee7b2d3): READ without SYNCHRONIZE, TRAVERSE with READ_ACL and without SYNCHRONIZE. A file keeps
 * the mask it was written with, so after the upgrade to 26.0 an entry written as READ or TRAVERSE
 * on 25.x reads back spelt out in these masks: still the basic set configured, not a change.
 */
const NFS4XDR_BASIC_PERMS: Readonly<Record<string, readonly string[]>> = {
  ...NFS4_BASIC_PERMS,
  READ: ['READ_DATA', 'READ_ATTRIBUTES', 'READ_NAMED_ATTRS', 'READ_ACL', 'EXECUTE'],
  TRAVERSE: ['EXECUTE', 'READ_ATTRIBUTES', 'READ_NAMED_ATTRS', 'READ_ACL'],
};
/** INHERIT is FILE_INHERIT | DIRECTORY_INHERIT, NOINHERIT no flag at all. */
export const NFS4_BASIC_FLAGS: Readonly<Record<string, readonly string[]>> = {
  INHERIT: ['FILE_INHERIT', 'DIRECTORY_INHERIT'],
  NOINHERIT: [],
};

export const POSIX_TAGS = ['USER_OBJ', 'GROUP_OBJ', 'OTHER', 'MASK', 'USER', 'GROUP'] as const;
export const POSIX_SPECIAL_TAGS: readonly string[] = ['USER_OBJ', 'GROUP_OBJ', 'OTHER', 'MASK'];
export const POSIX_PERMS = ['READ', 'WRITE', 'EXECUTE'] as const;

const ID = attr.number({
  optional: true,
  description: 'Numeric uid (USER) or gid (GROUP); give `id` or `who`, not both. Not for the special tags.',
  validators: [validators.integer(), validators.between(0, 2 ** 31 - 1)],
});
const WHO = attr.string({ optional: true, description: 'User name (USER) or group name (GROUP) instead of `id`. Not for the special tags.' });

export const nfs4EntryAttributes = {
  tag: attr.string({ required: true, description: 'Who: owner@, group@, everyone@, USER or GROUP.', validators: [validators.oneOf(...NFS4_TAGS)] }),
  id: ID,
  who: WHO,
  type: attr.string({ optional: true, description: 'ALLOW (when unset) or DENY.', validators: [validators.oneOf(...NFS4_TYPES)] }),
  perms: attr.string({
    optional: true,
    description: 'A basic permission set: READ, MODIFY, TRAVERSE or FULL_CONTROL. Exactly one of `perms` and `advanced_perms`.',
    validators: [validators.oneOf(...Object.keys(NFS4_BASIC_PERMS))],
  }),
  advanced_perms: attr.set(ty.string, {
    optional: true,
    description: `The permissions one by one: ${NFS4_ADVANCED_PERMS.join(', ')}. Exactly one of \`perms\` and \`advanced_perms\`.`,
    validators: [validators.each(validators.oneOf(...NFS4_ADVANCED_PERMS))],
  }),
  flags: attr.string({
    optional: true,
    description: 'Basic inheritance: INHERIT (files and directories below inherit the entry) or NOINHERIT. Exactly one of `flags` and `advanced_flags`.',
    validators: [validators.oneOf(...Object.keys(NFS4_BASIC_FLAGS))],
  }),
  advanced_flags: attr.set(ty.string, {
    optional: true,
    description: `The inheritance flags one by one: ${NFS4_ADVANCED_FLAGS.join(', ')} (may be empty). Exactly one of \`flags\` and \`advanced_flags\`.`,
    validators: [validators.each(validators.oneOf(...NFS4_ADVANCED_FLAGS))],
  }),
};

export const posixEntryAttributes = {
  tag: attr.string({ required: true, description: 'Who: USER_OBJ, GROUP_OBJ, OTHER, MASK, USER or GROUP.', validators: [validators.oneOf(...POSIX_TAGS)] }),
  id: ID,
  who: WHO,
  perms: attr.set(ty.string, {
    required: true,
    description: 'The permissions granted: any of READ, WRITE, EXECUTE (empty for none).',
    validators: [validators.each(validators.oneOf(...POSIX_PERMS))],
  }),
  default: attr.bool({
    optional: true,
    description: 'A default entry (inherited by what is created below a directory) rather than an access entry (unset: an access entry).',
  }),
};

export interface Nfs4Entry {
  tag: string;
  id: number | null;
  who: string | null;
  type: string | null;
  perms: string | null;
  advanced_perms: string[] | null;
  flags: string | null;
  advanced_flags: string[] | null;
}

export interface PosixEntry {
  tag: string;
  id: number | null;
  who: string | null;
  perms: string[];
  default: boolean | null;
}

const objectType = (attributes: Record<string, { type: CtyType }>) =>
  types.list(types.object(Object.fromEntries(Object.entries(attributes).map(([k, a]) => [k, a.type]))));
const NFS4_LIST = objectType(nfs4EntryAttributes);
const POSIX_LIST = objectType(posixEntryAttributes);

// ---- API mapping ----

const flagsOf = (names: readonly string[], all: readonly string[]) => Object.fromEntries(all.map((n) => [n, names.includes(n)]));
const specialNull = (tag: string, specials: readonly string[], id: number | null | undefined) =>
  specials.includes(tag) || id === undefined || id === null || id === -1 ? null : id;

export function nfs4ToApi(entry: Nfs4Entry): Nfs4Ace {
  return {
    tag: entry.tag,
    type: entry.type ?? 'ALLOW',
    perms: entry.perms !== null ? { BASIC: entry.perms } : flagsOf(entry.advanced_perms ?? [], NFS4_ADVANCED_PERMS),
    flags: entry.flags !== null ? { BASIC: entry.flags } : flagsOf(entry.advanced_flags ?? [], NFS4_ADVANCED_FLAGS),
    // who goes alone: the server refuses an entry with both (validate_nfs4_ace_full).
    id: entry.id ?? (entry.who === null ? null : -1),
    who: entry.id === null ? entry.who : null,
  };
}

export function posixToApi(entry: PosixEntry): PosixAce {
  return {
    tag: entry.tag,
    default: entry.default ?? false,
    perms: { READ: entry.perms.includes('READ'), WRITE: entry.perms.includes('WRITE'), EXECUTE: entry.perms.includes('EXECUTE') },
    id: entry.id ?? -1,
    who: entry.id === null ? entry.who : null,
  };
}

const setNames = (flags: Record<string, unknown>) =>
  Object.entries(flags)
    .filter(([, on]) => on === true)
    .map(([name]) => name)
    .sort();

/**
 * An ACE as getacl answers it (ids, and names with resolve_ids; special tags without either).
 * `omitDefaults`: ALLOW reads as an unset `type`, as a resource's configuration leaves it.
 */
export function nfs4FromApi(ace: Nfs4Ace, omitDefaults = false): Nfs4Entry {
  const basicPerms = 'BASIC' in ace.perms && typeof ace.perms['BASIC'] === 'string' ? ace.perms['BASIC'] : null;
  const basicFlags = 'BASIC' in ace.flags && typeof ace.flags['BASIC'] === 'string' ? ace.flags['BASIC'] : null;
  const special = NFS4_SPECIAL_TAGS.includes(ace.tag);
  return {
    tag: ace.tag,
    id: specialNull(ace.tag, NFS4_SPECIAL_TAGS, ace.id),
    who: special ? null : (ace.who ?? null),
    type: omitDefaults && ace.type === 'ALLOW' ? null : ace.type,
    perms: basicPerms,
    advanced_perms: basicPerms === null ? setNames(ace.perms) : null,
    flags: basicFlags,
    advanced_flags: basicFlags === null ? setNames(ace.flags) : null,
  };
}

/** `omitDefaults`: an access entry reads with `default` unset, as a resource's configuration leaves it. */
export function posixFromApi(ace: PosixAce, omitDefaults = false): PosixEntry {
  return {
    tag: ace.tag,
    id: specialNull(ace.tag, POSIX_SPECIAL_TAGS, ace.id),
    who: POSIX_SPECIAL_TAGS.includes(ace.tag) ? null : (ace.who ?? null),
    perms: POSIX_PERMS.filter((p) => ace.perms[p]),
    default: omitDefaults && !ace.default ? null : ace.default,
  };
}

/**
 * Entries as an import spells them: a principal the server names goes by its name alone, so the
 * configuration terraform generates from an import passes the one-of-id-or-who rule.
 */
export function namedOnly<T extends { id: number | null; who: string | null }>(entries: readonly T[] | null): T[] | null {
  return entries === null ? null : entries.map((entry) => (entry.who !== null ? { ...entry, id: null } : entry));
}

/** Both entry lists, by name alone when importing (otherwise as read: the configuration's spelling is kept by semantic equality). */
export function importedEntries<N extends { id: number | null; who: string | null }, P extends { id: number | null; who: string | null }>(
  lists: { nfs4_entries: N[] | null; posix_entries: P[] | null },
  importing: boolean,
): { nfs4_entries: N[] | null; posix_entries: P[] | null } {
  return importing ? { nfs4_entries: namedOnly(lists.nfs4_entries), posix_entries: namedOnly(lists.posix_entries) } : lists;
}

// ---- plan-time rules ----

export interface EntryProblem {
  readonly path: AttributePath;
  readonly summary: string;
  readonly detail: string;
}

const at = (list: string, index: number, attribute?: string): AttributePath =>
  attribute === undefined ? [{ attribute: list }, { index }] : [{ attribute: list }, { index }, { attribute }];

/** Who an entry names: exactly one of id and who for USER/GROUP, neither for the special tags. */
function identityProblems(
  list: string,
  index: number,
  entry: { tag: string; id: number | null; who: string | null },
  specials: readonly string[],
): EntryProblem[] {
  if (specials.includes(entry.tag)) {
    return entry.id !== null || entry.who !== null
      ? [
          {
            path: at(list, index, entry.id !== null ? 'id' : 'who'),
            summary: `${entry.tag} takes no id or who`,
            detail: `The ${entry.tag} entry stands for itself; remove id and who (the server refuses an id for ${specials.join(', ')}).`,
          },
        ]
      : [];
  }
  if (entry.id === null && entry.who === null)
    return [
      {
        path: at(list, index),
        summary: `${entry.tag} entry needs id or who`,
        detail: 'Numeric ID "id" or account name "who" must be specified (the server\'s words).',
      },
    ];
  if (entry.id !== null && entry.who !== null)
    return [
      {
        path: at(list, index, 'who'),
        summary: 'id and who together',
        detail: `Numeric ID ${entry.id} and account name ${entry.who} may not be specified simultaneously; give one.`,
      },
    ];
  return [];
}

/** The NFSv4 entry rules: identity, one spelling of perms and of flags, INHERIT_ONLY, no DENY for special tags. */
export function nfs4EntryProblems(list: string, entries: readonly Nfs4Entry[]): EntryProblem[] {
  const problems: EntryProblem[] = [];
  entries.forEach((entry, index) => {
    problems.push(...identityProblems(list, index, entry, NFS4_SPECIAL_TAGS));
    if ((entry.perms === null) === (entry.advanced_perms === null))
      problems.push({
        path: at(list, index, 'perms'),
        summary: 'Give perms or advanced_perms',
        detail: 'An NFSv4 entry takes a basic permission set (perms) or the permissions one by one (advanced_perms): exactly one of them.',
      });
    if ((entry.flags === null) === (entry.advanced_flags === null))
      problems.push({
        path: at(list, index, 'flags'),
        summary: 'Give flags or advanced_flags',
        detail: 'An NFSv4 entry takes basic inheritance (flags = INHERIT or NOINHERIT) or the flags one by one (advanced_flags): exactly one of them.',
      });
    const advanced = entry.advanced_flags ?? [];
    if (advanced.includes('INHERIT_ONLY') && !advanced.includes('FILE_INHERIT') && !advanced.includes('DIRECTORY_INHERIT'))
      problems.push({
        path: at(list, index, 'advanced_flags'),
        summary: 'INHERIT_ONLY without inheritance',
        detail: "At least one of FILE_INHERIT or DIRECTORY_INHERIT must be set if INHERIT_ONLY is present in the ACE flags (the server's rule).",
      });
    if (NFS4_SPECIAL_TAGS.includes(entry.tag) && entry.type === 'DENY')
      problems.push({
        path: at(list, index, 'type'),
        summary: `DENY for ${entry.tag}`,
        detail: `${entry.tag}: DENY entries for specified tag are not permitted (the server's rule).`,
      });
  });
  return problems;
}

/**
 * The POSIX.1e rules of gen_aclstring_posix1e: one USER_OBJ, GROUP_OBJ, OTHER and MASK per list
 * (access and default), the first three required, a MASK with named entries, defaults for a
 * recursive ACL.
 */
export function posixEntryProblems(list: string, entries: readonly PosixEntry[], recursive: boolean): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const seen = new Set<string>();
  let named = false;
  let defaultNamed = false;
  let hasDefault = false;
  entries.forEach((entry, index) => {
    problems.push(...identityProblems(list, index, entry, POSIX_SPECIAL_TAGS));
    const isDefault = entry.default === true;
    const key = `${isDefault ? 'DEF_' : ''}${entry.tag}`;
    if (POSIX_SPECIAL_TAGS.includes(entry.tag)) {
      if (seen.has(key))
        problems.push({
          path: at(list, index),
          summary: `Second ${isDefault ? 'default ' : ''}${entry.tag} entry`,
          detail: `More than one ${isDefault ? 'default' : ''} ${entry.tag} entry is not permitted.`,
        });
      seen.add(key);
    } else if (isDefault) defaultNamed = true;
    else named = true;
    if (isDefault) hasDefault = true;
  });
  const whole = [{ attribute: list }];
  if (named && !seen.has('MASK'))
    problems.push({
      path: whole,
      summary: 'MASK entry missing',
      detail: 'Named (user or group) POSIX ACL entries require a mask entry to be present in the ACL.',
    });
  else if (defaultNamed && !seen.has('DEF_MASK'))
    problems.push({
      path: whole,
      summary: 'Default MASK entry missing',
      detail: 'Named default (user or group) POSIX ACL entries require a default mask entry to be present in the ACL.',
    });
  if (recursive && !hasDefault)
    problems.push({ path: whole, summary: 'Default entries missing', detail: 'Default ACL entries are required in order to apply ACL recursively.' });
  for (const tag of ['USER_OBJ', 'GROUP_OBJ', 'OTHER']) {
    if (!seen.has(tag)) problems.push({ path: whole, summary: `${tag} entry missing`, detail: `Presence of [${tag}] entry is required.` });
    if (hasDefault && !seen.has(`DEF_${tag}`))
      problems.push({ path: whole, summary: `Default ${tag} entry missing`, detail: `Presence of default [${tag}] entry is required.` });
  }
  return problems;
}

/** The configured entry list as plain objects, or undefined while any of it is unknown. */
export function knownList<T>(value: Value, type: CtyType): T[] | undefined {
  if (value === null || !isWhollyKnown(value)) return undefined;
  return valueToModel(value, type) as T[];
}

export function reportProblems<K extends string>(ctx: ValidateContext<K>, problems: readonly EntryProblem[]): void {
  for (const problem of problems) ctx.error(problem.path, problem.summary, problem.detail);
}

// ---- comparison with what the server reads back ----

/** The tag, type and flags of an entry, whichever way the flags were spelt. */
function nfs4Key(entry: Nfs4Entry): string {
  const flags = entry.flags !== null ? (NFS4_BASIC_FLAGS[entry.flags] ?? [entry.flags]) : (entry.advanced_flags ?? []);
  return JSON.stringify([entry.tag, entry.type ?? 'ALLOW', [...flags].sort()]);
}

/** The access masks an entry's permissions may be on the server: a basic set's in each release, or the advanced ones. */
function accessMasks(entry: Nfs4Entry): string[] {
  const basic = entry.perms;
  const masks = basic === null ? [entry.advanced_perms ?? []] : [NFS4_BASIC_PERMS, NFS4XDR_BASIC_PERMS].map((table) => table[basic] ?? [basic]);
  return masks.map((mask) => JSON.stringify([...mask].sort()));
}

const samePerms = (a: Nfs4Entry, b: Nfs4Entry) => accessMasks(a).some((mask) => accessMasks(b).includes(mask));

/** Whether two entries name the same principal: by id where both have one, else by name. */
function sameWho(a: { id: number | null; who: string | null }, b: { id: number | null; who: string | null }): boolean {
  if (a.id !== null && b.id !== null) return a.id === b.id;
  if (a.who !== null && b.who !== null) return a.who === b.who;
  return a.id === null && b.id === null && a.who === null && b.who === null;
}

/**
 * The order canonicalize_nfs4_acl writes (plugins/filesystem_/utils.py): DENY before ALLOW, entries
 * not INHERITED before inherited ones, otherwise as given.
 */
export function canonicalNfs4<T extends Nfs4Entry>(entries: readonly T[]): T[] {
  const rank = (e: Nfs4Entry) => (e.type === 'DENY' ? 0 : 2) + ((e.advanced_flags ?? []).includes('INHERITED') ? 1 : 0);
  return [0, 1, 2, 3].flatMap((r) => entries.filter((e) => rank(e) === r));
}

/** The order the kernel keeps a POSIX ACL in: access entries then default ones, each USER_OBJ, USER, GROUP_OBJ, GROUP, MASK, OTHER. */
export function kernelOrderPosix<T extends PosixEntry>(entries: readonly T[]): T[] {
  const tagRank = (tag: string) => POSIX_ORDER.indexOf(tag);
  return [...entries].sort((a, b) => Number(a.default ?? false) - Number(b.default ?? false) || tagRank(a.tag) - tagRank(b.tag) || (a.id ?? 0) - (b.id ?? 0));
}
const POSIX_ORDER = ['USER_OBJ', 'USER', 'GROUP_OBJ', 'GROUP', 'MASK', 'OTHER'];

export function sameNfs4Entries(a: readonly Nfs4Entry[], b: readonly Nfs4Entry[], canonicalize: boolean): boolean {
  if (a.length !== b.length) return false;
  const [x, y] = canonicalize ? [canonicalNfs4(a), canonicalNfs4(b)] : [a, b];
  return x.every((e, i) => nfs4Key(e) === nfs4Key(y[i]!) && samePerms(e, y[i]!) && sameWho(e, y[i]!));
}

export function samePosixEntries(a: readonly PosixEntry[], b: readonly PosixEntry[]): boolean {
  if (a.length !== b.length) return false;
  const key = (e: PosixEntry) => JSON.stringify([e.tag, e.default ?? false, [...e.perms].sort()]);
  // Named entries with a name on one side only cannot be put in id order: match them by content.
  const rest = [...b];
  return a.every((e) => {
    const i = rest.findIndex((o) => key(o) === key(e) && sameWho(o, e));
    if (i < 0) return false;
    rest.splice(i, 1);
    return true;
  });
}

/** Attribute-level equivalence of entry lists, for `semanticEquals` and `keepEquivalent`. */
export const nfs4ListEquals = (canonicalize: boolean) => (known: Value, fresh: Value) => {
  const [a, b] = [valueToModel(known, NFS4_LIST), valueToModel(fresh, NFS4_LIST)] as (Nfs4Entry[] | null)[];
  return a !== null && b !== null && sameNfs4Entries(a, b, canonicalize);
};
export const posixListEquals = (known: Value, fresh: Value) => {
  const [a, b] = [valueToModel(known, POSIX_LIST), valueToModel(fresh, POSIX_LIST)] as (PosixEntry[] | null)[];
  return a !== null && b !== null && samePosixEntries(a, b);
};

/** The two entry-list attributes (exactly one of them is set), with their read-back equivalence. */
export function entryListAttributes(what: string) {
  return {
    nfs4_entries: attr.nested('list', nfs4EntryAttributes, {
      optional: true,
      description: `The NFSv4 entries of ${what} (a dataset with acltype NFSV4). The server writes them in canonical order (DENY first); that order and a basic set read back for the same permissions are no change.`,
      semanticEquals: nfs4ListEquals(true),
      planModifiers: [planModifiers.keepEquivalent(nfs4ListEquals(true))],
    }),
    posix_entries: attr.nested('list', posixEntryAttributes, {
      optional: true,
      description: `The POSIX.1e entries of ${what} (a dataset with acltype POSIX): a USER_OBJ, GROUP_OBJ and OTHER entry, and a MASK when there are USER or GROUP entries; the same again with \`default = true\` for what is created below. Their order is no change.`,
      semanticEquals: posixListEquals,
      planModifiers: [planModifiers.keepEquivalent(posixListEquals)],
    }),
  };
}

/**
 * Names for the ids of USER and GROUP entries, from the local accounts: templates store ids only
 * (acl_template.py extend drops `who`), so a template written with `who` compares by name.
 */
export async function withNames<T extends { tag: string; id: number | null; who: string | null }>(client: TrueNASClient, entries: readonly T[]): Promise<T[]> {
  if (!entries.some((e) => e.id !== null && e.who === null)) return [...entries];
  const [users, groups] = await Promise.all([client.accounts.users.query(), client.accounts.groups.query()]);
  const name = (e: T) =>
    e.tag === 'USER' ? users.find((u) => u.uid === e.id)?.username : e.tag === 'GROUP' ? groups.find((g) => g.gid === e.id)?.name : undefined;
  return entries.map((e) => (e.id !== null && e.who === null ? { ...e, who: name(e) ?? null } : e));
}

/**
 * Ids for the names of USER and GROUP entries. Templates need them: filesystem.acltemplate.create
 * reads `who` after dropping it (acl_template.py validate_acl, every release) and fails with
 * KeyError for an entry given by name.
 */
export async function withIds<T extends { tag: string; id: number | null; who: string | null }>(client: TrueNASClient, entries: readonly T[]): Promise<T[]> {
  if (!entries.some((e) => e.id === null && e.who !== null)) return [...entries];
  const [users, groups] = await Promise.all([client.accounts.users.query(), client.accounts.groups.query()]);
  return entries.map((e) => {
    if (e.id !== null || e.who === null) return e;
    const id = e.tag === 'USER' ? users.find((u) => u.username === e.who)?.uid : groups.find((g) => g.name === e.who)?.gid;
    if (id === undefined) throw new Error(`${e.who}: ${e.tag.toLowerCase()} does not exist`);
    return { ...e, id, who: null };
  });
}
