// `truemox sweep --prefix tfacc-`: removes what acceptance runs left on real servers (objects
// whose name, or comment where the object has no name, starts with the prefix), through the
// servers' public API only. The acceptance harness asks the same lister what is left after
// each run, so the two cannot disagree about what a test creates.
import type { ProxmoxClient } from '../clients/proxmox/index.js';
import type { TrueNASClient } from '../clients/truenas/index.js';
import { proxmoxFirewallLeftovers } from './sweep-firewall.js';
import { proxmoxNodeDiskLeftovers } from './sweep-node-disks.js';
import { proxmoxSectionLeftovers, proxmoxStorageLeftovers } from './sweep-proxmox.js';
import { CLOUD_CREDENTIALS, truenasNamedLeftovers } from './sweep-truenas.js';

/** One object a test made, and how to remove it. */
export interface Leftover {
  readonly server: 'truenas' | 'proxmox';
  readonly kind: string;
  readonly name: string;
  remove(): Promise<unknown>;
}

export async function truenasLeftovers(client: TrueNASClient, prefix: string): Promise<Leftover[]> {
  // Links, shares, tasks and accounts first: they point at the portals, credentials and datasets below.
  const found: Leftover[] = await truenasNamedLeftovers(client, prefix);
  for (const portal of await client.iscsi.portals.query()) {
    if (portal.comment.startsWith(prefix))
      found.push({ server: 'truenas', kind: 'iscsi portal', name: `${portal.id} (${portal.comment})`, remove: () => client.iscsi.portals.delete(portal.id) });
  }
  for (const initiator of await client.iscsi.initiators.query()) {
    if (initiator.comment.startsWith(prefix)) {
      found.push({
        server: 'truenas',
        kind: 'iscsi initiator',
        name: `${initiator.id} (${initiator.comment})`,
        remove: () => client.iscsi.initiators.delete(initiator.id),
      });
    }
  }
  // Backup tasks before the datasets their paths lie in (and cloud tasks before their credentials).
  const { cloudSyncTasks, rsyncTasks, cloudBackups } = client.protection;
  for (const task of await cloudSyncTasks.query()) {
    if (task.description.startsWith(prefix))
      found.push({ server: 'truenas', kind: 'cloud sync task', name: `${task.id} (${task.description})`, remove: () => cloudSyncTasks.delete(task.id) });
  }
  for (const task of await cloudBackups.query()) {
    if (task.description.startsWith(prefix))
      found.push({ server: 'truenas', kind: 'cloud backup', name: `${task.id} (${task.description})`, remove: () => cloudBackups.delete(task.id) });
  }
  for (const task of await rsyncTasks.query()) {
    if (task.desc.startsWith(prefix))
      found.push({ server: 'truenas', kind: 'rsync task', name: `${task.id} (${task.desc})`, remove: () => rsyncTasks.delete(task.id) });
  }
  found.push(...(await truenasNamedLeftovers(client, prefix, [CLOUD_CREDENTIALS])));
  // Test bridges, bonds and VLANs carry the prefix in their description; VLANs go before the
  // bonds they sit on. Each removal is committed and checked in (changes are pending until then).
  const virtual = (await client.interfaces.query())
    .filter((i) => i.type !== 'PHYSICAL' && i.description.startsWith(prefix))
    .sort((a, b) => Number(b.type === 'VLAN') - Number(a.type === 'VLAN'));
  for (const iface of virtual) {
    found.push({
      server: 'truenas',
      kind: 'network interface',
      name: `${iface.name} (${iface.description})`,
      remove: async () => {
        await client.interfaces.delete(iface.id);
        await client.interfaces.commit({ rollback: true, checkin_timeout: 60 });
        await client.interfaces.checkin();
      },
    });
  }
  // Certificates (force: an ACME one goes even if revoking it fails), then the DNS authenticators their orders used.
  const { certificates, dnsAuthenticators } = client.crypto;
  for (const cert of await certificates.query()) {
    if (cert.name.startsWith(prefix))
      found.push({ server: 'truenas', kind: 'certificate', name: `${cert.id} (${cert.name})`, remove: () => certificates.delete(cert.id, true) });
  }
  for (const auth of await dnsAuthenticators.query()) {
    if (auth.name.startsWith(prefix))
      found.push({ server: 'truenas', kind: 'ACME DNS authenticator', name: `${auth.id} (${auth.name})`, remove: () => dnsAuthenticators.delete(auth.id) });
  }
  for (const template of await client.aclTemplates.query()) {
    if (!template.builtin && template.name.startsWith(prefix))
      found.push({ server: 'truenas', kind: 'ACL template', name: `${template.id} (${template.name})`, remove: () => client.aclTemplates.delete(template.id) });
  }
  // Deepest first, so children go before their parents.
  const datasets = (await client.datasets.query()).filter((d) => (d.id.split('/').at(-1) ?? '').startsWith(prefix)).sort((a, b) => b.id.length - a.id.length);
  for (const dataset of datasets) {
    found.push({
      server: 'truenas',
      kind: dataset.type === 'VOLUME' ? 'zvol' : 'dataset',
      name: dataset.id,
      remove: () => client.datasets.delete(dataset.id, { recursive: true }),
    });
  }
  return found;
}

export async function proxmoxLeftovers(client: ProxmoxClient, prefix: string): Promise<Leftover[]> {
  const found: Leftover[] = await proxmoxSectionLeftovers(client, prefix);
  const { access, pools } = client;
  // Guests first (a VM may be in a pool); their name (a container's hostname) carries the prefix.
  for (const guest of await client.cluster.resources('vm')) {
    if (!(guest.name ?? '').startsWith(prefix) || guest.node === undefined || guest.vmid === undefined) continue;
    const { node, vmid } = guest;
    const api = guest.type === 'lxc' ? client.lxc : client.qemu;
    found.push({
      server: 'proxmox',
      kind: guest.type === 'lxc' ? 'container' : 'VM',
      name: `${guest.name} (${node}/${vmid})`,
      async remove() {
        if (guest.status === 'running') await api.power(node, vmid, 'stop');
        await api.delete(node, vmid, { purge: true, destroyUnreferencedDisks: true });
      },
    });
  }
  for (const pool of await pools.list()) {
    if (!pool.poolid.startsWith(prefix)) continue;
    const remove = async (): Promise<void> => {
      // Only an empty pool may be deleted: its guests are gone by now, its storage entries are not.
      const storage = (await pools.get(pool.poolid, 'storage')).members.flatMap((m) => (m.storage === undefined ? [] : [m.storage]));
      if (storage.length > 0) await pools.update(pool.poolid, { storage, remove: true });
      await pools.delete(pool.poolid);
    };
    found.push({ server: 'proxmox', kind: 'pool', name: pool.poolid, remove });
  }
  for (const user of await access.users()) {
    if (user.userid.startsWith(prefix)) found.push({ server: 'proxmox', kind: 'user', name: user.userid, remove: () => access.deleteUser(user.userid) });
  }
  for (const group of await access.groups()) {
    if (group.groupid.startsWith(prefix))
      found.push({ server: 'proxmox', kind: 'group', name: group.groupid, remove: () => access.deleteGroup(group.groupid) });
  }
  for (const role of await access.roles()) {
    if (role.roleid.startsWith(prefix)) found.push({ server: 'proxmox', kind: 'role', name: role.roleid, remove: () => access.deleteRole(role.roleid) });
  }
  // Disk objects before the storage entries on them (those go with the other storage definitions).
  found.push(
    ...(await proxmoxFirewallLeftovers(client, prefix)),
    ...(await proxmoxNodeDiskLeftovers(client, prefix)),
    ...(await proxmoxStorageLeftovers(client, prefix)),
  );
  return found;
}

/** Where the acceptance servers are: TRUEMOX_ACC_* first, else the providers' own variables. */
export interface SweepTargets {
  readonly truenas?: { endpoint: string; apiKey: string; insecure: boolean };
  readonly proxmox?: { endpoint: string; apiToken: string; insecure: boolean };
}

export function targetsFromEnv(env: NodeJS.ProcessEnv = process.env): SweepTargets {
  const truenasEndpoint = env.TRUEMOX_ACC_TRUENAS_ENDPOINT ?? env.TRUENAS_ENDPOINT;
  const truenasKey = env.TRUEMOX_ACC_TRUENAS_API_KEY ?? env.TRUENAS_API_KEY;
  const proxmoxEndpoint = env.TRUEMOX_ACC_PROXMOX_ENDPOINT ?? env.PROXMOX_VE_ENDPOINT;
  const proxmoxToken = env.TRUEMOX_ACC_PROXMOX_API_TOKEN ?? env.PROXMOX_VE_API_TOKEN;
  const insecure = (name: string): boolean => /^(1|true)$/i.test(env[name] ?? '');
  return {
    ...(truenasEndpoint && truenasKey
      ? { truenas: { endpoint: truenasEndpoint, apiKey: truenasKey, insecure: insecure('TRUEMOX_ACC_TRUENAS_INSECURE') } }
      : {}),
    ...(proxmoxEndpoint && proxmoxToken
      ? { proxmox: { endpoint: proxmoxEndpoint, apiToken: proxmoxToken, insecure: insecure('TRUEMOX_ACC_PROXMOX_INSECURE') } }
      : {}),
  };
}

export async function truenasClientFor(target: NonNullable<SweepTargets['truenas']>): Promise<TrueNASClient> {
  const { TrueNASClient } = await import('../clients/truenas/index.js');
  return new TrueNASClient({ endpoint: target.endpoint, apiKey: target.apiKey, insecure: target.insecure });
}

export async function proxmoxClientFor(target: NonNullable<SweepTargets['proxmox']>): Promise<ProxmoxClient> {
  const { ProxmoxClient } = await import('../clients/proxmox/index.js');
  return new ProxmoxClient({ endpoint: target.endpoint, apiToken: target.apiToken, insecure: target.insecure });
}

/** Lists (and unless `dryRun`, removes) every leftover on the configured servers; returns them. */
export async function sweep(options: { prefix: string; dryRun?: boolean; log?: (line: string) => void }, targets = targetsFromEnv()): Promise<Leftover[]> {
  if (!/^[a-z0-9][a-z0-9-]{2,}$/.test(options.prefix))
    throw new Error(`the prefix "${options.prefix}" is too short or has other characters than a-z, 0-9 and "-"`);
  if (!targets.truenas && !targets.proxmox) {
    throw new Error('no server to sweep: set TRUEMOX_ACC_TRUENAS_ENDPOINT and _API_KEY and/or TRUEMOX_ACC_PROXMOX_ENDPOINT and _API_TOKEN');
  }
  const log = options.log ?? ((line: string) => console.log(line));
  const found: Leftover[] = [];
  if (targets.truenas) {
    const client = await truenasClientFor(targets.truenas);
    try {
      found.push(...(await removeAll(await truenasLeftovers(client, options.prefix), options.dryRun === true, log)));
    } finally {
      client.close();
    }
  }
  if (targets.proxmox) {
    const client = await proxmoxClientFor(targets.proxmox);
    try {
      found.push(...(await removeAll(await proxmoxLeftovers(client, options.prefix), options.dryRun === true, log)));
    } finally {
      await client.close();
    }
  }
  log(`${found.length} object${found.length === 1 ? '' : 's'} ${options.dryRun ? 'found' : 'removed'}`);
  return found;
}

async function removeAll(leftovers: readonly Leftover[], dryRun: boolean, log: (line: string) => void): Promise<Leftover[]> {
  for (const leftover of leftovers) {
    log(`${dryRun ? 'would remove' : 'removing'} ${leftover.server} ${leftover.kind} ${leftover.name}`);
    if (!dryRun) await leftover.remove();
  }
  return [...leftovers];
}
