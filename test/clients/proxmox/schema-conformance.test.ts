// Every request shape the client can send, checked against the real Proxmox VE 9.1.3 API
// schema (the committed fixture): real path, real method, only real parameters of the right
// type, format and enum. Each public method of every endpoint group is called with its
// fullest parameter set; the test fails if a method is added to the client and not exercised.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProxmoxApiError, ProxmoxClient, type PowerOptions } from '../../../src/clients/proxmox/index.js';
import { PveApiSchema, validateParams } from '../../../src/sim/proxmox/schema/api-schema.js';
import type { HttpMethod } from '../../../src/sim/proxmox/schema/types.js';
import { startHarness, type Harness } from './harness.js';
import { generateCertificate } from '../../../src/sim/truenas/tls.js';

const PASSWORD = 'conformance-password';
const GROUPS = [
  'cluster',
  'qemu',
  'lxc',
  'storage',
  'pools',
  'access',
  'tasks',
  'firewall',
  'sdn',
  'network',
  'settings',
  'apt',
  'realms',
  'certificates',
  'files',
  'mappings',
  'datacenter',
  'status',
  'disks',
] as const;
/** Prototype members that are not API calls. */
const NOT_CALLS = new Set(['constructor', 'path', 'snapshotParams', 'changing', 'finish', 'logTail']);

let h: Harness;
const called = new Set<string>();

/** Wraps each endpoint group so the test knows which methods ran. */
function tracked(client: ProxmoxClient): ProxmoxClient {
  for (const group of GROUPS) {
    const target = client[group] as unknown as Record<string, unknown>;
    Object.defineProperty(client, group, {
      value: new Proxy(target, {
        get(obj, name, receiver) {
          const value = Reflect.get(obj, name, receiver);
          if (typeof value === 'function' && typeof name === 'string') called.add(`${group}.${name}`);
          return typeof value === 'function' ? value.bind(obj) : value;
        },
      }),
    });
  }
  return client;
}

function publicMethods(client: ProxmoxClient): string[] {
  const names: string[] = [];
  for (const group of GROUPS) {
    for (let proto = Object.getPrototypeOf(client[group]); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) if (!NOT_CALLS.has(name)) names.push(`${group}.${name}`);
    }
  }
  return [...new Set(names)].sort();
}

/** Business errors (500) are fine here; a 400 or 501 means the request shape is wrong. */
async function send(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (err) {
    if (err instanceof ProxmoxApiError && (err.status === 400 || err.status === 501)) throw err;
  }
}

/** The power and snapshot calls QEMU and LXC share (vmstate is sent only for QEMU). */
async function powerAndSnapshots(group: ProxmoxClient['qemu'] | ProxmoxClient['lxc'], vmid: number, power: PowerOptions): Promise<void> {
  for (const action of ['start', 'reboot', 'shutdown', 'stop'] as const) await send(group.power('pve', vmid, action, power));
  await send(group.power('pve', vmid, 'start'));
  await send(group.power('pve', vmid, 'shutdown', { timeout: 5, forceStop: true }));
  await send(group.createSnapshot('pve', vmid, 'snap1', { description: 'a snapshot', vmstate: true }));
  await send(group.snapshots('pve', vmid));
  await send(group.snapshotConfig('pve', vmid, 'snap1'));
  await send(group.config('pve', vmid, { snapshot: 'snap1' }));
  await send(group.updateSnapshot('pve', vmid, 'snap1', 'described'));
  await send(group.rollbackSnapshot('pve', vmid, 'snap1'));
  await send(group.deleteSnapshot('pve', vmid, 'snap1'));
}

/** Every firewall call, at every place it exists (datacenter, node, VM, container, security group). */
async function firewallCalls(c: ProxmoxClient): Promise<void> {
  const fw = c.firewall;
  const vm = { kind: 'guest', node: 'pve', vmid: 100, guest: 'qemu' } as const;
  const ct = { kind: 'guest', node: 'pve', vmid: 200, guest: 'lxc' } as const;
  await send(
    fw.updateOptions(
      { kind: 'cluster' },
      { enable: 1, ebtables: true, policy_in: 'DROP', policy_out: 'ACCEPT', policy_forward: 'ACCEPT', log_ratelimit: 'enable=1,rate=1/second,burst=5' },
    ),
  );
  await send(
    fw.updateOptions(
      { kind: 'node', node: 'pve' },
      { enable: true, nf_conntrack_max: 262144, nf_conntrack_helpers: 'ftp,tftp', tcpflags: true },
      { delete: ['ndp'] },
    ),
  );
  await send(fw.updateOptions(vm, { enable: true, dhcp: true, policy_in: 'REJECT', log_level_in: 'info' }, { delete: ['radv'], digest: 'a'.repeat(40) }));
  for (const scope of [{ kind: 'cluster' } as const, { kind: 'node', node: 'pve' } as const, vm, ct]) await send(fw.options(scope));
  for (const scope of [{ kind: 'cluster' } as const, vm, ct]) {
    await send(fw.createAlias(scope, { name: 'office', cidr: '192.0.2.0/24', comment: 'office' }));
    await send(fw.aliases(scope));
    await send(fw.alias(scope, 'office'));
    await send(fw.updateAlias(scope, 'office', { cidr: '192.0.2.10', comment: 'one host' }, { digest: 'b'.repeat(40) }));
    await send(fw.createIpset(scope, 'admins', 'admins'));
    await send(fw.ipsets(scope));
    await send(fw.updateIpsetComment(scope, 'admins', 'the admins', { digest: 'c'.repeat(40) }));
    await send(fw.addIpsetEntry(scope, 'admins', { cidr: '198.51.100.0/24', comment: 'lab', nomatch: true }));
    await send(fw.addIpsetEntry(scope, 'admins', { cidr: 'office' }));
    await send(fw.ipsetEntries(scope, 'admins'));
    await send(fw.updateIpsetEntry(scope, 'admins', '198.51.100.0/24', { comment: 'lab net', nomatch: false }, { digest: 'd'.repeat(40) }));
    await send(fw.deleteIpsetEntry(scope, 'admins', '198.51.100.0/24', { digest: 'e'.repeat(40) }));
  }
  await send(fw.createGroup('webservers', 'web'));
  await send(fw.groups());
  await send(fw.updateGroupComment('webservers', 'web servers', { digest: 'f'.repeat(40) }));
  const rule = { type: 'in', action: 'ACCEPT', macro: 'SSH', iface: 'net0', source: '+admins', dest: '192.0.2.0/24', log: 'info', comment: 'ssh', enable: 1 };
  const scopes = [{ kind: 'cluster' } as const, { kind: 'node', node: 'pve' } as const, vm, ct, { kind: 'group', group: 'webservers' } as const];
  for (const scope of scopes) {
    await send(fw.createRule(scope, scope.kind === 'group' ? { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '80,443', sport: '1024:65535' } : rule));
    await send(fw.createRule(scope, { type: 'out', action: 'DROP', proto: 'icmp', 'icmp-type': 'echo-request' }, { digest: 'a'.repeat(40) }));
    await send(fw.rules(scope));
    await send(fw.updateRule(scope, 0, { comment: 'changed', log: 'nolog' }, { delete: ['icmp-type'], digest: 'a'.repeat(40) }));
    await send(fw.moveRule(scope, 0, 2, { digest: 'a'.repeat(40) }));
    await send(fw.deleteRule(scope, 1, { digest: 'a'.repeat(40) }));
  }
  for (const scope of [{ kind: 'cluster' } as const, vm, ct]) {
    await send(fw.deleteIpset(scope, 'admins', true));
    await send(fw.deleteAlias(scope, 'office', { digest: 'a'.repeat(40) }));
  }
  await send(fw.deleteGroup('webservers'));
}

/** SDN objects and the apply, a node's interfaces, reload and revert, and its DNS, hosts, time and config. */
async function sdnAndNodeNetwork(c: ProxmoxClient, node: string): Promise<void> {
  await send(c.sdn.create('controllers', { controller: 'evpn1', type: 'evpn', asn: 65000, peers: '10.0.0.1,10.0.0.2' }));
  await send(c.sdn.create('zones', { zone: 'lab', type: 'simple', ipam: 'pve', dhcp: 'dnsmasq', mtu: 1450, nodes: node }));
  await send(
    c.sdn.create('ipams', {
      ipam: 'netbox',
      type: 'netbox',
      url: 'https://netbox.lan/api',
      token: 't',
      fingerprint: Array.from({ length: 32 }, () => 'ab').join(':'),
    }),
  );
  await send(c.sdn.create('vnets', { vnet: 'servers', zone: 'lab', alias: 'servers', 'isolate-ports': false }));
  await send(
    c.sdn.createSubnet('servers', '10.10.0.0/24', {
      vnet: 'servers',
      gateway: '10.10.0.1',
      snat: true,
      'dhcp-range': ['start-address=10.10.0.100,end-address=10.10.0.150', 'start-address=10.10.0.200,end-address=10.10.0.210'],
    }),
  );
  await send(c.sdn.list('zones', 'pending'));
  await send(c.sdn.list('ipams'));
  await send(c.sdn.get('zones', 'lab', 'running'));
  await send(c.sdn.find('vnets', 'servers', 'pending'));
  await send(c.sdn.subnets('servers', 'pending'));
  await send(c.sdn.findSubnet('servers', 'lab-10.10.0.0-24', 'pending'));
  await send(c.sdn.update('zones', 'lab', { mtu: 1400 }, ['dhcp']));
  await send(c.sdn.updateSubnet('servers', 'lab-10.10.0.0-24', { vnet: 'servers', gateway: '10.10.0.254' }, ['dhcp-range']));
  await send(c.sdn.apply());
  await send(c.sdn.deleteSubnet('servers', 'lab-10.10.0.0-24'));
  await send(c.sdn.delete('vnets', 'servers'));
  await send(
    c.network.create(node, 'vmbr1', 'bridge', {
      cidr: '10.1.0.2/24',
      bridge_ports: 'eno2',
      bridge_vlan_aware: true,
      bridge_vids: '2-4094',
      autostart: true,
      comments: 'lab',
      mtu: 1500,
    }),
  );
  await send(c.network.create(node, 'bond0', 'bond', { slaves: 'eno3', bond_mode: '802.3ad', bond_xmit_hash_policy: 'layer3+4' }));
  await send(c.network.create(node, 'vlan20', 'vlan', { 'vlan-raw-device': 'vmbr0', 'vlan-id': 20, cidr6: 'fd00:20::2/64' }));
  await send(c.network.list(node, 'bridge'));
  await send(c.network.get(node, 'vmbr1'));
  await send(c.network.find(node, 'vmbr1'));
  await send(c.network.update(node, 'vmbr1', 'bridge', { comments: 'trunk' }, ['mtu']));
  await send(c.network.reload(node));
  await send(c.network.delete(node, 'vlan20'));
  await send(c.network.revert(node));
  await send(c.settings.setDns(node, { search: 'lan', dns1: '1.1.1.1', dns2: '9.9.9.9' }));
  await send(c.settings.dns(node));
  const hosts = await c.settings.hosts(node);
  await send(c.settings.setHosts(node, `${hosts.data}10.0.0.9 nas\n`, hosts.digest));
  await send(c.settings.setTimezone(node, 'Europe/Berlin'));
  await send(c.settings.time(node));
  await send(c.settings.updateConfig(node, { description: 'rack 2', 'startall-onboot-delay': 10 }, ['wakeonlan']));
  await send(c.settings.config(node));
  await send(c.apt.repositories(node));
  await send(c.apt.addStandard(node, 'no-subscription'));
  await send(c.apt.setEnabled(node, '/etc/apt/sources.list.d/pve-enterprise.sources', 0, false));
}

/** Realms and their sync jobs, ACME (root@pam's alone: through the ticket client `tk`), a custom certificate. */
async function realmsAndCertificates(c: ProxmoxClient, tk: ProxmoxClient, node: string): Promise<void> {
  await send(
    c.realms.create({
      realm: 'corp',
      type: 'ldap',
      server1: 'ldap.example.com',
      base_dn: 'dc=example,dc=com',
      user_attr: 'uid',
      password: 'bind',
      'sync-defaults-options': 'scope=both,remove-vanished=acl;entry',
    }),
  );
  await send(c.realms.list());
  await send(c.realms.find('corp'));
  await send(c.realms.update('corp', { comment: 'directory', port: 636, mode: 'ldaps', verify: true }, ['bind_dn']));
  await send(c.realms.createSyncJob('corp-sync', { realm: 'corp', schedule: 'daily', scope: 'users', 'enable-new': true, 'remove-vanished': 'entry' }));
  await send(c.realms.findSyncJob('corp-sync'));
  await send(c.realms.listSyncJobs());
  await send(c.realms.updateSyncJob('corp-sync', { schedule: '*-*-* 02:00', comment: 'nightly' }, ['scope']));
  await send(c.realms.deleteSyncJob('corp-sync'));
  await send(c.realms.remove('corp'));
  await send(tk.certificates.registerAccount({ name: 'conf', contact: ['ops@example.com'], tosUrl: 'https://example.com/tos' }));
  await send(tk.certificates.findAccount('conf'));
  await send(c.certificates.accounts());
  await send(tk.certificates.updateAccount('conf', ['ops@example.com', 'admin@example.com']));
  await send(tk.certificates.deactivateAccount('conf'));
  await send(c.certificates.createPlugin({ id: 'cf', type: 'dns', api: 'cf', data: Buffer.from('CF_Token=x').toString('base64'), 'validation-delay': 60 }));
  await send(c.certificates.findPlugin('cf'));
  await send(c.certificates.listPlugins());
  await send(c.certificates.updatePlugin('cf', { nodes: node, disable: true }, ['validation-delay']));
  await send(c.certificates.deletePlugin('cf'));
  const cert = await generateCertificate('pve.example.com');
  await send(c.certificates.uploadCustom(node, { certificates: cert.certPem, key: cert.keyPem, force: false, restart: true }));
  await send(c.certificates.info(node));
  await send(c.certificates.deleteCustom(node, true));
  await send(c.settings.updateConfig(node, { acme: 'account=default', acmedomain0: 'domain=pve.example.com' }));
  await send(c.certificates.orderAcme(node, true));
  await send(c.certificates.renewAcme(node, true));
  await send(c.certificates.revokeAcme(node));
}

/** ZFS pools, volume groups, thin pools and directories made of the node's free disks, with every option. */
async function nodeDiskCalls(c: ProxmoxClient, node: string): Promise<void> {
  const cleanup = { config: true, disks: true };
  await send(
    c.disks.createZfsPool(node, {
      name: 'conf',
      raidlevel: 'draid',
      devices: ['/dev/sdb', '/dev/sdc', '/dev/sdd'],
      ashift: 12,
      compression: 'lz4',
      draidData: 1,
      draidSpares: 0,
      addStorage: true,
    }),
  );
  await send(c.disks.zfsPools(node));
  await send(c.disks.zfsPool(node, 'conf'));
  await send(c.disks.deleteZfsPool(node, 'conf', cleanup));
  await send(c.disks.createVolumeGroup(node, { name: 'confvg', device: '/dev/sdb', addStorage: true }));
  await send(c.disks.volumeGroups(node));
  await send(c.disks.deleteVolumeGroup(node, 'confvg', cleanup));
  await send(c.disks.createThinPool(node, { name: 'confthin', device: '/dev/sdc', addStorage: true }));
  await send(c.disks.thinPools(node));
  await send(c.disks.deleteThinPool(node, 'confthin', 'confthin', cleanup));
  await send(c.disks.createDirectory(node, { name: 'confdir', device: '/dev/sdd', filesystem: 'xfs', addStorage: true }));
  await send(c.disks.directories(node));
  await send(c.disks.deleteDirectory(node, 'confdir', cleanup));
}

/** Downloads, uploads (multipart) and the URL look-up; PCI, USB and directory mappings. */
async function filesAndMappings(c: ProxmoxClient, node: string): Promise<void> {
  const checksum = { value: 'ab12', algorithm: 'sha256' } as const;
  await send(c.files.queryUrlMetadata(node, 'https://mirror.example.test/a.iso', false));
  await send(
    c.files.downloadUrl(node, 'local', {
      url: 'https://mirror.example.test/a.iso',
      content: 'iso',
      filename: 'a.iso',
      checksum,
      compression: 'zst',
      verifyCertificates: true,
    }),
  );
  await send(c.files.upload(node, 'local', { content: 'iso', filename: 'b.iso', data: new Blob(['iso']), checksum }));
  await send(
    c.mappings.create('pci', 'gpu', {
      description: 'GPU',
      map: ['node=pve,path=0000:01:00.0,id=10de:1b80,iommugroup=1'],
      mdev: true,
      liveMigrationCapable: false,
    }),
  );
  await send(c.mappings.create('usb', 'stick', { map: ['node=pve,id=10c4:ea60,path=1-2'] }));
  await send(c.mappings.create('dir', 'media', { map: ['node=pve,path=/srv/media', 'node=pve2,path=/srv/media'] }));
  await send(c.mappings.list('pci', node));
  await send(c.mappings.get('usb', 'stick'));
  await send(c.mappings.find('dir', 'media'));
  await send(
    c.mappings.update(
      'pci',
      'gpu',
      { map: ['node=pve,path=0000:01:00.0,id=10de:1b80'] },
      { delete: ['description'], digest: (await c.mappings.get('pci', 'gpu')).digest },
    ),
  );
  await send(c.mappings.delete('usb', 'stick'));
}

/** Backup and replication jobs, HA resources, rules and groups, datacenter options and status. */
async function datacenterCalls(c: ProxmoxClient): Promise<void> {
  const dc = c.datacenter;
  await send(
    dc.create('backup', 'nightly', {
      schedule: 'sun 01:00',
      all: true,
      exclude: '100',
      storage: 'local',
      compress: 'zstd',
      mode: 'snapshot',
      'prune-backups': 'keep-daily=7,keep-weekly=4',
      fleecing: 'enabled=1,storage=local-lvm',
      'notes-template': '{{guestname}}',
      'notification-mode': 'auto',
      'repeat-missed': true,
      comment: 'nightly',
      enabled: true,
    }),
  );
  await send(dc.update('backup', 'nightly', { schedule: 'mon..fri 22:30', zstd: 2 }, ['comment']));
  await send(dc.list('backup'));
  await send(dc.find('backup', 'nightly'));
  await send(dc.create('replication', '100-0', { type: 'local', target: 'pve2', schedule: '*/30', rate: 50, comment: 'web', disable: false }));
  await send(dc.update('replication', '100-0', { rate: 80 }, ['comment']));
  await send(dc.get('replication', '100-0'));
  await send(dc.create('ha/resources', 'vm:100', { state: 'started', max_restart: 2, max_relocate: 1, failback: true, comment: 'web' }));
  await send(dc.create('ha/rules', 'web', { type: 'node-affinity', resources: 'vm:100', nodes: 'pve:2', strict: true, comment: 'web' }));
  await send(dc.update('ha/rules', 'web', { type: 'node-affinity', nodes: 'pve' }, ['comment']));
  await send(dc.update('ha/resources', 'vm:100', { state: 'stopped' }, ['comment']));
  await send(dc.create('ha/groups', 'pve8', { type: 'group', nodes: 'pve:1', restricted: true, nofailback: false }));
  await send(
    dc.create('metrics/server', 'influx', {
      type: 'influxdb',
      server: '192.0.2.5',
      port: 8086,
      influxdbproto: 'https',
      organization: 'lab',
      bucket: 'pve',
      token: 'secret',
    }),
  );
  await send(
    dc.setOptions({ keyboard: 'de', 'next-id': 'lower=1000,upper=2000', migration: 'type=insecure,network=10.0.0.0/24', ha: 'shutdown_policy=migrate' }, [
      'console',
    ]),
  );
  await send(dc.options());
  for (const [kind, id] of [
    ['ha/rules', 'web'],
    ['ha/resources', 'vm:100'],
    ['ha/groups', 'pve8'],
    ['replication', '100-0'],
    ['backup', 'nightly'],
    ['metrics/server', 'influx'],
  ] as const) {
    await send(dc.delete(kind, id));
  }
}

before(async () => {
  h = await startHarness({ users: [{ userid: 'root@pam', password: PASSWORD }] });
});
after(() => h.close());

test('every client method sends only requests the PVE 9.1.3 schema accepts', async () => {
  const c = tracked(h.client);
  const tk = tracked(new ProxmoxClient({ endpoint: h.sim.url, caPem: h.sim.caPem, username: 'root@pam', password: PASSWORD, taskPollMs: 5 }));
  const node = 'pve';
  await send(c.cluster.version());
  await send(c.cluster.nodes());
  await send(c.cluster.nodeStatus(node));
  await send(c.cluster.nodeVersion(node));
  await send(c.cluster.resources());
  await send(c.cluster.resources('vm'));
  await send(c.cluster.nextId());
  await send(c.cluster.nextId(4242));
  await send(c.status.cluster());
  await send(c.status.ha());
  assert.deepEqual(await c.status.ceph(), { installed: false, reason: 'binary not installed: /usr/bin/ceph-mon' });
  await send(c.status.disks(node));
  await send(c.status.disks(node, true));
  await nodeDiskCalls(c, node);
  await send(
    c.status.tasks(node, {
      typefilter: 'qmcreate',
      vmid: 100,
      userfilter: 'root@pam',
      source: 'all',
      errors: false,
      since: 0,
      until: 2_000_000_000,
      limit: 10,
    }),
  );

  await send(c.pools.create('conf', 'conformance pool'));
  await send(
    c.qemu.create(node, {
      vmid: 100,
      name: 'full',
      memory: 2048,
      balloon: 1024,
      cores: 2,
      sockets: 1,
      cpu: 'x86-64-v2-AES',
      scsihw: 'virtio-scsi-single',
      boot: 'order=scsi0;ide2;net0',
      agent: 'enabled=1,fstrim_cloned_disks=1',
      ostype: 'l26',
      bios: 'seabios',
      ciuser: 'debian',
      cipassword: 'ci-secret',
      sshkeys: 'ssh-ed25519%20AAAAC3Nza%20me%40host',
      tags: 'a;b',
      description: 'full shape',
      onboot: true,
      protection: false,
      pool: 'conf',
      start: false,
      scsi0: 'local-lvm:8,discard=on,ssd=1,iothread=1',
      ide2: 'local-lvm:cloudinit',
      net0: 'virtio,bridge=vmbr0,firewall=1,tag=10',
      ipconfig0: 'ip=10.0.0.5/24,gw=10.0.0.1',
      template: false,
    }),
  );
  await send(c.qemu.list(node));
  await send(c.qemu.config(node, 100));
  await send(c.qemu.config(node, 100, { current: true }));
  const digest = String((await c.qemu.config(node, 100)).digest);
  await send(c.qemu.update(node, 100, { cores: 4, memory: '4096', net1: 'model=e1000,bridge=vmbr0' }, { delete: ['tags', 'agent'], digest }));
  // Setting and deleting one key in one request is refused (400) before the worker starts, as real.
  await send(c.qemu.updateAsync(node, 100, { name: 'full2', description: 'async' }, { delete: ['tags'] }));
  await send(c.qemu.pending(node, 100));
  await send(c.qemu.revert(node, 100, ['cores']));
  await send(c.qemu.resize(node, 100, 'scsi0', '+1G', { digest: undefined }));
  await send(c.qemu.moveDisk(node, 100, { disk: 'scsi0', storage: 'local-lvm', delete: true }));
  await send(c.lxc.moveVolume(node, 200, { volume: 'mp0', storage: 'local-lvm', delete: true }));
  await send(c.qemu.agentInterfaces(node, 100));
  await send(c.qemu.migrate(node, 100, { target: 'pve2', running: true, withLocalDisks: true, targetStorage: 'local-lvm' }));
  await send(c.qemu.status(node, 100));
  await powerAndSnapshots(c.qemu, 100, { timeout: 30 });
  await send(
    c.qemu.clone(node, 100, { newid: 101, name: 'copy', description: 'a copy', pool: 'conf', storage: 'local-lvm', full: true, target: node, format: 'raw' }),
  );
  await send(c.qemu.regenerateCloudInit(node, 101));
  await send(c.qemu.template(node, 101));
  await send(c.qemu.delete(node, 101, { purge: true, destroyUnreferencedDisks: true }));

  const template = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  await send(
    c.lxc.create(node, {
      vmid: 200,
      ostemplate: template,
      hostname: 'ct',
      password: 'ct-secret',
      'ssh-public-keys': 'ssh-ed25519 AAAA me@host',
      storage: 'local-lvm',
      rootfs: 'local-lvm:4',
      memory: 512,
      swap: 256,
      cores: 1,
      net0: 'name=eth0,bridge=vmbr0,ip=dhcp',
      nameserver: '1.1.1.1',
      searchdomain: 'lan',
      unprivileged: true,
      features: 'nesting=1',
      onboot: false,
      protection: false,
      tags: 'ct',
      description: 'container',
      pool: 'conf',
      start: false,
    }),
  );
  await send(c.lxc.list(node));
  await send(c.lxc.config(node, 200));
  await send(c.lxc.configWithRaw(node, 200));
  await send(c.lxc.update(node, 200, { hostname: 'ct2', swap: 512 }, { delete: ['tags'] }));
  await send(c.lxc.resize(node, 200, 'rootfs', '6G'));
  await send(c.lxc.status(node, 200));
  await send(c.lxc.pending(node, 200));
  await send(c.lxc.interfaces(node, 200));
  await send(c.lxc.migrate(node, 200, { target: 'pve2', running: true, shutdownTimeoutS: 60, targetStorage: 'local-lvm' }));
  await powerAndSnapshots(c.lxc, 200, {});
  await send(c.lxc.clone(node, 200, { newid: 201, hostname: 'ct-copy', description: 'copy', pool: 'conf', full: true, storage: 'local-lvm' }));
  await send(c.lxc.template(node, 201));
  await send(c.lxc.delete(node, 201, { purge: true, destroyUnreferencedDisks: true }));

  await send(
    c.storage.create('nas', 'nfs', {
      server: '10.0.0.5',
      export: '/mnt/tank',
      path: '/mnt/pve/nas',
      content: 'images,iso,backup',
      nodes: node,
      options: 'vers=4.2',
      disable: false,
      'prune-backups': 'keep-last=3',
    }),
  );
  await send(
    c.storage.create('smb', 'cifs', {
      server: '10.0.0.6',
      share: 'pve',
      path: '/mnt/pve/smb',
      username: 'u',
      password: 'cifs-secret',
      domain: 'LAN',
      smbversion: '3.0',
      content: 'iso',
    }),
  );
  await send(c.storage.create('vg', 'lvm', { vgname: 'vg0', shared: true, saferemove: true, content: 'images' }));
  await send(c.storage.create('thin', 'lvmthin', { vgname: 'pve', thinpool: 'data2', content: 'rootdir,images' }));
  await send(c.storage.create('tank', 'zfspool', { pool: 'tank/vm', blocksize: '16k', sparse: true, mountpoint: '/tank/vm' }));
  await send(c.storage.create('iscsi1', 'iscsi', { portal: '10.0.0.7', target: 'iqn.2005-10.org.freenas.ctl:pve', content: 'none' }));
  await send(
    c.storage.create('zoi', 'zfs', {
      portal: '10.0.0.7',
      target: 'iqn.2005-10.org.freenas.ctl:zoi',
      pool: 'tank',
      blocksize: '16k',
      iscsiprovider: 'LIO',
      lio_tpg: 'tpg1',
      sparse: true,
    }),
  );
  await send(
    c.storage.create('pbs1', 'pbs', {
      server: 'pbs.lan',
      datastore: 'main',
      username: 'backup@pbs',
      password: 'pbs-secret',
      fingerprint: Array.from({ length: 32 }, () => 'ab').join(':'),
      namespace: 'pve',
    }),
  );
  await send(c.storage.create('dir1', 'dir', { path: '/srv/dir1', content: 'iso,vztmpl,backup,snippets', shared: false, 'create-base-path': true }));
  await send(c.storage.list());
  await send(c.storage.list('nfs'));
  await send(c.storage.get('nas'));
  await send(c.storage.find('nas'));
  await send(
    c.storage.update('nas', { content: 'images', nodes: node, disable: true }, { delete: ['options'], digest: String((await c.storage.get('nas')).digest) }),
  );
  await send(c.storage.nodeStorages(node, { content: 'images', storage: 'local-lvm', enabled: true }));
  await send(c.storage.content(node, 'local', { content: 'iso', vmid: 100 }));
  await send(c.storage.volume(node, 'local', 'local:iso/debian-12.7.0-amd64-netinst.iso'));
  await send(c.qemu.update(node, 100, { scsi5: 'local-lvm:1' }));
  await send(c.storage.deleteVolume(node, 'local-lvm', 'local-lvm:vm-100-disk-9'));
  await send(c.storage.delete('nas'));

  await send(c.pools.list());
  await send(c.pools.get('conf'));
  await send(c.pools.get('conf', 'qemu'));
  await send(c.pools.find('conf'));
  await send(c.pools.update('conf', { comment: 'changed', vms: [100], storage: ['local'], allowMove: true }));
  await send(c.pools.update('conf', { vms: [100], remove: true }));
  await send(c.pools.delete('conf'));

  await send(c.access.createGroup('ops', 'operators'));
  await send(c.access.groups());
  await send(c.access.group('ops'));
  await send(c.access.findGroup('ops'));
  await send(c.access.updateGroup('ops', 'operations'));
  await send(
    c.access.createUser('alice@pve', {
      password: 'alice-secret',
      enable: true,
      expire: 0,
      firstname: 'A',
      lastname: 'L',
      email: 'a@example.com',
      comment: 'c',
      keys: 'x',
      groups: ['ops'],
    }),
  );
  await send(c.access.users({ full: true, enabled: true }));
  await send(c.access.user('alice@pve'));
  await send(c.access.findUser('alice@pve'));
  await send(c.access.updateUser('alice@pve', { email: 'b@example.com', groups: ['ops'] }, true));
  await send(c.access.createToken('alice@pve', 'ci', { comment: 'ci', expire: 0, privsep: true }));
  await send(c.access.tokens('alice@pve'));
  await send(c.access.token('alice@pve', 'ci'));
  await send(c.access.findToken('alice@pve', 'ci'));
  await send(c.access.updateToken('alice@pve', 'ci', { comment: 'ci2', expire: 0, privsep: false }, { delete: ['comment'] }));
  await send(c.access.createRole('Watcher', ['VM.Audit', 'Datastore.Audit']));
  await send(c.access.roles());
  await send(c.access.role('Watcher'));
  await send(c.access.findRole('Watcher'));
  await send(c.access.updateRole('Watcher', ['Sys.Audit'], true));
  await send(c.access.updateAcl({ path: '/vms/100', roles: ['Watcher'], users: ['alice@pve'], groups: ['ops'], tokens: ['alice@pve!ci'], propagate: true }));
  await send(c.access.acl());
  await send(c.access.ownPrivileges('/storage/local'));
  await send(c.access.findAcl({ path: '/vms/100', roleid: 'Watcher', type: 'user', ugid: 'alice@pve' }));
  await send(c.access.updateAcl({ path: '/vms/100', roles: ['Watcher'], users: ['alice@pve'], remove: true }));
  await send(c.access.deleteRole('Watcher'));
  await send(c.access.deleteToken('alice@pve', 'ci'));
  await send(c.access.deleteUser('alice@pve'));
  await send(c.access.deleteGroup('ops'));

  await firewallCalls(c);
  await sdnAndNodeNetwork(c, node);
  await filesAndMappings(c, node);
  await datacenterCalls(c);

  const upid = [...h.sim.tasks.keys()][0] ?? '';
  await send(c.tasks.status(node, upid));
  await send(c.tasks.log(node, upid, { start: 0, limit: 10 }));
  await send(c.tasks.wait(upid, { timeoutMs: 1000 }));
  await realmsAndCertificates(c, tk, node);
  await send(tk.cluster.version());
  await send(tk.pools.create('by-ticket'));
  // Ticket-only: tokens may not change passwords.
  await send(tk.access.changePassword('alice@pve', 'alice-new-secret', PASSWORD));
  await tk.close();

  // Every public method ran at least once.
  const missing = publicMethods(h.client).filter((name) => !called.has(name));
  assert.deepEqual(missing, [], 'client methods without a conformance call');

  // Every recorded request names a real path and method, with only valid parameters.
  const schema = PveApiSchema.load();
  assert.ok(h.sim.requests.length > 150);
  const problems: string[] = [];
  for (const request of h.sim.requests) {
    const lookup = schema.lookup(request.method as HttpMethod, request.path);
    if (!('method' in lookup) || lookup.method === undefined) {
      problems.push(`${request.method} ${request.path}: no such path/method in the schema`);
      continue;
    }
    const errors = validateParams(lookup.method, request.params);
    if (Object.keys(errors).length > 0) problems.push(`${request.method} ${lookup.template}: ${JSON.stringify(errors)}`);
  }
  assert.deepEqual(problems, []);
});
