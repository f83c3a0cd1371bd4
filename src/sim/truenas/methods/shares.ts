// sharing.nfs.* and sharing.smb.*: shares on dataset paths under /mnt/<pool>.
import { Verrors } from '../sim-errors.js';
import { crud, mustExist, type MethodTable } from '../registry.js';
import type { SimShare, SimState, Table } from '../state.js';

const nfsDefaults = { aliases: [], comment: '', networks: [], hosts: [], ro: false, maproot_user: null, maproot_group: null, mapall_user: null, mapall_group: null, security: [], enabled: true, locked: false, expose_snapshots: false };
const smbDefaults = { purpose: 'DEFAULT_SHARE', path_suffix: '', home: false, comment: '', ro: false, browsable: true, timemachine: false, recyclebin: false, guestok: false, abe: false, hostsallow: [], hostsdeny: [], aapl_name_mangling: false, acl: true, durablehandle: true, shadowcopy: true, streams: true, fsrvp: false, auxsmbconf: '', enabled: true, afp: false, locked: false, audit: { enable: false, watch_list: [], ignore_list: [] } };

function checkPath(state: SimState, path: unknown, attribute: string, verrors: Verrors): void {
  if (typeof path !== 'string' || !path.startsWith('/mnt/')) verrors.add(attribute, 'Path must be under /mnt/<pool>');
  else if (!state.datasets.has(path.slice('/mnt/'.length))) verrors.add(attribute, `${path}: path does not exist`);
}

function nfsCheck(state: SimState, share: Record<string, unknown>, selfId?: number): void {
  const verrors = new Verrors();
  checkPath(state, share['path'], 'sharing_nfs_create.path', verrors);
  for (const other of state.nfsShares.list()) {
    if (other.id === selfId || other.path !== share['path']) continue;
    for (const network of share['networks'] as string[]) {
      if ((other['networks'] as string[]).includes(network)) verrors.add('sharing_nfs_create.networks', `ERROR - Another NFS share already exports ${String(share['path'])} for network ${network}`);
    }
    for (const host of share['hosts'] as string[]) {
      if ((other['hosts'] as string[]).includes(host)) verrors.add('sharing_nfs_create.hosts', `ERROR - Another NFS share already exports ${String(share['path'])} for host ${host}`);
    }
    if ((share['networks'] as string[]).length + (share['hosts'] as string[]).length === 0 && (other['networks'] as string[]).length + (other['hosts'] as string[]).length === 0) {
      verrors.add('sharing_nfs_create.path', 'Export conflict: another share exports this path to everyone');
    }
  }
  verrors.check();
}

function smbCheck(state: SimState, share: Record<string, unknown>, selfId?: number): void {
  const verrors = new Verrors();
  checkPath(state, share['path'], 'sharingsmb_create.path', verrors);
  const name = share['name'];
  if (typeof name !== 'string' || name === '' || name.length > 80) verrors.add('sharingsmb_create.name', 'Share name is required and must be at most 80 characters');
  else if (state.smbShares.list().some((s) => s.id !== selfId && String(s['name']).toLowerCase() === name.toLowerCase())) {
    verrors.add('sharingsmb_create.name', 'Share names are case-insensitive and must be unique');
  }
  verrors.check();
}

function shareMethods(namespace: string, noun: string, table: (state: SimState) => Table<SimShare>, defaults: Record<string, unknown>, check: (state: SimState, share: Record<string, unknown>, selfId?: number) => void): MethodTable {
  return crud<number>(namespace, {
    noun,
    rows: (ctx) => table(ctx.state).list().map((share) => ({ ...share })),
    create: (data, ctx) => {
      const share = { ...defaults, ...data };
      check(ctx.state, share);
      return { ...table(ctx.state).insert(share as Omit<SimShare, 'id'>) };
    },
    update: (id, data, ctx) => {
      const share = mustExist(table(ctx.state).get(id), noun, id);
      const merged = { ...share, ...data, id };
      check(ctx.state, merged, id);
      return { ...Object.assign(share, merged) };
    },
    delete: (id, _options, ctx) => mustExist(table(ctx.state).get(id), noun, id) && table(ctx.state).delete(id),
  });
}

export const shareMethodTable: MethodTable = {
  ...shareMethods('sharing.nfs', 'SharingNFS', (state) => state.nfsShares, nfsDefaults, nfsCheck),
  ...shareMethods('sharing.smb', 'SharingSMB', (state) => state.smbShares, smbDefaults, smbCheck),
};
