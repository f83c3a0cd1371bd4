// The Proxmox VE objects `truemox discover proxmox` finds, keyed by the import id of each
// resource type. Built-in roles, root@pam, the firewall's per-guest objects and per-node
// settings every node has are left out (see `undiscoverable` for why).
import type { ProxmoxClient } from '../clients/proxmox/index.js';
import { objects, type DiscoveredObject, type DiscoveryRegistry } from './discovered.js';

type GuestKind = 'qemu' | 'lxc';

async function guests(client: ProxmoxClient, kind: GuestKind): Promise<{ node: string; vmid: number; name: string }[]> {
  const found = await client.cluster.resources('vm');
  return found
    .filter((g) => g.type === kind && g.node !== undefined && g.vmid !== undefined)
    .map((g) => ({ node: g.node!, vmid: Number(g.vmid), name: g.name ?? `${kind}_${g.vmid}` }));
}

/** The snapshots of every guest of one kind (not the `current` pseudo-snapshot), as NODE/VMID/NAME. */
async function guestSnapshots(client: ProxmoxClient, kind: GuestKind): Promise<DiscoveredObject[]> {
  const found: DiscoveredObject[] = [];
  for (const g of await guests(client, kind)) {
    for (const snap of await client[kind].snapshots(g.node, g.vmid)) {
      if (snap.name !== 'current') found.push({ id: `${g.node}/${g.vmid}/${snap.name}`, label: `${g.name}_${snap.name}` });
    }
  }
  return found;
}

/** Every node's interfaces of one type, as NODE:NAME. */
async function interfaces(client: ProxmoxClient, type: 'bridge' | 'bond' | 'vlan'): Promise<DiscoveredObject[]> {
  const found: DiscoveredObject[] = [];
  for (const { node } of await client.cluster.nodes()) {
    for (const iface of await client.network.list(node, type)) {
      if (iface.iface !== undefined) found.push({ id: `${node}:${iface.iface}`, label: `${node}_${iface.iface}` });
    }
  }
  return found;
}

/** Every node's objects of one kind made of its disks, as NODE/NAME. */
async function nodeDiskObjects(client: ProxmoxClient, names: (node: string) => Promise<string[]>): Promise<DiscoveredObject[]> {
  const found: DiscoveredObject[] = [];
  for (const { node } of await client.cluster.nodes()) {
    for (const name of await names(node)) found.push({ id: `${node}/${name}`, label: `${node}_${name}` });
  }
  return found;
}

/**
 * Thin pools the disk call made: a volume group holding one pool of its own name (the
 * installer's pve/data is not one, and cannot be named by NODE/NAME).
 */
async function ownThinPools(client: ProxmoxClient, node: string): Promise<string[]> {
  return (await client.disks.thinPools(node)).filter((pool) => pool.vg === pool.lv).map((pool) => pool.lv);
}

type SectionKind = 'backup' | 'replication' | 'ha/resources' | 'ha/rules' | 'ha/groups' | 'metrics/server';

/** The sections of one datacenter collection (/cluster/backup, /cluster/ha/rules, …), keyed by `key`. */
async function sections(client: ProxmoxClient, kind: SectionKind, key: string): Promise<DiscoveredObject[]> {
  return objects(await client.datacenter.list(kind), (s) => String(s[key]));
}

export const proxmoxDiscovery: DiscoveryRegistry<ProxmoxClient> = {
  discoverers: {
    proxmox_vm: async (client) =>
      objects(
        await guests(client, 'qemu'),
        (g) => `${g.node}/${g.vmid}`,
        (g) => g.name,
      ),
    proxmox_lxc: async (client) =>
      objects(
        await guests(client, 'lxc'),
        (g) => `${g.node}/${g.vmid}`,
        (g) => g.name,
      ),
    proxmox_vm_snapshot: (client) => guestSnapshots(client, 'qemu'),
    proxmox_storage: async (client) => objects(await client.storage.list(), (s) => s.storage),
    proxmox_pool: async (client) => objects(await client.pools.list(), (p) => p.poolid),
    proxmox_user: async (client) =>
      objects(
        (await client.access.users()).filter((u) => u.userid !== 'root@pam'),
        (u) => u.userid,
      ),
    proxmox_api_token: async (client) => {
      const found: DiscoveredObject[] = [];
      for (const user of await client.access.users({ full: true })) {
        for (const token of user.tokens ?? []) {
          if (token.tokenid !== undefined) found.push({ id: `${user.userid}!${token.tokenid}`, label: `${user.userid}_${token.tokenid}` });
        }
      }
      return found;
    },
    proxmox_group: async (client) => objects(await client.access.groups(), (g) => g.groupid),
    proxmox_role: async (client) =>
      objects(
        (await client.access.roles()).filter((r) => r.special !== true),
        (r) => r.roleid,
      ),
    proxmox_acl: async (client) =>
      objects(
        await client.access.acl(),
        (a) => `${a.path}|${a.roleid}|${a.type}:${a.ugid}`,
        (a) => `${a.path}_${a.roleid}_${a.ugid}`,
      ),
    proxmox_firewall_security_group: async (client) => objects(await client.firewall.groups(), (g) => g.group),
    proxmox_firewall_alias: async (client) =>
      objects(
        await client.firewall.aliases({ kind: 'cluster' }),
        (a) => `cluster/${a.name}`,
        (a) => a.name,
      ),
    proxmox_firewall_ipset: async (client) =>
      objects(
        await client.firewall.ipsets({ kind: 'cluster' }),
        (s) => `cluster/${s.name}`,
        (s) => s.name,
      ),
    proxmox_network_bridge: (client) => interfaces(client, 'bridge'),
    proxmox_network_bond: (client) => interfaces(client, 'bond'),
    proxmox_network_vlan: (client) => interfaces(client, 'vlan'),
    proxmox_sdn_zone: async (client) => objects(await client.sdn.list('zones'), (z) => String(z['zone'])),
    proxmox_sdn_vnet: async (client) => objects(await client.sdn.list('vnets'), (v) => String(v['vnet'])),
    proxmox_sdn_controller: async (client) => objects(await client.sdn.list('controllers'), (c) => String(c['controller'])),
    proxmox_sdn_ipam: async (client) =>
      objects(
        (await client.sdn.list('ipams')).filter((i) => i['ipam'] !== 'pve'),
        (i) => String(i['ipam']),
      ),
    proxmox_sdn_subnet: async (client) => {
      const found: DiscoveredObject[] = [];
      for (const vnet of await client.sdn.list('vnets')) {
        for (const subnet of await client.sdn.subnets(String(vnet['vnet']))) {
          const cidr = String(subnet['cidr'] ?? subnet['subnet']);
          found.push({ id: `${String(vnet['vnet'])}/${cidr}`, label: `${String(vnet['vnet'])}_${cidr}` });
        }
      }
      return found;
    },
    proxmox_lxc_snapshot: (client) => guestSnapshots(client, 'lxc'),
    proxmox_backup_job: (client) => sections(client, 'backup', 'id'),
    proxmox_replication: (client) => sections(client, 'replication', 'id'),
    proxmox_ha_resource: (client) => sections(client, 'ha/resources', 'sid'),
    proxmox_ha_rule: (client) => sections(client, 'ha/rules', 'rule'),
    // Proxmox VE 9 migrated HA groups to rules and answers 500 for the list (pve-ha-manager).
    proxmox_ha_group: async (client) => (Number.parseInt((await client.cluster.version()).version, 10) >= 9 ? [] : sections(client, 'ha/groups', 'group')),
    proxmox_metrics_server: (client) => sections(client, 'metrics/server', 'id'),
    proxmox_realm: async (client) =>
      objects(
        (await client.realms.list()).filter((r) => r['realm'] !== 'pam' && r['realm'] !== 'pve'),
        (r) => String(r['realm']),
      ),
    proxmox_realm_sync: async (client) => objects(await client.realms.listSyncJobs(), (j) => String(j['id'])),
    // Any login may list the accounts, but only root@pam may read one (the method declares no
    // permissions), so an import made with another login would fail: they are left out then.
    proxmox_acme_account: async (client) =>
      client.identity.kind === 'ticket' && client.identity.userid === 'root@pam' ? objects(await client.certificates.accounts(), (name) => name) : [],
    // `standalone` is the built-in HTTP challenge plugin every cluster has.
    proxmox_acme_plugin: async (client) =>
      objects(
        (await client.certificates.listPlugins()).filter((p) => p['plugin'] !== 'standalone'),
        (p) => String(p['plugin']),
      ),
    proxmox_node_disk_zfs: (client) => nodeDiskObjects(client, async (node) => (await client.disks.zfsPools(node)).map((pool) => pool.name)),
    // Volume groups but those of thin pools (proxmox_node_disk_lvmthin) and the installer's "pve".
    proxmox_node_disk_lvm: (client) =>
      nodeDiskObjects(client, async (node) => {
        const thin = new Set(await ownThinPools(client, node));
        return (await client.disks.volumeGroups(node)).map((vg) => vg.name).filter((name) => name !== 'pve' && !thin.has(name));
      }),
    proxmox_node_disk_lvmthin: (client) => nodeDiskObjects(client, (node) => ownThinPools(client, node)),
    proxmox_hardware_mapping_pci: async (client) => objects(await client.mappings.list('pci'), (m) => String(m.id)),
    proxmox_hardware_mapping_usb: async (client) => objects(await client.mappings.list('usb'), (m) => String(m.id)),
    proxmox_hardware_mapping_dir: async (client) => objects(await client.mappings.list('dir'), (m) => String(m.id)),
  },
  undiscoverable: {
    proxmox_cluster_options: 'a datacenter setting every cluster has; import it by hand when you want to manage it',
    proxmox_certificate: "every node has a certificate; import a node's custom certificate by hand with the node's name",
    proxmox_acme_certificate:
      "an ordered certificate is a custom certificate too (proxmox_certificate); import a node's ACME certificate by hand with the node's name",
    proxmox_download_file: 'Proxmox VE does not record the URL a file came from, which the resource needs; import a download by hand',
    proxmox_file: 'the content of an uploaded file cannot be read back as its source; import it by hand with NODE/VOLUME_ID',
    proxmox_pool_membership: "a pool's members are part of the pool (proxmox_pool); import a single membership by hand with POOL/vm/VMID",
    proxmox_firewall_rules: 'rule lists exist for every scope (even empty); import the ones you manage with cluster, node/NODE, vm/NODE/VMID or ct/NODE/VMID',
    proxmox_firewall_options: "every guest has firewall options; import a guest's with vm/NODE/VMID or ct/NODE/VMID",
    proxmox_cluster_firewall: 'a datacenter setting every cluster has; import it with the id "cluster"',
    proxmox_node_firewall: "a node setting every node has; import it with the node's name",
    proxmox_node_dns: "a node setting every node has; import it with the node's name",
    proxmox_node_hosts: "a node setting every node has; import it with the node's name",
    proxmox_node_time: "a node setting every node has; import it with the node's name",
    proxmox_node_config: "a node setting every node has; import it with the node's name",
    proxmox_apt_repository: 'every node has its APT sources from installation; import the entries you manage with NODE/PATH/INDEX',
    proxmox_apt_standard_repository: "a fresh node already has Proxmox's enterprise repositories; import the standard repositories you manage with NODE/HANDLE",
    proxmox_node_disk_directory:
      "the server names a directory's file system by UUID, not by the disk it was made on; import it by hand with NODE/NAME (the device may stay unset then)",
    proxmox_sdn_applier: 'not an object on the server: it applies pending SDN changes; add it to the configuration',
  },
};
