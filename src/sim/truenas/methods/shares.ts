// sharing.nfs.*: NFS exports of paths under /mnt/<pool>, with the middleware's network
// canonicalisation and conflict rules. (SMB shares: smb-shares.ts.)
import { Verrors } from '../sim-errors.js';
import { crud, deleteFrom, mustExist, type MethodTable } from '../registry.js';
import type { SimShare, SimState, Table } from '../state.js';
import { canonicalNetwork, isAllNetworks } from '../ip-network.js';
import { reloadingAfter } from './services.js';

const nfsDefaults = {
  aliases: [],
  comment: '',
  networks: [],
  hosts: [],
  ro: false,
  maproot_user: null,
  maproot_group: null,
  mapall_user: null,
  mapall_group: null,
  security: [],
  enabled: true,
  locked: false,
  expose_snapshots: false,
};

export type Operation = 'create' | 'update';

export function checkPath(state: SimState, path: unknown, attribute: string, verrors: Verrors): void {
  if (typeof path !== 'string' || !path.startsWith('/mnt/')) verrors.add(attribute, 'Path must be under /mnt/<pool>');
  else if (!state.datasets.has(path.slice('/mnt/'.length))) verrors.add(attribute, `${path}: path does not exist`);
}

/**
 * `sanitize_networks(..., convert=True)`: every entry becomes canonical CIDR with the host bits
 * zeroed; all-zero networks are refused (truenas/middleware
 * src/middlewared/middlewared/plugins/nfs_/validators.py@TS-25.10.6:20-56, plugins/nfs.py:677).
 */
function sanitizeNetworks(schemaName: string, networks: readonly string[], verrors: Verrors): string[] {
  const canonical = networks.map((network) => canonicalNetwork(String(network)));
  const notValid = networks.filter((_, index) => canonical[index] === null);
  const last = networks.at(-1);
  if (notValid.length > 0) {
    verrors.add(`${schemaName}.networks`, `The following do not appear to be valid IPv4 or IPv6 networks: ${notValid.join(', ')}`);
  } else if (canonical.some((network) => isAllNetworks(network!))) {
    // The server names the loop's last entry here, whichever entry was the all-networks one.
    verrors.add(
      `${schemaName}.networks`,
      `Do not use ${String(last)} to represent all-networks.  No entry is required to configure 'allow everybody'.  Please remove ${String(last)}.`,
    );
  }
  return canonical.map((network, index) => network ?? networks[index]!);
}

function nfsCheck(state: SimState, share: Record<string, unknown>, operation: Operation, selfId?: number): void {
  const schemaName = `sharingnfs_${operation}`;
  const verrors = new Verrors();
  checkPath(state, share['path'], `${schemaName}.path`, verrors);
  share['networks'] = sanitizeNetworks(schemaName, share['networks'] as string[], verrors);
  // Enterprise only; the simulator is Community Edition (plugins/nfs.py `validate` @TS-25.10.6:637-658).
  if (share['expose_snapshots'] === true)
    verrors.add(`${schemaName}.expose_snapshots`, 'This is an enterprise feature and may not be enabled without a valid license.');
  // Only hosts or networks both shares name conflict; two shares of a path to everyone do not (plugins/nfs.py@TS-25.10.6:937).
  for (const other of state.nfsShares.list()) {
    if (other.id === selfId || other.path !== share['path']) continue;
    for (const network of share['networks'] as string[]) {
      if ((other['networks'] as string[]).includes(network))
        verrors.add(`${schemaName}.networks`, `ERROR - Another NFS share already exports ${String(share['path'])} for network ${network}`);
    }
    for (const host of share['hosts'] as string[]) {
      if ((other['hosts'] as string[]).includes(host))
        verrors.add(`${schemaName}.hosts`, `ERROR - Another NFS share already exports ${String(share['path'])} for host ${host}`);
    }
  }
  verrors.check();
}

export type ShareCheck = (state: SimState, share: Record<string, unknown>, operation: Operation, selfId?: number) => void;

/** CRUD over a share table: defaults on create, the merged share checked on update. */
export function shareMethods(
  namespace: string,
  noun: string,
  table: (state: SimState) => Table<SimShare>,
  defaults: (version: string) => Record<string, unknown>,
  check: ShareCheck,
  normalize?: (data: unknown, version: string) => unknown,
): MethodTable {
  return crud<number>(
    namespace,
    {
      noun,
      rows: (ctx) =>
        table(ctx.state)
          .list()
          .map((share) => ({ ...share })),
      create: (data, ctx) => {
        const share = { ...defaults(ctx.version), ...data };
        check(ctx.state, share, 'create');
        return { ...table(ctx.state).insert(share as Omit<SimShare, 'id'>) };
      },
      update: (id, data, ctx) => {
        const share = mustExist(table(ctx.state).get(id), noun, id);
        const merged = { ...share, ...data, id };
        check(ctx.state, merged, 'update', id);
        return { ...Object.assign(share, merged) };
      },
      delete: deleteFrom(table, noun),
    },
    {},
    normalize,
  );
}

// Each write ends with a reload of nfs (plugins/nfs.py:479,510,532 @TS-25.10.6).
export const nfsShareMethods: MethodTable = reloadingAfter(
  shareMethods(
    'sharing.nfs',
    'SharingNFS',
    (state) => state.nfsShares,
    () => nfsDefaults,
    nfsCheck,
  ),
  ['sharing.nfs.create', 'sharing.nfs.update', 'sharing.nfs.delete'],
  'nfs',
);
