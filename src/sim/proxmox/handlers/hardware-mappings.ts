// `/cluster/mapping/{pci,usb,dir}`: cluster-wide hardware and directory mappings
// (pve-manager PVE/API2/Cluster/Mapping/{PCI,USB,Dir}.pm on pve-guest-common PVE/Mapping/*.pm).
// The schema already checks each `map` entry's property string (types, patterns, required keys).
import { createHash } from 'node:crypto';
import { flagParam, listParam, type RequestContext, type Routes } from '../engine.js';
import { MAPPING_KINDS, type MappingKind, type SimMapping } from '../mapping-state.js';
import { hasPrivileges } from '../permissions.js';
import { die } from '../pve-error.js';
import { splitPropertyString } from '../schema/property-format.js';
import { arrayParam } from '../sdn-sections.js';
import type { SimState } from '../state.js';

/** The `lock_*_config` error prefixes, per kind (create, update; delete never fails on a missing id). */
const FAILURE_PREFIX: Record<MappingKind, { create: string; update: string }> = {
  pci: { create: 'create hardware mapping failed', update: 'update hardware mapping failed' },
  usb: { create: 'create hardware mapping failed', update: 'update hardware mapping failed' },
  dir: { create: 'create directory mapping failed', update: 'update directory mapping failed' },
};

const SEES_MAPPING = ['Mapping.Modify', 'Mapping.Use', 'Mapping.Audit'];

function digestOf(state: SimState, kind: MappingKind): string {
  return createHash('sha1').update(`${kind}:${state.mappings.versions[kind]}`).digest('hex');
}

function view(state: SimState, kind: MappingKind, id: string | undefined, mapping: SimMapping): Record<string, unknown> {
  return {
    ...(id !== undefined ? { id } : {}),
    ...(mapping.description !== undefined ? { description: mapping.description } : {}),
    map: [...mapping.map],
    ...(mapping.mdev !== undefined ? { mdev: mapping.mdev ? 1 : 0 } : {}),
    ...(mapping.liveMigrationCapable !== undefined ? { 'live-migration-capable': mapping.liveMigrationCapable ? 1 : 0 } : {}),
    digest: digestOf(state, kind),
  };
}

function nodeOf(entry: string): string | undefined {
  return splitPropertyString(entry).find(([key]) => key === 'node')?.[1];
}

/** Dir.pm `assert_valid_map_list`: one entry per node. */
function assertOneEntryPerNode(entries: readonly string[]): void {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const node = nodeOf(entry) ?? '';
    counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  for (const [node, count] of counts) if (count > 1) throw die(`Node '${node}' is specified ${count} times.`);
}

/** The options a write sets (`check_config`): only those the request gives. */
function optionsOf(kind: MappingKind, params: Readonly<Record<string, string>>): Partial<SimMapping> {
  const out: Partial<SimMapping> = {};
  if (params.description !== undefined) out.description = params.description;
  if (params.map !== undefined) {
    out.map = arrayParam(params.map);
    if (kind === 'dir') assertOneEntryPerNode(out.map);
  }
  const mdev = flagParam(params, 'mdev');
  if (mdev !== undefined) out.mdev = mdev;
  const live = flagParam(params, 'live-migration-capable');
  if (live !== undefined) out.liveMigrationCapable = live;
  return out;
}

/** The options of each kind (pve-guest-common PVE/Mapping/{PCI,USB,Dir}.pm `options`): only `map` is required. */
const OPTIONS: Record<MappingKind, Readonly<Record<string, keyof SimMapping>>> = {
  pci: { description: 'description', mdev: 'mdev', 'live-migration-capable': 'liveMigrationCapable', map: 'map' },
  usb: { description: 'description', map: 'map' },
  dir: { description: 'description', map: 'map' },
};

function routesFor(kind: MappingKind): Routes {
  const base = `/cluster/mapping/${kind}`;
  const entries = (ctx: RequestContext): Map<string, SimMapping> => ctx.engine.state.mappings.entries[kind];
  const checkNode = (ctx: RequestContext): string | undefined => {
    const node = ctx.params['check-node'];
    const local = ctx.engine.state.nodes[0] ?? 'pve';
    if (node === undefined || node === 'localhost' || node === local) return node === undefined ? undefined : local;
    throw die(kind === 'usb' ? 'Wrong node to check' : `wrong node to check - ${node} != ${local}`);
  };
  return {
    [`GET ${base}`]: (ctx) => {
      const { state } = ctx.engine;
      const node = checkNode(ctx);
      return [...entries(ctx)]
        .filter(([id]) => hasPrivileges(state, ctx.who, `/mapping/${kind}/${id}`, SEES_MAPPING, true))
        .map(([id, mapping]) => {
          const out = view(state, kind, id, mapping);
          if (node === undefined) return out;
          // Without the node's hardware to compare, only the "no entry for this node" check is made.
          const missing = !mapping.map.some((entry) => nodeOf(entry) === node);
          const checks = missing ? [{ severity: 'warning', message: `No mapping for node ${node}.` }] : [];
          // USB.pm names the list `errors`, the others `checks`.
          return { ...out, [kind === 'usb' ? 'errors' : 'checks']: checks };
        });
    },
    [`GET ${base}/{id}`]: (ctx) => {
      const id = ctx.params.id ?? '';
      const mapping = entries(ctx).get(id);
      if (!mapping) throw die(`mapping '${id}' not found`);
      return view(ctx.engine.state, kind, undefined, mapping);
    },
    [`POST ${base}`]: (ctx) => {
      const id = ctx.params.id ?? '';
      const options = optionsOf(kind, ctx.params);
      if (entries(ctx).has(id)) throw die(`${FAILURE_PREFIX[kind].create}: ${kind} ID '${id}' already defined`);
      entries(ctx).set(id, { map: [], ...options });
      ctx.engine.state.mappings.versions[kind]++;
      return null;
    },
    [`PUT ${base}/{id}`]: (ctx) => {
      const { state } = ctx.engine;
      const prefix = FAILURE_PREFIX[kind].update;
      const id = ctx.params.id ?? '';
      if (ctx.params.digest !== undefined && ctx.params.digest !== digestOf(state, kind))
        throw die(`${prefix}: detected modified configuration - file changed by other user? Try again.`);
      const mapping = entries(ctx).get(id);
      if (!mapping) throw die(`${prefix}: ${kind} ID '${id}' does not exist`);
      const options = optionsOf(kind, ctx.params);
      // SectionConfig's delete_from_config (the schema already wants `map` on every update).
      for (const key of listParam(ctx.params.delete)) {
        const field = OPTIONS[kind][key];
        if (field === undefined) throw die(`${prefix}: no such option '${key}'`);
        if (field === 'map') throw die(`${prefix}: unable to delete required option '${key}'`);
        if (field in options) throw die(`${prefix}: cannot set and delete property '${key}' at the same time!`);
        delete mapping[field];
      }
      Object.assign(mapping, options);
      state.mappings.versions[kind]++;
      return null;
    },
    [`DELETE ${base}/{id}`]: (ctx) => {
      // A missing id is no error: the handler deletes it only `if ($cfg->{ids}->{$id})`.
      if (entries(ctx).delete(ctx.params.id ?? '')) ctx.engine.state.mappings.versions[kind]++;
      return null;
    },
  };
}

export const hardwareMappingRoutes: Routes = Object.assign({}, ...MAPPING_KINDS.map(routesFor)) as Routes;
