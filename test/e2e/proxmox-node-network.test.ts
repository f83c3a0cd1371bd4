// Node interfaces (bridge, bond, VLAN), node settings (DNS, hosts, time zone, config), APT
// repositories and what a node's disks are made into (ZFS pool, volume group, thin pool,
// directory) with the real terraform against the simulator, on the lifecycle harness; each
// interface change is live after the apply (no interfaces.new left), and a failing reload is
// undone. Disk objects are destroyed only with wipe_on_destroy; without it destroy forgets them,
// and a disk in use is refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { asRead } from '../../src/sim/proxmox/node-network-file.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

function networkConfig(
  fields: { comment?: string; hash?: string; servers?: string; timezone?: string; delay?: number; enterprise?: boolean; step?: 1 | 2 } = {},
): string {
  const step = fields.step ?? 1;
  return `
resource "proxmox_network_bridge" "trunk" {
  node       = "pve"
  name       = "vmbr1"
  ports      = ["eno2"]
  address    = "10.1.0.2/24"
  vlan_aware = ${step === 1}
  comment    = "${fields.comment ?? 'guest trunk'}"
}
resource "proxmox_network_bridge" "internal" {
  node       = "pve"
  name       = "vmbr2"
  autostart  = ${step === 2}
  comment    = "internal\\nno ports"
  ${step === 2 ? 'vlan_aware = true\n  vlan_ids   = "10 20-30"' : ''}
}
resource "proxmox_network_bond" "uplink" {
  node        = "pve"
  name        = "bond0"
  slaves      = ["eno3", "eno4"]
  mode        = "802.3ad"
  hash_policy = "${fields.hash ?? 'layer2+3'}"
}
resource "proxmox_network_vlan" "storage" {
  node     = "pve"
  name     = "vmbr0.20"
  address6 = "fd00:20::2/64"
  mtu      = 1500
}
resource "proxmox_network_vlan" "backup" {
  node       = "pve"
  name       = "vlan30"
  raw_device = "vmbr0"
}
resource "proxmox_node_dns" "pve" {
  node    = "pve"
  search  = "lab.example"
  servers = [${fields.servers ?? '"192.168.1.1"'}]
}
resource "proxmox_node_time" "pve" {
  node     = "pve"
  timezone = "${fields.timezone ?? 'Asia/Kolkata'}"
}
resource "proxmox_node_hosts" "pve" {
  node    = "pve"
  content = "127.0.0.1 localhost\\n192.168.1.10 pve.lab.example pve\\n"
}
resource "proxmox_node_config" "pve" {
  node                  = "pve"
  description           = "rack 2"
  startall_onboot_delay = ${fields.delay ?? 30}
}
resource "proxmox_apt_standard_repository" "no_subscription" {
  node   = "pve"
  handle = "no-subscription"
}
resource "proxmox_apt_standard_repository" "ceph_no_subscription" {
  node   = "pve"
  handle = "ceph-squid-no-subscription"
}
resource "proxmox_apt_repository" "enterprise" {
  node      = "pve"
  file_path = "/etc/apt/sources.list.d/pve-enterprise.sources"
  index     = 0
  enabled   = ${fields.enterprise ?? false}
}
resource "proxmox_apt_repository" "ceph_enterprise" {
  node      = "pve"
  file_path = proxmox_apt_standard_repository.ceph_no_subscription.file_path
  index     = 0
}
`;
}

const CREATED = ['vmbr1', 'vmbr2', 'bond0', 'vmbr0.20', 'vlan30'];
const ADDED_REPOSITORIES = ['pve-no-subscription', 'no-subscription'];

/** Each APT entry of the node as FILE#INDEX COMPONENTS on|off. */
function aptEntries(sim: ProxmoxSimulator): string[] {
  return (sim.state.settings.get('pve')?.apt ?? []).flatMap((file) =>
    file.repositories.map(
      (repo, index) => `${file.path.replace('/etc/apt/sources.list.d/', '')}#${index} ${repo.components.join(' ')} ${repo.enabled ? 'on' : 'off'}`,
    ),
  );
}

/** Two more NICs: a second bond slave, and one for the jumbo-frame bridge the server refuses. */
function addNics(sim: ProxmoxSimulator): void {
  const live = sim.state.nodeNetworks.get('pve')?.live;
  for (const name of ['eno4', 'eno5']) {
    if (live && !live.has(name)) live.set(name, { ...live.get('eno3')!, iface: name });
  }
}

/** A bridge whose MTU is larger than its port's (a NIC without an MTU: 1500). */
const JUMBO_BRIDGE = `
resource "proxmox_network_bridge" "jumbo" {
  node  = "pve"
  name  = "vmbr7"
  ports = ["eno5"]
  mtu   = 9000
}`;

function assertLive(sim: ProxmoxSimulator): void {
  const network = sim.state.nodeNetworks.get('pve');
  assert.equal(network?.pending, undefined, 'no change left in interfaces.new');
}

const networkCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox node network and settings',
  steps: [
    {
      config: networkConfig(),
      prepare: ({ target }) => {
        addNics(target);
        // Set before terraform adopts the node; the configuration leaves it unset.
        target.state.settings.get('pve')!.config.wakeonlan = 'BC:24:11:00:00:01';
      },
      expect: {
        'proxmox_network_bridge.trunk': 'create',
        'proxmox_network_bridge.internal': 'create',
        'proxmox_network_vlan.backup': 'create',
        'proxmox_node_dns.pve': 'create',
        'proxmox_node_config.pve': 'create',
        'proxmox_apt_standard_repository.no_subscription': 'create',
        'proxmox_apt_repository.enterprise': 'create',
      },
      async check({ target, resource }) {
        assertLive(target);
        // Added in parallel, each under the digest it read: the enterprise entry off, the community ones appended.
        assert.deepEqual(aptEntries(target), [
          'debian.sources#0 main contrib non-free-firmware on',
          'debian.sources#1 main contrib non-free-firmware on',
          'pve-enterprise.sources#0 pve-enterprise off',
          'ceph.sources#0 enterprise on',
          'ceph.sources#1 no-subscription on',
          'proxmox.sources#0 pve-no-subscription on',
        ]);
        const ceph = await resource('proxmox_apt_standard_repository.ceph_no_subscription');
        assert.deepEqual(
          { path: ceph.values.file_path, index: ceph.values.index, name: ceph.values.name },
          { path: '/etc/apt/sources.list.d/ceph.sources', index: 1, name: 'Ceph Squid No-Subscription' },
        );
        const enterprise = await resource('proxmox_apt_repository.enterprise');
        assert.deepEqual(enterprise.values.uris, ['https://enterprise.proxmox.com/debian/pve']);
        assert.equal(enterprise.values.file_type, 'sources');
        const live = target.state.nodeNetworks.get('pve')?.live;
        const trunk = live?.get('vmbr1');
        assert.deepEqual(
          { ports: trunk?.bridge_ports, aware: trunk?.bridge_vlan_aware, vids: trunk?.bridge_vids, address: trunk?.address, comments: trunk?.comments },
          { ports: 'eno2', aware: '1', vids: '2-4094', address: '10.1.0.2', comments: 'guest trunk\n' },
          'a VLAN-aware bridge without a list carries all VLANs; comments read back one line each with a newline',
        );
        const internal = live?.get('vmbr2');
        assert.deepEqual(
          { aware: internal?.bridge_vlan_aware, autostart: internal?.autostart, comments: internal?.comments },
          { aware: undefined, autostart: undefined, comments: 'internal\nno ports\n' },
          'vlan_aware = false and autostart = false are left out, not sent as 0',
        );
        assert.equal(live?.get('bond0')?.bond_xmit_hash_policy, 'layer2+3');
        assert.equal(live?.get('bond0')?.slaves, 'eno3 eno4');
        assert.equal(live?.get('vmbr0.20')?.address6, 'fd00:20::2');
        assert.deepEqual([live?.get('vmbr0.20')?.['vlan-raw-device'], live?.get('vmbr0.20')?.['vlan-id']], ['vmbr0', '20'], 'derived from the name');
        assert.deepEqual([live?.get('vlan30')?.['vlan-raw-device'], live?.get('vlan30')?.['vlan-id']], ['vmbr0', '30']);
        const vlan = await resource('proxmox_network_vlan.storage');
        assert.deepEqual([vlan.values.raw_device, vlan.values.vlan_id], ['vmbr0', 20]);
        const settings = target.state.settings.get('pve');
        assert.deepEqual(settings?.dns, { search: 'lab.example', dns1: '192.168.1.1' });
        // A zone.tab name that ICU lists under another (Asia/Calcutta).
        assert.equal(settings?.timezone, 'Asia/Kolkata');
        assert.equal(settings?.config['startall-onboot-delay'], '30');
        assert.equal(settings?.config.wakeonlan, undefined, 'adoption removed what the configuration leaves unset');
        assert.equal(target.requests.filter((r) => r.method === 'PUT' && r.path === '/nodes/pve/network').length, 5, 'one reload per interface');
      },
    },
    {
      config: networkConfig({ comment: 'trunk', hash: 'layer3+4', servers: '"192.168.1.1", "1.1.1.1"', timezone: 'UTC', delay: 10, enterprise: true, step: 2 }),
      refused: {
        config: networkConfig() + JUMBO_BRIDGE,
        check({ target }, result) {
          assert.match((result.stdout + result.stderr).replace(/\s+/g, ' '), /HTTP 500 interface 'eno5' - mtu 1500 is lower than 'vmbr7' - mtu 9000/);
          assert.equal(target.state.nodeNetworks.get('pve')?.pending, undefined, 'nothing written');
          assert.equal(target.state.nodeNetworks.get('pve')?.live.has('vmbr7'), false);
        },
      },
      expect: {
        'proxmox_network_bridge.trunk': 'update',
        'proxmox_network_bridge.internal': 'update',
        'proxmox_network_bond.uplink': 'update',
        'proxmox_node_dns.pve': 'update',
        'proxmox_node_time.pve': 'update',
        'proxmox_node_config.pve': 'update',
        'proxmox_apt_repository.enterprise': 'update',
      },
      check({ target }) {
        assertLive(target);
        const live = target.state.nodeNetworks.get('pve')?.live;
        assert.equal(live?.get('vmbr1')?.comments, 'trunk\n');
        assert.deepEqual(
          [live?.get('vmbr1')?.bridge_vlan_aware, live?.get('vmbr1')?.bridge_vids],
          [undefined, undefined],
          'vlan_aware true → false deletes the key',
        );
        assert.deepEqual([live?.get('vmbr2')?.bridge_vlan_aware, live?.get('vmbr2')?.bridge_vids, live?.get('vmbr2')?.autostart], ['1', '10 20-30', '1']);
        assert.equal(live?.get('bond0')?.bond_xmit_hash_policy, 'layer3+4');
        assert.deepEqual(target.state.settings.get('pve')?.dns, { search: 'lab.example', dns1: '192.168.1.1', dns2: '1.1.1.1' });
        assert.ok(aptEntries(target).includes('pve-enterprise.sources#0 pve-enterprise on'));
      },
    },
  ],
  imports: [
    { address: 'proxmox_network_bridge.trunk', id: () => 'pve:vmbr1' },
    { address: 'proxmox_network_bridge.internal', id: () => 'pve:vmbr2' },
    { address: 'proxmox_network_vlan.backup', id: () => 'pve:vlan30' },
    { address: 'proxmox_network_bond.uplink', id: () => 'pve:bond0' },
    { address: 'proxmox_network_vlan.storage', id: () => 'pve:vmbr0.20' },
    { address: 'proxmox_node_dns.pve', id: () => 'pve' },
    { address: 'proxmox_node_time.pve', id: () => 'pve' },
    { address: 'proxmox_node_hosts.pve', id: () => 'pve' },
    { address: 'proxmox_node_config.pve', id: () => 'pve' },
    { address: 'proxmox_apt_standard_repository.no_subscription' },
    { address: 'proxmox_apt_standard_repository.ceph_no_subscription' },
    { address: 'proxmox_apt_repository.enterprise' },
    { address: 'proxmox_apt_repository.ceph_enterprise' },
  ],
  leftovers({ state }) {
    const network = state.nodeNetworks.get('pve');
    // The singletons stay as they are: destroying them leaves the node's settings.
    assert.equal(state.settings.get('pve')?.timezone, 'UTC');
    // Standard repositories cannot be removed through the API: destroying disables them.
    const enabledAdded = (state.settings.get('pve')?.apt ?? [])
      .flatMap((file) => file.repositories)
      .filter((repo) => repo.enabled && repo.components.some((c) => ADDED_REPOSITORIES.includes(c)))
      .map((repo) => `enabled repository ${repo.uris.join(' ')} ${repo.components.join(' ')}`);
    return [...(network?.live.keys() ?? []), ...(network?.pending?.keys() ?? [])].filter((name) => CREATED.includes(name)).concat(enabledAdded);
  },
};

/** ZFS mirror, thin pool and directory (destroyed and wiped), a volume group (kept when it leaves the configuration at step 2). */
function diskConfig(step: 1 | 2): string {
  const kept = `
resource "proxmox_node_disk_lvm" "vmdata" {
  node   = "pve"
  name   = "vmdata"
  device = "/dev/sde"
}`;
  return `
resource "proxmox_node_disk_zfs" "tank" {
  node            = "pve"
  name            = "tank"
  raidlevel       = "mirror"
  devices         = ["/dev/sdb", "/dev/sdc"]
  compression     = "lz4"
  add_storage     = true
  wipe_on_destroy = true
}
resource "proxmox_node_disk_lvmthin" "fast" {
  node            = "pve"
  name            = "fast"
  device          = "/dev/nvme0n1"
  add_storage     = true
  wipe_on_destroy = ${step === 2}
}
resource "proxmox_node_disk_directory" "backup" {
  node            = "pve"
  name            = "backup"
  device          = "/dev/sdd"
  filesystem      = "xfs"
  add_storage     = ${step === 2}
  wipe_on_destroy = true
}
${step === 1 ? kept : ''}`;
}

/** What holds each of the node's disks. */
function diskUse(state: ProxmoxSimulator['state']): Record<string, string | undefined> {
  return Object.fromEntries((state.nodeDisks.get('pve') ?? []).map((d) => [d.devpath, d.used]));
}

const diskCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox node disks',
  steps: [
    {
      config: diskConfig(1),
      expect: {
        'proxmox_node_disk_zfs.tank': 'create',
        'proxmox_node_disk_lvmthin.fast': 'create',
        'proxmox_node_disk_directory.backup': 'create',
        'proxmox_node_disk_lvm.vmdata': 'create',
      },
      refused: {
        config: `
resource "proxmox_node_disk_zfs" "busy" {
  node      = "pve"
  name      = "busy"
  raidlevel = "single"
  devices   = ["/dev/sda"]
}`,
        check({ target }, result) {
          assert.match(result.stdout + result.stderr, /Disk in use/);
          assert.match(result.stdout + result.stderr, /Proxmox VE refuses \/dev\/sda: the disk already holds something/);
          assert.equal(target.state.diskStorage.get('pve')?.zfsPools.has('busy'), false);
          assert.equal(diskUse(target.state)['/dev/sda'], 'partitions');
        },
      },
      prepare({ target }) {
        // A sixth disk, for the volume group.
        const disks = target.state.nodeDisks.get('pve');
        if (disks && !disks.some((d) => d.devpath === '/dev/sde')) {
          disks.push({
            ...disks.find((d) => d.devpath === '/dev/sdd')!,
            devpath: '/dev/sde',
            serial: 'PVE-0006',
            by_id_link: '/dev/disk/by-id/ata-QEMU_HARDDISK_SSD_PVE-0006',
          });
        }
      },
      check({ target }) {
        const layout = target.state.diskStorage.get('pve');
        assert.deepEqual(layout?.zfsPools.get('tank')?.devices, ['/dev/sdb', '/dev/sdc']);
        assert.equal(layout?.zfsPools.get('tank')?.compression, 'lz4');
        assert.deepEqual(layout?.volumeGroups.get('vmdata')?.pvs, ['/dev/sde']);
        assert.equal(layout?.thinPools.has('fast/fast'), true);
        assert.equal(layout?.directories.get('backup')?.filesystem, 'xfs');
        assert.deepEqual(
          ['tank', 'fast', 'backup', 'vmdata'].map((id) => target.state.storages.get(id)?.type ?? null),
          ['zfspool', 'lvmthin', null, null],
        );
        const used = diskUse(target.state);
        assert.deepEqual(
          ['/dev/sdb', '/dev/sdc', '/dev/nvme0n1', '/dev/sdd', '/dev/sde'].map((d) => used[d]),
          ['ZFS', 'ZFS', 'LVM', 'xfs', 'LVM'],
        );
      },
    },
    {
      // vmdata leaves the configuration (forgotten); backup gets its storage (replaced: wiped, made
      // again); fast may now be destroyed (a change of Terraform's alone).
      config: diskConfig(2),
      expect: { 'proxmox_node_disk_directory.backup': 'replace', 'proxmox_node_disk_lvmthin.fast': 'update' },
      check({ target, applied }) {
        assert.match(applied.stdout + applied.stderr, /The volume group "vmdata" was kept/);
        assert.match(applied.stdout + applied.stderr, /set wipe_on_destroy = true and apply before destroying/);
        assert.deepEqual(target.state.diskStorage.get('pve')?.volumeGroups.get('vmdata')?.pvs, ['/dev/sde'], 'the volume group and its data are kept');
        assert.equal(diskUse(target.state)['/dev/sde'], 'LVM');
        assert.equal(target.state.storages.get('backup')?.options.path, '/mnt/pve/backup');
        assert.deepEqual(
          target.requests.filter((r) => r.method === 'DELETE' && r.path.startsWith('/nodes/pve/disks/')).map((r) => r.path),
          ['/nodes/pve/disks/directory/backup'],
          'only the replaced directory was destroyed on the server: forgetting vmdata and the update of fast call nothing',
        );
      },
    },
  ],
  imports: [
    // ashift and compression are not reported; wipe_on_destroy is Terraform's alone.
    { address: 'proxmox_node_disk_zfs.tank', unreadable: ['wipe_on_destroy', 'ashift', 'compression'] },
    { address: 'proxmox_node_disk_lvmthin.fast', unreadable: ['wipe_on_destroy'] },
    // The mount unit names the file system by UUID only.
    { address: 'proxmox_node_disk_directory.backup', unreadable: ['wipe_on_destroy', 'device'] },
  ],
  leftovers({ state }) {
    const layout = state.diskStorage.get('pve');
    // Forgotten, not destroyed: still there after terraform destroy. Wiped by hand for the next test.
    assert.ok(layout?.volumeGroups.delete('vmdata'), 'the forgotten volume group is still there');
    delete state.nodeDisks.get('pve')?.find((d) => d.devpath === '/dev/sde')?.used;
    const used = diskUse(state);
    return [
      ...[...(layout?.zfsPools.keys() ?? [])],
      ...[...(layout?.volumeGroups.keys() ?? [])].filter((name) => name !== 'pve'),
      ...[...(layout?.directories.keys() ?? [])],
      ...['tank', 'fast', 'backup'].filter((id) => state.storages.has(id)).map((id) => `storage ${id}`),
      ...Object.entries(used)
        .filter(([device, use]) => device !== '/dev/sda' && use !== undefined)
        .map(([device, use]) => `${device} (${use})`),
    ];
  },
};

describe('node network and settings with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it('creates, updates, imports and destroys interfaces, node settings, APT repositories and disk objects; every interface change is reloaded', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [networkCase, diskCase]);
  });

  it('refuses at plan what Proxmox VE would refuse or read back otherwise, naming the attribute', async () => {
    e2e.config(`
resource "proxmox_network_bond" "lacp" {
  node   = "pve"
  name   = "lacp0"
  slaves = ["eno3"]
}
resource "proxmox_network_vlan" "numbered" {
  node       = "pve"
  name       = "vlan20"
  raw_device = "vmbr0"
  vlan_id    = 30
}
resource "proxmox_network_vlan" "dotted" {
  node       = "pve"
  name       = "vmbr0.20"
  raw_device = "vmbr1"
}
resource "proxmox_network_bridge" "vids" {
  node       = "pve"
  name       = "vmbr8"
  vlan_aware = true
  vlan_ids   = "1 30-10"
  address    = "10.0.0.2/4"
  gateway    = "fd00::1"
  address6   = "10.0.0.2/64"
  comment    = "trailing "
}
resource "proxmox_network_vlan" "documentation" {
  node     = "pve"
  name     = "vmbr0.30"
  address6 = "2001:db8::30/64"
  gateway  = "192.168.1.1"
}
resource "proxmox_network_vlan" "gateway6" {
  node     = "pve"
  name     = "vmbr0.31"
  gateway6 = "fd00::1"
  comment  = "0"
}`);
    const planned = await e2e.ws.run(['plan', '-no-color', '-input=false']);
    assert.notEqual(planned.code, 0);
    const output = planned.stderr.replace(/\s+/g, ' ');
    for (const expected of [
      /Bonds must be named bondN.*bond only when it is named bondN \(such as "bond0"\), got "lacp0"/,
      /VLAN tag contradicts the name.*"vlan20" carries VLAN 20/,
      /Raw device contradicts the name.*"vmbr0.20" is a VLAN on "vmbr0"/,
      /must hold VLAN tags from 2 to 4094, got 1 in "1 30-10"/,
      /must be an IPv4 address with a prefix length from 8 to 32, such as "10.0.0.2\/24", got "10.0.0.2\/4"/,
      /must be an IPv6 address with a prefix length from 8 to 128/,
      /must be an IPv4 address, got "fd00::1"/,
      /no white space at the end of a line/,
      /got "2001:db8::30\/64", which Net::IP types DOCUMENTATION/,
      /An IPv4 gateway needs address here.*only an IPv6 address/,
      /An IPv6 gateway needs address6.*the gateway would be dropped/,
      /non-empty text other than "0"/,
    ]) {
      assert.match(output, expected);
    }
    for (const attribute of ['name', 'vlan_id', 'raw_device', 'vlan_ids', 'address', 'address6', 'gateway', 'gateway6', 'comment']) {
      assert.match(output, new RegExp(`with ${attribute}\\b|${attribute} = `), `an error names ${attribute}`);
    }
  });

  it('adopts a standard repository the node already uses by an entry of its suite, and destroying disables only that', async () => {
    const apt = e2e.sim.state.settings.get('pve')?.apt;
    assert.ok(apt);
    const stanza = (uri: string, suite: string, enabled: boolean) => ({
      types: ['deb'],
      uris: [uri],
      suites: [suite],
      components: ['pve-test'],
      options: [],
      comment: '',
      enabled,
    });
    // A bookworm leftover first, then the trixie entry in the bare /debian form proxmox-apt also accepts.
    apt.push({
      path: '/etc/apt/sources.list.d/legacy.sources',
      fileType: 'sources',
      repositories: [stanza('http://download.proxmox.com/debian/pve', 'bookworm', false), stanza('http://download.proxmox.com/debian', 'trixie', true)],
    });
    const before = e2e.sim.requests.length;
    e2e.config(`resource "proxmox_apt_standard_repository" "test" {
  node   = "pve"
  handle = "test"
}`);
    const applied = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(applied.code, 0, applied.stderr);
    const [state] = await e2e.ws.resources();
    assert.deepEqual({ path: state?.values.file_path, index: state?.values.index }, { path: '/etc/apt/sources.list.d/legacy.sources', index: 1 });
    assert.equal(
      e2e.sim.requests.slice(before).filter((r) => r.method === 'PUT' && r.path === '/nodes/pve/apt/repositories').length,
      0,
      'an enabled repository is not added again (9.1 would append a duplicate)',
    );
    e2e.config('');
    const destroyed = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(destroyed.code, 0, destroyed.stderr);
    assert.deepEqual(
      apt.find((f) => f.path === '/etc/apt/sources.list.d/legacy.sources')?.repositories.map((r) => r.enabled),
      [false, false],
    );
    apt.pop();
  });

  it('imports a VLAN-aware bridge with no plan after it, whether the configuration spells its VLANs "2-4094" or leaves them out', async () => {
    const network = e2e.sim.state.nodeNetworks.get('pve');
    assert.ok(network);
    // As the file holds them either way: the writer puts `bridge-vids 2-4094` for a bridge without a list.
    for (const name of ['vmbr6', 'vmbr7']) {
      const stanza = { iface: name, type: 'bridge', method: 'manual', method6: 'manual', families: 'inet', autostart: '1', active: '1' };
      network.live.set(name, asRead(name, { ...stanza, bridge_ports: '', bridge_stp: 'off', bridge_fd: '0', bridge_vlan_aware: '1', bridge_vids: '2-4094' }));
    }
    e2e.config(`
import {
  to = proxmox_network_bridge.explicit
  id = "pve:vmbr6"
}
resource "proxmox_network_bridge" "explicit" {
  node       = "pve"
  name       = "vmbr6"
  vlan_aware = true
  vlan_ids   = "2-4094"
}
import {
  to = proxmox_network_bridge.unset
  id = "pve:vmbr7"
}
resource "proxmox_network_bridge" "unset" {
  node       = "pve"
  name       = "vmbr7"
  vlan_aware = true
}`);
    const imported = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Resources: 2 imported, 0 added, 0 changed, 0 destroyed/);
    const planned = await e2e.ws.run(['plan', '-detailed-exitcode', '-no-color', '-input=false']);
    assert.equal(planned.code, 0, planned.stdout);
    const vlans = (await e2e.ws.resources()).map((r) => [r.address, r.values.vlan_ids]);
    assert.deepEqual(vlans, [
      ['proxmox_network_bridge.explicit', '2-4094'],
      ['proxmox_network_bridge.unset', '2-4094'],
    ]);
    e2e.config('');
    const destroyed = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(destroyed.code, 0, destroyed.stderr);
    assert.equal(network.live.has('vmbr6') || network.live.has('vmbr7'), false);
  });

  it('undoes a change whose reload fails: the previous configuration is written back and reloaded', async () => {
    const network = e2e.sim.state.nodeNetworks.get('pve');
    assert.ok(network);
    network.failReloads = 1;
    e2e.config(`resource "proxmox_network_bridge" "broken" {
  node  = "pve"
  name  = "vmbr9"
  ports = ["eno2"]
}`);
    const applied = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.notEqual(applied.code, 0);
    assert.match(applied.stderr, /the network reload failed and the previous configuration was restored/);
    assert.equal(network.live.has('vmbr9'), false, 'the failed bridge is not live');
    assert.equal(network.pending, undefined);
    assert.deepEqual(
      (await e2e.ws.resources()).map((r) => r.address),
      [],
      'nothing recorded in state',
    );
  });
});
