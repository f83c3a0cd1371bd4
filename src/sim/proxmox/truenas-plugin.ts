// The `truenasplugin` storage type (WarlockSyno/TrueNAS-Proxmox-VE-Storage-Plugin,
// TrueNASPlugin.pm) behind the simulated node: each VM disk is a zvol under the storage's
// `dataset`, an iSCSI extent named like the zvol and a target-extent mapping on the shared
// `target_iqn` at the next free LUN, made through the TrueNAS API the storage's options name
// (api_host, api_port, api_scheme, api_transport, api_key, api_insecure). The volume is
// `vol-<zvol>-lun<N>`, as the plugin names it. Growing a disk sets the zvol's volsize, guest
// snapshots are ZFS snapshots of each zvol, freeing removes mapping, extent and zvol (in that
// order), and an allocation that fails midway removes what it made before failing.
import type { TrueNASClient } from '../../clients/truenas/index.js';
import type { ExternalStorage, SnapshotAction } from './external-storage.js';
import { diskVolume, withDiskSize } from './guest-config.js';
import { die } from './pve-error.js';
import { volid, type SimState, type SimStorage, type SimVolume } from './state.js';
import { queueStorageWork } from './storage-work.js';
import { TrueNASConnection, type TrueNASEndpoint } from './truenas-connection.js';

export const TRUENAS_PLUGIN_TYPE = 'truenasplugin';

/** What the plugin knows of its dataset and target, reloaded before each request. */
interface NasView {
  zvols: Set<string>;
  luns: Set<number>;
}

const VOLUME_NAME = /^vol-(.+)-lun(\d+)$/;

/** The zvol's short name and LUN of a `vol-<zvol>-lun<N>` volume. */
export function parsePluginVolume(name: string): { zname: string; lun: number } | undefined {
  const match = VOLUME_NAME.exec(name);
  return match ? { zname: match[1] ?? '', lun: Number(match[2]) } : undefined;
}

/** The API endpoint a storage's options name; defaults as the plugin's (wss/443, https/443, ws/80, http/80). */
export function pluginEndpoint(storage: SimStorage, caPem?: string): TrueNASEndpoint {
  const { options } = storage;
  const rest = options.api_transport === 'rest';
  const scheme = options.api_scheme ?? (rest ? 'https' : 'wss');
  const port = options.api_port ?? (scheme === 'wss' || scheme === 'https' ? '443' : '80');
  const host = (options.api_host ?? '').includes(':') && !(options.api_host ?? '').startsWith('[') ? `[${options.api_host}]` : (options.api_host ?? '');
  return {
    url: `${scheme}://${host}:${port}`,
    apiKey: options.api_key ?? storage.secrets.api_key ?? '',
    insecure: options.api_insecure === '1',
    transport: rest ? 'rest' : 'auto',
    ...(caPem !== undefined ? { caPem } : {}),
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Whether the simulated node may open a connection to `url`. A simulator runs beside tests and
 * demos, so it talks to this machine only: a storage naming any other host (a documentation
 * address such as 192.0.2.10, or a real NAS) behaves as a NAS that cannot be reached, and no
 * packet leaves the machine.
 */
export function isLocalEndpoint(url: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(url).hostname.replace(/^\[|\]$/g, ''));
}

export class TrueNASPluginStorage implements ExternalStorage {
  private readonly connections = new Map<string, TrueNASConnection>();
  private readonly views = new Map<string, NasView>();

  /** `caPem`: certificates the node trusts (the lab's TrueNAS simulator certificate). */
  constructor(private readonly caPem?: string) {}

  private client(storage: SimStorage): Promise<TrueNASClient> {
    const endpoint = pluginEndpoint(storage, this.caPem);
    if (!isLocalEndpoint(endpoint.url)) return Promise.reject(new Error(`cannot reach ${endpoint.url} (the simulator connects to this machine only)`));
    const key = `${storage.storage}\n${JSON.stringify(endpoint)}`;
    let connection = this.connections.get(key);
    if (!connection) {
      connection = new TrueNASConnection(endpoint);
      this.connections.set(key, connection);
    }
    return connection.get();
  }

  /** Reloads each plugin storage's zvols and used LUNs (a NAS that cannot be reached shows none). */
  async refresh(state: SimState): Promise<void> {
    const storages = [...state.storages.values()].filter((s) => s.type === TRUENAS_PLUGIN_TYPE);
    await Promise.all(
      storages.map(async (storage) => {
        try {
          const client = await this.client(storage);
          const dataset = storage.options.dataset ?? '';
          const [zvols, target] = await Promise.all([
            client.datasets.query([
              ['id', '^', `${dataset}/`],
              ['type', '=', 'VOLUME'],
            ]),
            this.resolveTarget(client, storage).catch(() => undefined),
          ]);
          const mappings = target === undefined ? [] : await client.iscsi.targetExtents.query([['target', '=', target]]);
          this.views.set(storage.storage, { zvols: new Set(zvols.map((z) => z.id.slice(dataset.length + 1))), luns: new Set(mappings.map((m) => m.lunid)) });
        } catch {
          this.views.delete(storage.storage);
        }
      }),
    );
  }

  /** `vm-<vmid>-disk-<n>` not taken on the NAS or by the node, at the target's first free LUN. */
  newVolumeName(state: SimState, storage: SimStorage, vmid: number): string {
    const view = this.views.get(storage.storage) ?? { zvols: new Set<string>(), luns: new Set<number>() };
    const zvols = new Set(view.zvols);
    const luns = new Set(view.luns);
    for (const volume of state.volumes.values()) {
      const parsed = volume.storage === storage.storage ? parsePluginVolume(volume.name) : undefined;
      if (parsed) {
        zvols.add(parsed.zname);
        luns.add(parsed.lun);
      }
    }
    let n = 0;
    while (zvols.has(`vm-${vmid}-disk-${n}`)) n++;
    let lun = 0;
    while (luns.has(lun) && lun < 4096) lun++;
    if (lun >= 4096) throw die(`No free LUN on target ${storage.options.target_iqn}`);
    return `vol-vm-${vmid}-disk-${n}-lun${lun}`;
  }

  allocated(state: SimState, storage: SimStorage, volume: SimVolume): void {
    const { zname, lun } = parsePluginVolume(volume.name) ?? { zname: volume.name, lun: 0 };
    const full = `${storage.options.dataset}/${zname}`;
    queueStorageWork(async () => {
      const undo: Array<() => Promise<void>> = [];
      try {
        const client = await this.client(storage);
        // The plugin's pre-flight checks: the parent dataset and the target exist.
        const parent = await client.datasets.query([['id', '=', storage.options.dataset ?? '']]);
        if (parent.length === 0) throw new Error(`parent dataset '${storage.options.dataset}' does not exist`);
        const target = await this.resolveTarget(client, storage);
        const blocksize = storage.options.zvol_blocksize?.toUpperCase();
        await client.datasets.create({
          name: full,
          type: 'VOLUME',
          volsize: volume.size,
          sparse: storage.options.tn_sparse !== '0',
          ...(blocksize ? { volblocksize: blocksize as '16K' } : {}),
        });
        undo.push(() => client.datasets.delete(full, { recursive: true }));
        const extent = await client.iscsi.extents.create({ name: zname, type: 'DISK', disk: `zvol/${full}`, insecure_tpc: true });
        undo.push(() => client.iscsi.extents.delete(extent.id));
        await client.iscsi.targetExtents.create({ target, extent: extent.id, lunid: lun });
      } catch (error) {
        for (const step of undo.reverse()) await step().catch(() => undefined);
        forgetVolume(state, volume);
        throw die(`unable to allocate ${zname} on TrueNAS ${storage.options.api_host}: ${message(error)}`);
      }
    });
  }

  grown(state: SimState, storage: SimStorage, volume: SimVolume, previousSize: number): void {
    const { zname } = parsePluginVolume(volume.name) ?? { zname: volume.name };
    queueStorageWork(async () => {
      try {
        const client = await this.client(storage);
        await client.datasets.update(`${storage.options.dataset}/${zname}`, { volsize: volume.size });
      } catch (error) {
        volume.size = previousSize;
        resizeReferences(state, volume);
        throw die(`unable to resize ${zname} on TrueNAS ${storage.options.api_host}: ${message(error)}`);
      }
    });
  }

  freed(_state: SimState, storage: SimStorage, volume: SimVolume): void {
    const { zname } = parsePluginVolume(volume.name) ?? { zname: volume.name };
    const full = `${storage.options.dataset}/${zname}`;
    queueStorageWork(async () => {
      try {
        const client = await this.client(storage);
        const extents = await client.iscsi.extents.query([['name', '=', zname]]);
        for (const extent of extents) {
          for (const mapping of await client.iscsi.targetExtents.query([['extent', '=', extent.id]])) await client.iscsi.targetExtents.delete(mapping.id);
          await client.iscsi.extents.delete(extent.id);
        }
        if ((await client.datasets.query([['id', '=', full]])).length > 0) await client.datasets.delete(full, { recursive: true });
      } catch (error) {
        throw die(`unable to free ${zname} on TrueNAS ${storage.options.api_host}: ${message(error)}`);
      }
    });
  }

  snapshot(_state: SimState, storage: SimStorage, volume: SimVolume, snapname: string, action: SnapshotAction): void {
    const { zname } = parsePluginVolume(volume.name) ?? { zname: volume.name };
    const full = `${storage.options.dataset}/${zname}`;
    queueStorageWork(async () => {
      try {
        const client = await this.client(storage);
        if (action === 'create') await client.snapshots.create({ dataset: full, name: snapname });
        else if (action === 'delete') await client.snapshots.delete(`${full}@${snapname}`);
        else await client.snapshots.rollback(`${full}@${snapname}`);
      } catch (error) {
        throw die(`unable to ${action === 'create' ? 'take' : action} snapshot ${full}@${snapname} on TrueNAS: ${message(error)}`);
      }
    });
  }

  /** The target id of `target_iqn`: a target named so, or whose short name is the IQN's tail. */
  private async resolveTarget(client: TrueNASClient, storage: SimStorage): Promise<number> {
    const wanted = storage.options.target_iqn ?? '';
    const short = wanted.slice(wanted.lastIndexOf(':') + 1);
    const targets = await client.iscsi.targets.query();
    const target = targets.find((t) => t.name === wanted || t.name === short);
    if (!target) throw new Error(`iSCSI target '${wanted}' not found on TrueNAS (targets: ${targets.map((t) => t.name).join(', ') || 'none'})`);
    return target.id;
  }

  async close(): Promise<void> {
    await Promise.all([...this.connections.values()].map((c) => c.close()));
  }
}

/** Drops a volume whose allocation failed, and the config entries naming it (PVE never wrote them). */
function forgetVolume(state: SimState, volume: SimVolume): void {
  const id = volid(volume);
  state.volumes.delete(id);
  const guest = volume.vmid === undefined ? undefined : state.guests.get(volume.vmid);
  if (!guest) return;
  for (const values of [guest.config, guest.pending]) {
    for (const [key, value] of Object.entries(values)) if (diskVolume(value) === id || value === id) delete values[key];
  }
}

/** Rewrites `size=` of config entries naming the volume after a failed growth. */
function resizeReferences(state: SimState, volume: SimVolume): void {
  const id = volid(volume);
  const guest = volume.vmid === undefined ? undefined : state.guests.get(volume.vmid);
  if (!guest) return;
  for (const [key, value] of Object.entries(guest.config)) if (diskVolume(value) === id) guest.config[key] = withDiskSize(value, volume.size);
}
