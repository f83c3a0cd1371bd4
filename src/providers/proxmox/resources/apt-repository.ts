// `proxmox_apt_repository`: whether one existing entry of a node's APT sources is enabled
// (pve-manager PVE/API2/APT.pm `change_repository`). The entry is the file's INDEX-th
// repository; the resource adopts it and destroying leaves it as it is.
import type { AptRepositories, AptRepository } from '../../../clients/proxmox/index.js';
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import { nodeAttr } from '../shared/node-attr.js';
import { idAttribute } from '../shared/key-attributes.js';

const replace = planModifiers.requiresReplace();
const keep = planModifiers.useStateForUnknown();

/** proxmox-apt reads `*.list` and `*.sources` files in /etc/apt. */
export const APT_FILE_PATH = /^\/etc\/apt\/(sources\.list|sources\.list\.d\/[^/]+\.(list|sources))$/;

const aptRepositorySchema = schema({
  description:
    "Enables or disables one repository entry of a node's APT sources, found by its file and position. The entry must exist (add Proxmox's own with proxmox_apt_standard_repository); destroying leaves it as it is.",
  attributes: {
    id: idAttribute('NODE/PATH/INDEX, e.g. "pve/etc/apt/sources.list.d/ceph.sources/0".'),
    node: nodeAttr,
    file_path: attr.string({
      required: true,
      description: 'The sources file, e.g. "/etc/apt/sources.list.d/pve-enterprise.sources".',
      planModifiers: [replace],
      validators: [validators.matches(APT_FILE_PATH, 'a .list or .sources file under /etc/apt (sources.list or sources.list.d/NAME)')],
    }),
    index: attr.number({
      required: true,
      description: 'Position of the entry in the file, from 0.',
      planModifiers: [replace],
      validators: [validators.integer(), validators.atLeast(0)],
    }),
    enabled: attr.bool({ default: true, description: 'Whether APT uses the entry (default true).' }),
    file_type: attr.string({ computed: true, description: 'The file format: "sources" (deb822) or "list" (one-line).', planModifiers: [keep] }),
    types: attr.list(ty.string, { computed: true, description: 'Package types, "deb" and/or "deb-src".', planModifiers: [keep] }),
    uris: attr.list(ty.string, { computed: true, description: 'Repository URIs.', planModifiers: [keep] }),
    suites: attr.list(ty.string, { computed: true, description: 'Suites (distributions), e.g. "trixie".', planModifiers: [keep] }),
    components: attr.list(ty.string, { computed: true, description: 'Components, e.g. "pve-no-subscription".', planModifiers: [keep] }),
    comment: attr.string({ computed: true, description: "The entry's comment.", planModifiers: [keep] }),
  },
});

type AptRepositoryModel = ModelOf<typeof aptRepositorySchema>;

export function aptRepositoryId(node: string, path: string, index: number): string {
  return `${node}${path}/${index}`;
}

/** NODE/PATH/INDEX: the node is the first segment, the index the last, the absolute path between. */
export function parseAptRepositoryId(id: string): { node: string; file_path: string; index: number } {
  const match = /^([^/]+)\/+(.+)\/(\d+)$/.exec(id);
  if (!match) throw new AttributeError('id', 'Invalid import id', `Expected NODE/PATH/INDEX such as "pve/etc/apt/sources.list.d/ceph.sources/0", got "${id}".`);
  const [, node = '', path = '', index = '0'] = match;
  return { node, file_path: `/${path}`, index: Number(index) };
}

/** The entry at `index` of the file at `path`, or undefined when the file or the entry is not there. */
export function aptEntry(listing: AptRepositories, path: string, index: number): AptRepository | undefined {
  return listing.files.find((file) => file.path === path)?.repositories[index];
}

function toModel(node: string, path: string, index: number, entry: AptRepository, fileType: string | undefined): AptRepositoryModel {
  return {
    id: aptRepositoryId(node, path, index),
    node,
    file_path: path,
    index,
    enabled: entry.Enabled,
    file_type: entry.FileType ?? fileType ?? null,
    types: entry.Types,
    uris: entry.URIs,
    suites: entry.Suites,
    components: entry.Components,
    comment: entry.Comment ?? '',
  };
}

async function find(provider: ProxmoxProviderData, node: string, path: string, index: number): Promise<AptRepositoryModel | null> {
  const listing = await provider.client.apt.repositories(node);
  const entry = aptEntry(listing, path, index);
  return entry === undefined ? null : toModel(node, path, index, entry, listing.files.find((f) => f.path === path)?.['file-type']);
}

async function apply(provider: ProxmoxProviderData, node: string, path: string, index: number, enabled: boolean): Promise<AptRepositoryModel> {
  if (!(await provider.client.apt.setEnabled(node, path, index, enabled))) {
    throw new AttributeError('index', 'No such repository entry', `The node "${node}" has no repository entry ${index} in "${path}".`);
  }
  const written = await find(provider, node, path, index);
  if (written === null) throw new Error(`The repository entry ${index} of "${path}" on node "${node}" disappeared while it was being changed.`);
  return written;
}

export const aptRepositoryResource = proxmoxResource({
  name: 'proxmox_apt_repository',
  schema: aptRepositorySchema,
  importId: { description: 'NODE/PATH/INDEX', example: 'pve/etc/apt/sources.list.d/ceph.sources/1' },
  create: (ctx, plan) => apply(ctx.provider, plan.node, plan.file_path, plan.index, plan.enabled),
  read: (ctx, state) => find(ctx.provider, state.node, state.file_path, state.index),
  update: (ctx, plan) => apply(ctx.provider, plan.node, plan.file_path, plan.index, plan.enabled),
  async delete() {},
  importState: parseAptRepositoryId,
});
