// The simulated node's view of a TrueNAS box on its network (`sim proxmox --truenas URL`):
// what a node finds by logging in to an iSCSI target (the target's LUNs and their sizes) and
// whether an NFS export it would mount exists. A real node asks the NAS over iSCSI and NFS;
// the simulator asks the TrueNAS simulator's public JSON-RPC API for the same facts.
import type { SimIscsiLun } from './iscsi-luns.js';
import type { SimState, SimStorage } from './state.js';
import { TrueNASConnection, type TrueNASEndpoint } from './truenas-connection.js';

/** `host`, `host:port`, `[v6]:port` → host. */
export function portalHost(portal: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(portal);
  if (bracketed) return bracketed[1] ?? '';
  return portal.split(':')[0] ?? '';
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function sameHost(a: string, b: string): boolean {
  return a === b || (LOOPBACK.has(a) && LOOPBACK.has(b));
}

export class NasLink {
  private readonly connection: TrueNASConnection;
  private readonly host: string;
  /** Targets whose LUNs came from the NAS at the last refresh (so vanished ones are dropped). */
  private readonly seenTargets = new Set<string>();

  constructor(endpoint: TrueNASEndpoint) {
    this.connection = new TrueNASConnection(endpoint);
    this.host = new URL(endpoint.url).hostname.replace(/^\[|\]$/g, '');
  }

  /** Whether a storage's server or portal names this NAS. */
  serves(address: string): boolean {
    return sameHost(portalHost(address), this.host);
  }

  /**
   * Reloads the LUNs of every target an `iscsi` storage on this NAS names, as a node's session
   * rescan would: the target's mappings (LUN ids) whose extent is an enabled zvol (its volsize)
   * or file (its filesize), on a portal that listens on the address the storage uses.
   */
  async refreshIscsiLuns(state: SimState): Promise<void> {
    const storages = [...state.storages.values()].filter((s) => s.type === 'iscsi' && s.options.portal !== undefined && this.serves(s.options.portal));
    const wanted = new Set(storages.map((s) => s.options.target ?? ''));
    const found = wanted.size === 0 ? new Map<string, SimIscsiLun[]>() : await this.targetLuns(storages);
    for (const iqn of this.seenTargets) if (!found.has(iqn)) state.iscsiLuns.delete(iqn);
    this.seenTargets.clear();
    for (const [iqn, luns] of found) {
      state.iscsiLuns.set(iqn, luns);
      this.seenTargets.add(iqn);
    }
  }

  private async targetLuns(storages: SimStorage[]): Promise<Map<string, SimIscsiLun[]>> {
    const client = await this.connection.get();
    const [global, portals, targets, extents, mappings] = await Promise.all([
      client.iscsi.globalConfig(),
      client.iscsi.portals.query(),
      client.iscsi.targets.query(),
      client.iscsi.extents.query(),
      client.iscsi.targetExtents.query(),
    ]);
    const zvolNames = extents.filter((e) => e.type === 'DISK' && e.disk?.startsWith('zvol/')).map((e) => (e.disk ?? '').slice('zvol/'.length));
    const zvols = zvolNames.length === 0 ? [] : await client.datasets.query([['id', 'in', zvolNames]]);
    const volsize = new Map(zvols.map((z) => [z.id, z.volsize ?? 0]));
    const result = new Map<string, SimIscsiLun[]>();
    for (const storage of storages) {
      const iqn = storage.options.target ?? '';
      const target = targets.find((t) => `${global.basename}:${t.name}` === iqn);
      if (!target) continue;
      const address = portalHost(storage.options.portal ?? '');
      const reachable = target.groups.some((group) =>
        portals.find((p) => p.id === group.portal)?.listen.some((l) => l.ip === '0.0.0.0' || l.ip === '::' || sameHost(l.ip, address)),
      );
      if (!reachable) continue;
      const luns: SimIscsiLun[] = [];
      for (const mapping of mappings.filter((m) => m.target === target.id)) {
        const extent = extents.find((e) => e.id === mapping.extent);
        if (!extent || !extent.enabled) continue;
        const size = extent.type === 'DISK' ? (volsize.get((extent.disk ?? '').slice('zvol/'.length)) ?? 0) : extent.filesize;
        luns.push({ lun: mapping.lunid, size });
      }
      result.set(
        iqn,
        luns.sort((a, b) => a.lun - b.lun),
      );
    }
    return result;
  }

  /**
   * Whether `path` is exported over NFS by an enabled share. pve-storage's NFS activation
   * mounts `server:export` (NFSPlugin.pm nfs_mount), which fails when nothing exports it.
   */
  async nfsExportExists(path: string): Promise<boolean> {
    const client = await this.connection.get();
    const shares = await client.sharing.nfs.query([['path', '=', path.replace(/\/+$/, '')]]);
    return shares.some((share) => share.enabled !== false);
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
