// `proxmox_apt_standard_repository`: one of Proxmox's own repositories, added to a node by its
// handle (pve-manager PVE/API2/APT.pm `add_repository`: an existing entry is enabled, otherwise
// one is appended to the handle's sources file; on 9.1 Proxmox VE's own handles are always
// appended, see create). The API cannot remove an entry, so
// destroying disables it (`change_repository` enabled=0): APT stops using it and adding the
// handle again enables the same entry.
import { debianSuiteOf, isStandardEntry, STANDARD_HANDLES, standardRepository, type StandardRepository } from '../../../clients/proxmox/apt-standard-repos.js';
import type { AptRepositories } from '../../../clients/proxmox/index.js';
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import { nodeAttr } from '../shared/node-attr.js';
import { idAttribute } from '../shared/key-attributes.js';

const replace = planModifiers.requiresReplace();
const keep = planModifiers.useStateForUnknown();

const standardSchema = schema({
  description:
    "Adds one of Proxmox's standard APT repositories to a node by its handle and keeps it enabled. A repository the node already uses (an enabled entry of its Debian suite) is adopted as it is. Otherwise the node adds it: Proxmox VE 9.1 enables an existing disabled entry for the Ceph handles but appends a new entry for its own (enterprise, no-subscription, test). Destroying disables every enabled entry of it, also one the node had before (the API cannot remove entries); a disabled repository reads as absent, and applying adds it again. The handle must be one the node lists (Proxmox VE 9.1 has no Ceph Tentacle). Do not also disable the same entry with proxmox_apt_repository: the two would undo each other.",
  attributes: {
    id: idAttribute('NODE/HANDLE.'),
    node: nodeAttr,
    handle: attr.string({
      required: true,
      description: `The repository: ${STANDARD_HANDLES.map((h) => `"${h}"`).join(', ')}.`,
      planModifiers: [replace],
      validators: [validators.oneOf(...STANDARD_HANDLES)],
    }),
    name: attr.string({ computed: true, description: 'The full name, e.g. "No-Subscription".', planModifiers: [keep] }),
    file_path: attr.string({ computed: true, description: 'The sources file holding the entry.', planModifiers: [keep] }),
    index: attr.number({ computed: true, description: 'Position of the entry in its file, from 0.', planModifiers: [keep] }),
  },
});

type StandardModel = ModelOf<typeof standardSchema>;

export interface StandardEntry {
  path: string;
  index: number;
  enabled: boolean;
}

/** Every entry that is the handle's repository (for the node's `suite`, when known), in file order. */
export function standardEntries(listing: AptRepositories, standard: StandardRepository, suite: string | undefined): StandardEntry[] {
  return listing.files.flatMap((file) =>
    file.repositories.flatMap((repo, index) =>
      isStandardEntry(standard, { types: repo.Types, uris: repo.URIs, suites: repo.Suites, components: repo.Components }, suite)
        ? [{ path: file.path, index, enabled: repo.Enabled }]
        : [],
    ),
  );
}

function standardOf(handle: string): StandardRepository {
  const standard = standardRepository(handle);
  if (!standard) throw new AttributeError('handle', 'Unknown repository handle', `"${handle}" is not one of ${STANDARD_HANDLES.join(', ')}.`);
  return standard;
}

/**
 * The enabled entries that make the repository used. The node's `standard-repos` status is
 * computed by proxmox-apt itself (`standard_repositories`: enabled when any referencing entry is),
 * so it decides whether the repository is there; the entries are then matched as proxmox-apt
 * does, with the node's Debian suite taken from the Proxmox VE version only when entries of
 * several suites would match.
 */
async function enabledEntries(provider: ProxmoxProviderData, listing: AptRepositories, standard: StandardRepository): Promise<StandardEntry[]> {
  const enabled = standardEntries(listing, standard, undefined).filter((entry) => entry.enabled);
  if (enabled.length <= 1) return enabled;
  const suite = debianSuiteOf((await provider.client.cluster.version()).version);
  const ofSuite = standardEntries(listing, standard, suite).filter((entry) => entry.enabled);
  return ofSuite.length > 0 ? ofSuite : enabled;
}

function isEnabledOnNode(listing: AptRepositories, handle: string): boolean {
  return listing['standard-repos'].find((repo) => repo.handle === handle)?.status === true;
}

async function find(provider: ProxmoxProviderData, node: string, handle: string): Promise<StandardModel | null> {
  const standard = standardOf(handle);
  const listing = await provider.client.apt.repositories(node);
  if (!isEnabledOnNode(listing, handle)) return null;
  const [entry] = await enabledEntries(provider, listing, standard);
  if (entry === undefined) return null;
  const listed = listing['standard-repos'].find((repo) => repo.handle === handle);
  return { id: `${node}/${handle}`, node, handle, name: listed?.name ?? standard.name, file_path: entry.path, index: entry.index };
}

/** Refuses a handle the node's proxmox-apt does not list (Ceph releases come and go with versions). */
export function assertOffered(listing: AptRepositories, node: string, handle: string): void {
  const offered = listing['standard-repos'].map((repo) => repo.handle);
  if (offered.includes(handle)) return;
  throw new AttributeError(
    'handle',
    'Repository not offered by the node',
    `The node "${node}" has no standard repository "${handle}" (its Proxmox VE version offers ${offered.map((h) => `"${h}"`).join(', ')}).`,
  );
}

export const aptStandardRepositoryResource = proxmoxResource({
  name: 'proxmox_apt_standard_repository',
  schema: standardSchema,
  importId: { description: 'NODE/HANDLE', example: 'pve/test' },
  async create(ctx, plan) {
    const listing = await ctx.provider.client.apt.repositories(plan.node);
    assertOffered(listing, plan.node, plan.handle);
    // Only when not enabled yet: PVE 9.1's add_repository looks for an existing entry with the
    // product "pbs" hard-coded (proxmox-apt src/api.rs:67 @455b6499, fixed by 8f199882 in 2026),
    // so for Proxmox VE's own handles it always appends another entry, a duplicate of an
    // enabled one too.
    if (!isEnabledOnNode(listing, plan.handle)) await ctx.provider.client.apt.addStandard(plan.node, plan.handle);
    const added = await find(ctx.provider, plan.node, plan.handle);
    if (added === null) throw new Error(`The node "${plan.node}" reports no enabled "${plan.handle}" repository after adding it.`);
    return added;
  },
  read: (ctx, state) => find(ctx.provider, state.node, state.handle),
  async update(ctx, plan) {
    const found = await find(ctx.provider, plan.node, plan.handle);
    if (found === null) throw new Error(`The "${plan.handle}" repository of node "${plan.node}" is gone.`);
    return found;
  },
  async delete(ctx, state) {
    const { apt } = ctx.provider.client;
    const listing = await apt.repositories(state.node);
    // Every enabled entry, so that the node no longer uses the repository (9.1 may have added
    // duplicates, see create). An entry gone or moved meanwhile is not there to disable.
    for (const entry of await enabledEntries(ctx.provider, listing, standardOf(state.handle))) {
      await apt.setEnabled(state.node, entry.path, entry.index, false);
    }
  },
  importState(id) {
    const match = /^([^/]+)\/([^/]+)$/.exec(id);
    if (!match) throw new AttributeError('id', 'Invalid import id', `Expected NODE/HANDLE such as "pve/no-subscription", got "${id}".`);
    return { node: match[1], handle: match[2] };
  },
});
