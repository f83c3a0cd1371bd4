// An ACL as the resources and data sources hold it: two lists, `nfs4_entries` and
// `posix_entries`, of which the ACL's type sets one (truenas_filesystem_acl, truenas_acl_template,
// data truenas_filesystem_acl). The checks of both lists and the conversions to and from the
// API's one list and its acltype are the same wherever an ACL is.
import type { CtyType } from '../../../values/types.js';
import type { ValidateContext } from '../../../framework/resource.js';
import type { Nfs4Ace, PosixAce, TrueNASClient } from '../../../clients/truenas/index.js';
import {
  knownList,
  nfs4EntryProblems,
  nfs4FromApi,
  nfs4ToApi,
  posixEntryProblems,
  posixFromApi,
  posixToApi,
  reportProblems,
  withIds,
  withNames,
  type Nfs4Entry,
  type PosixEntry,
} from './acl-entries.js';

export interface EntryLists {
  readonly nfs4_entries: Nfs4Entry[] | null;
  readonly posix_entries: PosixEntry[] | null;
}

type ListName = keyof EntryLists;

/**
 * Plan-time checks of whichever lists are known; `defaultsAllowed`: POSIX default entries make
 * sense only where the ACL is applied to what lies below (a recursive setacl).
 */
export function validateEntryLists<K extends string>(
  ctx: ValidateContext<K | ListName>,
  attributes: { readonly [L in ListName]: { readonly type: CtyType } },
  defaultsAllowed: boolean,
): void {
  const nfs4 = knownList<Nfs4Entry>(ctx.config.get('nfs4_entries'), attributes.nfs4_entries.type);
  if (nfs4) reportProblems(ctx, nfs4EntryProblems('nfs4_entries', nfs4));
  const posix = knownList<PosixEntry>(ctx.config.get('posix_entries'), attributes.posix_entries.type);
  if (posix) reportProblems(ctx, posixEntryProblems('posix_entries', posix, defaultsAllowed));
}

/** The API's entries as the two lists (`omitDefaults`: leave out fields at their default, as a configuration would). */
export function entryListsFromApi(
  acl: { acltype: 'NFS4'; acl: readonly Nfs4Ace[] } | { acltype: 'POSIX1E'; acl: readonly PosixAce[] } | { acltype: 'DISABLED' },
  omitDefaults: boolean,
): EntryLists {
  return {
    nfs4_entries: acl.acltype === 'NFS4' ? acl.acl.map((ace) => nfs4FromApi(ace, omitDefaults)) : null,
    posix_entries: acl.acltype === 'POSIX1E' ? acl.acl.map((ace) => posixFromApi(ace, omitDefaults)) : null,
  };
}

/** The lists as the API's acltype and entries: NFSv4 when that list is set, POSIX.1e otherwise. */
export function entryListsToApi(lists: EntryLists): { acltype: 'NFS4'; acl: Nfs4Ace[] } | { acltype: 'POSIX1E'; acl: PosixAce[] } {
  return lists.nfs4_entries !== null
    ? { acltype: 'NFS4', acl: lists.nfs4_entries.map(nfs4ToApi) }
    : { acltype: 'POSIX1E', acl: (lists.posix_entries ?? []).map(posixToApi) };
}

/** The list that is set, its USER and GROUP entries given by id as well as by name (withNames). */
export async function entryListsWithNames(client: TrueNASClient, lists: EntryLists): Promise<EntryLists> {
  return {
    nfs4_entries: lists.nfs4_entries && (await withNames(client, lists.nfs4_entries)),
    posix_entries: lists.posix_entries && (await withNames(client, lists.posix_entries)),
  };
}

/** The list entryListsToApi sends, its USER and GROUP entries given by id (withIds). */
export async function entryListsWithIds(client: TrueNASClient, lists: EntryLists): Promise<EntryLists> {
  return lists.nfs4_entries !== null
    ? { nfs4_entries: await withIds(client, lists.nfs4_entries), posix_entries: null }
    : { nfs4_entries: null, posix_entries: await withIds(client, lists.posix_entries ?? []) };
}
