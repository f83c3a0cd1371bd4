// The Proxmox configuration objects an acceptance run names with its prefix, beyond guests,
// access objects and the firewall: HA rules, HA resources (by their comment) and backup jobs (before the guests and pools they
// name), realm sync jobs before their realms, metric servers, ACME plugins, directory, PCI and USB mappings
// and storage definitions (removing a definition leaves its directory's files on the node).
import type { ProxmoxClient } from '../clients/proxmox/index.js';
import type { Leftover } from './sweep.js';

type Section = Readonly<Record<string, unknown>>;

/** One kind: how to list its sections, the field holding the id, how to remove one. */
interface Kind {
  readonly kind: string;
  list(client: ProxmoxClient): Promise<readonly Section[]>;
  readonly idField: string;
  /** The field carrying the prefix when it is not the id (an HA resource's id is its guest's). */
  readonly prefixField?: string;
  remove(client: ProxmoxClient, id: string): Promise<unknown>;
}

const KINDS: readonly Kind[] = [
  { kind: 'HA rule', list: (c) => c.datacenter.list('ha/rules'), idField: 'rule', remove: (c, id) => c.datacenter.delete('ha/rules', id) },
  {
    kind: 'HA resource',
    list: (c) => c.datacenter.list('ha/resources'),
    idField: 'sid',
    prefixField: 'comment',
    remove: (c, id) => c.datacenter.delete('ha/resources', id),
  },
  { kind: 'backup job', list: (c) => c.datacenter.list('backup'), idField: 'id', remove: (c, id) => c.datacenter.delete('backup', id) },
  { kind: 'realm sync job', list: (c) => c.realms.listSyncJobs(), idField: 'id', remove: (c, id) => c.realms.deleteSyncJob(id) },
  { kind: 'realm', list: (c) => c.realms.list(), idField: 'realm', remove: (c, id) => c.realms.remove(id) },
  { kind: 'metric server', list: (c) => c.datacenter.list('metrics/server'), idField: 'id', remove: (c, id) => c.datacenter.delete('metrics/server', id) },
  { kind: 'ACME plugin', list: (c) => c.certificates.listPlugins(), idField: 'plugin', remove: (c, id) => c.certificates.deletePlugin(id) },
  ...(['dir', 'pci', 'usb'] as const).map((type): Kind => ({
    kind: `${type} mapping`,
    list: (c) => c.mappings.list(type),
    idField: 'id',
    remove: (c, id) => c.mappings.delete(type, id),
  })),
];

const STORAGE: Kind = { kind: 'storage', list: (c) => c.storage.list(), idField: 'storage', remove: (c, id) => c.storage.delete(id) };

async function leftoversOf(client: ProxmoxClient, prefix: string, kinds: readonly Kind[]): Promise<Leftover[]> {
  const found: Leftover[] = [];
  for (const kind of kinds) {
    for (const section of await kind.list(client)) {
      const id = section[kind.idField];
      const named = section[kind.prefixField ?? kind.idField];
      if (typeof id === 'string' && typeof named === 'string' && named.startsWith(prefix))
        found.push({ server: 'proxmox', kind: kind.kind, name: id, remove: () => kind.remove(client, id) });
    }
  }
  return found;
}

/** Sections to remove before the guests, pools and users (they name them). */
export function proxmoxSectionLeftovers(client: ProxmoxClient, prefix: string): Promise<Leftover[]> {
  return leftoversOf(client, prefix, KINDS);
}

/** Storage definitions, after the pools that may list them. */
export function proxmoxStorageLeftovers(client: ProxmoxClient, prefix: string): Promise<Leftover[]> {
  return leftoversOf(client, prefix, [STORAGE]);
}
