// `proxmox_apt_standard_repository`: one of Proxmox's own repositories, added to a node by its
// handle (pve-manager PVE/API2/APT.pm `add_repository`: an existing entry is enabled, otherwise
// one is appended to proxmox.sources or ceph.sources). The API cannot remove an entry, so
// destroying disables it (`change_repository` enabled=0): APT stops using it and adding the
// handle again enables the same entry.
import { isStandardEntry, STANDARD_HANDLES, standardRepository, type StandardRepository } from '../../../clients/proxmox/apt-standard-repos.js';
import type { AptRepositories } from '../../../clients/proxmox/index.js';
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import { nodeAttr } from '../shared/node-attr.js';

const replace = planModifiers.requiresReplace();
const keep = planModifiers.useStateForUnknown();

const standardSchema = schema({
  description:
    "Adds one of Proxmox's standard APT repositories to a node by its handle and keeps it enabled (an entry the node already has is enabled, not added twice). Destroying disables the entry, also one the node had before (the API cannot remove entries); a disabled entry reads as absent, and applying enables it again. Do not also disable the same entry with proxmox_apt_repository: the two would undo each other.",
  attributes: {
    id: attr.string({ computed: true, description: 'NODE/HANDLE.', planModifiers: [keep] }),
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

/** The first entry that is the handle's repository, with its file and position. */
export function findStandardEntry(listing: AptRepositories, standard: StandardRepository): { path: string; index: number; enabled: boolean } | undefined {
  for (const file of listing.files) {
    const index = file.repositories.findIndex((repo) => isStandardEntry(standard, { uris: repo.URIs, components: repo.Components }));
    const entry = file.repositories[index];
    if (entry) return { path: file.path, index, enabled: entry.Enabled };
  }
  return undefined;
}

function standardOf(handle: string): StandardRepository {
  const standard = standardRepository(handle);
  if (!standard) throw new AttributeError('handle', 'Unknown repository handle', `"${handle}" is not one of ${STANDARD_HANDLES.join(', ')}.`);
  return standard;
}

async function find(provider: ProxmoxProviderData, node: string, handle: string): Promise<StandardModel | null> {
  const standard = standardOf(handle);
  const listing = await provider.client.apt.repositories(node);
  const entry = findStandardEntry(listing, standard);
  if (entry === undefined || !entry.enabled) return null;
  const listed = listing['standard-repos'].find((repo) => repo.handle === handle);
  return { id: `${node}/${handle}`, node, handle, name: listed?.name ?? standard.name, file_path: entry.path, index: entry.index };
}

export const aptStandardRepositoryResource = proxmoxResource({
  name: 'proxmox_apt_standard_repository',
  schema: standardSchema,
  importId: { description: 'NODE/HANDLE', example: 'pve/test' },
  async create(ctx, plan) {
    await ctx.provider.client.apt.addStandard(plan.node, plan.handle);
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
    const entry = findStandardEntry(listing, standardOf(state.handle));
    if (entry === undefined || !entry.enabled) return;
    // An entry gone or moved meanwhile is not there to disable.
    await apt.setEnabled(state.node, entry.path, entry.index, false);
  },
  importState(id) {
    const match = /^([^/]+)\/([^/]+)$/.exec(id);
    if (!match) throw new AttributeError('id', 'Invalid import id', `Expected NODE/HANDLE such as "pve/no-subscription", got "${id}".`);
    return { node: match[1], handle: match[2] };
  },
});
