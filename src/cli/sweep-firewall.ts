// The datacenter firewall objects a run named with the prefix: aliases, IP sets, security
// groups (emptied of their rules first, as only an empty group may be deleted).
import type { ProxmoxClient } from '../clients/proxmox/index.js';
import type { Leftover } from './sweep.js';

export async function proxmoxFirewallLeftovers(client: ProxmoxClient, prefix: string): Promise<Leftover[]> {
  const fw = client.firewall;
  const cluster = { kind: 'cluster' } as const;
  const found: Leftover[] = [];
  for (const alias of await fw.aliases(cluster)) {
    if (alias.name.startsWith(prefix))
      found.push({ server: 'proxmox', kind: 'firewall alias', name: alias.name, remove: () => fw.deleteAlias(cluster, alias.name) });
  }
  for (const set of await fw.ipsets(cluster)) {
    if (set.name.startsWith(prefix))
      found.push({ server: 'proxmox', kind: 'firewall ipset', name: set.name, remove: () => fw.deleteIpset(cluster, set.name, true) });
  }
  for (const { group } of await fw.groups()) {
    if (!group.startsWith(prefix)) continue;
    const remove = async (): Promise<void> => {
      const scope = { kind: 'group', group } as const;
      for (let rules = await fw.rules(scope); rules.length > 0; rules = await fw.rules(scope)) await fw.deleteRule(scope, rules.length - 1);
      await fw.deleteGroup(group);
    };
    found.push({ server: 'proxmox', kind: 'firewall security group', name: group, remove });
  }
  return found;
}
