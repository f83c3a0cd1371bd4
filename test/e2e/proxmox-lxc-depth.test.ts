// proxmox_lxc at depth with the real terraform against the simulator, on the lifecycle harness:
// IPv6, MTU and rate per interface, mount point options, CPU limit/weight, start order, OS type
// and pool membership, console settings and address outputs; then migrated in restart mode to a
// second node with a snapshot taken there; a storage joins the pool through
// proxmox_pool_membership; the data sources list the container; changed in place, imported,
// destroyed. (Bind mounts, devices and hookscripts are root@pam-only and covered by the mapping
// tables; the e2e provider logs in with a token.) Beside it a container with its own UID/GID maps
// (idmap, written over SSH in its config file) migrates to pve2 with migrate_target_storage, in
// place, its root disk copied onto that storage and its maps changed; a map edited outside
// terraform shows as drift and is put back; then its volumes move to another storage in place.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import type { StateResource } from '../helpers/terraform.js';
import { PROXMOX_PROVIDER, PVE_TOKEN, startE2eSsh, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';
import type { SimSshServer } from '../../src/sim/proxmox/ssh-server.js';
import { pveCall } from '../sim/proxmox/pve-raw.js';

const VMID = 4300;
/** A full clone of the running container, from its snapshot, on the node it moved to. */
const COPY = 4301;

function container(mtu: number, order: number, node = 'pve'): string {
  const snapshot =
    node === 'pve'
      ? ''
      : `
resource "proxmox_lxc_snapshot" "before" {
  node        = proxmox_lxc.deep.node
  vmid        = proxmox_lxc.deep.vmid
  name        = "before"
  description = "after the move"
}
resource "proxmox_lxc" "copy" {
  node     = "pve2"
  vmid     = ${COPY}
  hostname = "copy-ct"
  started  = false
  clone {
    source_vmid = proxmox_lxc.deep.vmid
    snapshot    = proxmox_lxc_snapshot.before.name
  }
  rootfs {
    storage = "local-lvm"
    size    = "4G"
  }
  network {
    bridge = "vmbr0"
    ip     = "dhcp"
  }
}`;
  return `${snapshot}
resource "proxmox_pool" "ct" {
  pool_id = "ct"
}
resource "proxmox_pool_membership" "local" {
  pool_id = proxmox_pool.ct.pool_id
  storage = "local"
}
data "proxmox_lxcs" "tagged" {
  tags       = ["depth"]
  depends_on = [proxmox_lxc.deep]
}
resource "proxmox_lxc" "deep" {
  node      = "${node}"
  migrate   = true
  vmid      = ${VMID}
  tags      = ["depth"]
  console      = true
  tty          = 3
  console_mode = "shell"
  hostname  = "deep-ct"
  template  = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
  cpu_limit = 1.5
  cpu_units = 512
  pool      = proxmox_pool.ct.pool_id

  rootfs {
    storage = "local-lvm"
    size    = "4G"
  }
  mount_point {
    storage       = "local-lvm"
    size          = "1G"
    path          = "/srv/data"
    read_only     = true
    mount_options = ["noatime", "nodev"]
    replicate     = false
  }
  network {
    bridge   = "vmbr0"
    ip       = "10.0.0.5/24"
    gateway  = "10.0.0.1"
    ip6      = "fd00::5/64"
    gateway6 = "fd00::1"
    mtu      = ${mtu}
    rate     = 20
  }
  startup {
    order = ${order}
    up    = 5
  }
}
`;
}

/** What data "proxmox_lxcs" lists, as VMID@NODE. */
async function listed(resource: (address: string) => Promise<StateResource>): Promise<string[]> {
  const { values } = await resource('data.proxmox_lxcs.tagged');
  return (values.containers as Array<{ vmid: number; node: string }>).map((c) => `${c.vmid}@${c.node}`);
}

const depthCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox_lxc at depth',
  steps: [
    {
      config: container(1500, 1),
      expect: { 'proxmox_lxc.deep': 'create', 'proxmox_pool.ct': 'create', 'proxmox_pool_membership.local': 'create' },
      async check({ target: { state }, resource }) {
        const ct = state.guests.get(VMID);
        assert.ok(ct);
        assert.match(ct.config.net0 ?? '', /gw6=fd00::1,.*ip6=fd00::5\/64,.*mtu=1500,.*rate=20/);
        assert.match(ct.config.mp0 ?? '', /mountoptions=noatime;nodev,.*replicate=0,ro=1/);
        assert.equal(ct.config.startup, 'order=1,up=5');
        assert.equal(ct.config.ostype, 'debian', 'the OS type Proxmox took from the template');
        assert.ok(state.pools.get('ct')?.members.has(`vm/${VMID}`));
        assert.ok(state.pools.get('ct')?.members.has('storage/local'), 'the storage joined through proxmox_pool_membership');
        assert.deepEqual([ct.config.console, ct.config.tty, ct.config.cmode], ['1', '3', 'shell']);
        const { values } = await resource('proxmox_lxc.deep');
        assert.deepEqual([values.ipv4_addresses, values.ipv6_addresses], [['10.0.0.5'], ['fd00::5']]);
        assert.deepEqual(await listed(resource), [`${VMID}@pve`]);
      },
    },
    {
      // A restart migration to pve2 (the container runs), the pending changes applied by its restart.
      config: container(9000, 2, 'pve2'),
      expect: { 'proxmox_lxc.deep': 'update', 'proxmox_lxc_snapshot.before': 'create', 'proxmox_lxc.copy': 'create' },
      async check({ target: { state }, plan, resource }) {
        // Nothing replaced (the idmap case's container changes in the same apply).
        assert.match(plan, /2 to add, 2 to change, 0 to destroy/);
        const copy = state.guests.get(COPY);
        assert.equal(copy?.node, 'pve2');
        assert.equal(copy?.config.hostname, 'copy-ct');
        assert.equal(copy?.config.mp0, undefined, 'the mount point the configuration does not list was removed');
        assert.match(copy?.config.net0 ?? '', /ip=dhcp/);
        const ct = state.guests.get(VMID);
        assert.equal(ct?.node, 'pve2');
        assert.equal(ct?.status, 'running');
        assert.ok(ct?.snapshots.has('before'), 'the snapshot was taken on the new node');
        assert.deepEqual(await listed(resource), [`${VMID}@pve2`]);
        assert.match(ct?.config.net0 ?? '', /mtu=9000/);
        assert.equal(ct?.config.startup, 'order=2,up=5');
      },
    },
  ],
  imports: [
    // The template and migrate are configuration, not container settings.
    { address: 'proxmox_lxc.deep', unreadable: ['template', 'migrate'] },
    { address: 'proxmox_pool.ct' },
    { address: 'proxmox_pool_membership.local' },
    { address: 'proxmox_lxc_snapshot.before' },
    { address: 'proxmox_lxc.copy', unreadable: ['clone', 'template', 'migrate'] },
  ],
  leftovers: ({ state }) => [
    ...[VMID, COPY].filter((id) => state.guests.has(id)).map((id) => `guest ${id}`),
    ...[...state.volumes.values()].filter((v) => v.vmid === VMID || v.vmid === COPY).map((v) => `volume ${v.storage}:${v.name}`),
    ...(state.pools.has('ct') ? ['pool ct'] : []),
  ],
};

const MAPPED = 4310;

/** Container ids 0-999 and 1001-65535 as Proxmox's default map, and `passed` passed through as itself. */
function maps(passed: number): string {
  const rows: Array<[number, number, number]> = [
    [0, 100000, passed],
    [passed, passed, 1],
    [passed + 1, 100000 + passed + 1, 65535 - passed],
  ];
  return ['u', 'g']
    .flatMap((type) =>
      rows.map(
        ([ct, host, size]) => `  idmap {\n    type         = "${type}"\n    container_id = ${ct}\n    host_id      = ${host}\n    size         = ${size}\n  }`,
      ),
    )
    .join('\n');
}

function mapped(passed: number, node: string, storage = node === 'pve' ? 'local-lvm' : 'fast'): string {
  const move = node === 'pve' ? '' : `\n  migrate_target_storage = "fast"`;
  return `resource "proxmox_lxc" "mapped" {
  node     = "${node}"
  migrate  = true${move}
  vmid     = ${MAPPED}
  hostname = "mapped-ct"
  template = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"

  rootfs {
    storage = "${storage}"
    size    = "4G"
  }
  mount_point {
    storage = "${storage}"
    size    = "1G"
    path    = "/srv/data"
  }
${maps(passed)}
}
`;
}

/** The `lxc.idmap` values the simulator's config file holds. */
function fileMaps(sim: ProxmoxSimulator): string[] {
  return (sim.state.guests.get(MAPPED)?.lxc ?? []).filter(([key]) => key === 'lxc.idmap').map(([, value]) => value);
}

const idmapCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox_lxc idmap and migration onto another storage',
  steps: [
    {
      config: mapped(1000, 'pve'),
      expect: { 'proxmox_lxc.mapped': 'create' },
      check({ target }) {
        assert.deepEqual(fileMaps(target).slice(0, 3), ['u 0 100000 1000', 'u 1000 1000 1', 'u 1001 101001 64535']);
        assert.equal(fileMaps(target).length, 6);
        assert.equal(target.state.guests.get(MAPPED)?.status, 'running');
      },
    },
    {
      // Moved to pve2 in restart mode, its root disk copied onto "fast": an update, not a replacement.
      config: mapped(1001, 'pve2'),
      expect: { 'proxmox_lxc.mapped': 'update' },
      async check({ target, resource }) {
        const ct = target.state.guests.get(MAPPED);
        assert.equal(ct?.node, 'pve2');
        assert.match(ct?.config.rootfs ?? '', /^fast:/, 'the root disk landed on the target storage');
        assert.equal(ct?.status, 'running');
        assert.deepEqual(fileMaps(target).slice(0, 3), ['u 0 100000 1001', 'u 1001 1001 1', 'u 1002 101002 64534']);
        const { values } = await resource('proxmox_lxc.mapped');
        assert.equal((values.rootfs as { storage: string }).storage, 'fast');
      },
    },
    {
      // Someone edits the config file on the node: the plan shows it, the apply puts the maps back.
      config: mapped(1001, 'pve2'),
      expect: { 'proxmox_lxc.mapped': 'update' },
      prepare({ target }) {
        const ct = target.state.guests.get(MAPPED);
        assert.ok(ct?.lxc);
        ct.lxc = ct.lxc.map(([key, value]) => [key, value === 'u 1001 1001 1' ? 'u 1001 2001 1' : value]);
      },
      check({ target, plan }) {
        assert.match(plan, /host_id\s+= 2001 -> 1001/);
        assert.ok(fileMaps(target).includes('u 1001 1001 1'));
        assert.ok(!fileMaps(target).includes('u 1001 2001 1'));
      },
    },
    {
      // Its volumes onto another storage on the same node: moved (move_volume, the container shut
      // down for it and started again), not replaced.
      config: mapped(1001, 'pve2', 'local-lvm'),
      expect: { 'proxmox_lxc.mapped': 'update' },
      check({ target }) {
        const ct = target.state.guests.get(MAPPED);
        assert.match(ct?.config.rootfs ?? '', /^local-lvm:/, 'the root disk moved');
        assert.match(ct?.config.mp0 ?? '', /^local-lvm:.*mp=\/srv\/data/, 'the mount point volume moved');
        assert.equal(ct?.status, 'running', 'started again after the move');
        const volumes = [...target.state.volumes.values()].filter((v) => v.vmid === MAPPED).map((v) => v.storage);
        assert.deepEqual(volumes.sort(), ['local-lvm', 'local-lvm'], 'the sources on "fast" were freed');
        assert.deepEqual(fileMaps(target).slice(0, 1), ['u 0 100000 1001'], 'the maps survive the move');
      },
    },
  ],
  imports: [{ address: 'proxmox_lxc.mapped', unreadable: ['template', 'migrate', 'migrate_target_storage'] }],
  leftovers: ({ state }) => [
    ...(state.guests.has(MAPPED) ? [`guest ${MAPPED}`] : []),
    ...[...state.volumes.values()].filter((v) => v.vmid === MAPPED).map((v) => `volume ${v.storage}:${v.name}`),
  ],
};

describe('proxmox_lxc at depth with terraform', () => {
  let e2e: ProxmoxE2e;
  let ssh: SimSshServer;
  before(async () => {
    e2e = await startProxmoxE2e({ extraNodes: ['pve2'] });
    const storage = await pveCall(e2e.sim, PVE_TOKEN, 'POST', '/storage', { storage: 'fast', type: 'dir', path: '/srv/fast', content: 'images,rootdir' });
    assert.equal(storage.status, 200, storage.message);
    // idmap goes over SSH.
    ssh = await startE2eSsh(e2e);
  });
  after(async () => {
    await ssh?.stop();
    await e2e?.close();
  });

  it('creates, changes in place, imports and destroys a container with IPv6, mount options, start order, a pool and UID/GID maps', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [depthCase, idmapCase]);
  });
});
