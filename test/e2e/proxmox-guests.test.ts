// proxmox_vm, proxmox_lxc and proxmox_vm_snapshot with the real terraform against the Proxmox
// simulator: every guest case in ONE workspace and ONE lifecycle run (create, update in place,
// replacement, drift, deletion outside, adoption with import blocks, import of every resource,
// destroy, nothing left), plus the changes the provider must refuse (a shrinking disk, a guest
// that ignores its shutdown) and the plan-time checks that spare a 400 at apply.
// The workspace logs in as root@pam with a ticket (container features other than nesting are
// root@pam-only); what an API token may not do is checked with the token (TOKEN_LOGIN).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { iscsiVolumes } from '../../src/sim/proxmox/iscsi-luns.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, ROOT_LOGIN, startProxmoxE2e, TOKEN_LOGIN, useTicketLogin, type ProxmoxE2e } from '../providers/proxmox/harness.js';

type Sim = ProxmoxSimulator;
const GIB = 1024 ** 3;

/** The simulator's guest behind a resource in state. */
async function guestOf(sim: Sim, resource: Promise<{ values: Record<string, unknown> }>) {
  const vmid = Number((await resource).values.vmid);
  const found = sim.state.guests.get(vmid);
  assert.ok(found, `guest ${vmid} exists in the simulator`);
  return found;
}

const importByNodeVmid = (address: string, unreadable?: readonly string[]) => ({
  address,
  id: (values: Record<string, unknown>) => `${String(values.node)}/${String(values.vmid)}`,
  ...(unreadable ? { unreadable } : {}),
});

// --- proxmox_vm: disks, NIC, cloud-init; spellings; growth, shrink refused; drift; import; replacement

function webConfig(fields: { cores?: number; size?: string; mac?: string; extraDisk?: boolean; tags?: string; vmid?: number; iso?: string } = {}): string {
  return `
resource "proxmox_vm" "web" {
  node        = "pve"
  ${fields.vmid ? `vmid = ${fields.vmid}` : ''}
  name        = "web"
  description = "managed by terraform"
  cores       = ${fields.cores ?? 2}
  memory      = 1024
  tags        = [${fields.tags ?? '"web", "prod"'}]
  boot_order  = ["scsi0", "net0"]
  cdrom       = "local:iso/${fields.iso ?? 'debian-12.7.0-amd64-netinst.iso'}"

  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "${fields.size ?? '8G'}"
    discard   = true
    ssd       = true
  }
${fields.extraDisk ? '  disk {\n    interface = "scsi1"\n    storage   = "local-lvm"\n    size      = "2G"\n  }\n' : ''}
  network {
    bridge  = "vmbr0"
    vlan_id = 20
    ${fields.mac ? `mac_address = "${fields.mac}"` : ''}
  }

  cloud_init {
    storage   = "local-lvm"
    user      = "admin"
    password  = "s3cret-pw"
    ssh_keys  = ["ssh-ed25519 AAAAC3Nza admin@laptop"]
    ip_config = ["ip=dhcp"]
    dns_servers = ["10.0.0.1"]
  }
}
`;
}

function legacyConfig(cdrom = ''): string {
  return `
import {
  to = proxmox_vm.legacy
  id = "pve/990"
}
resource "proxmox_vm" "legacy" {
  node    = "pve"
  name    = "legacy"
  cores   = 2
  memory  = 2048
  started = false
  ${cdrom === '' ? '' : `cdrom = "${cdrom}"`}
  network {}
}`;
}
const LEGACY = legacyConfig();

let webMac = '';
let webVmid = 0;
const webGrown = webConfig({ cores: 4, size: '12G', extraDisk: true });
// Another ISO in the CD-ROM: Proxmox appends the drive to the boot order, which the configured order must undo.
const webKept = webConfig({ cores: 4, size: '12G', iso: 'alpine-3.20.iso' });

const vmCase: LifecycleCase<Sim> = {
  name: 'proxmox_vm',
  steps: [
    {
      config: webConfig(),
      expect: { 'proxmox_vm.web': 'create' },
      async check({ target: sim, resource }) {
        const state = await resource('proxmox_vm.web');
        assert.equal(state.values.id, `pve/${state.values.vmid}`);
        assert.equal(state.values.started, true);
        const [disk] = state.values.disk as Array<Record<string, unknown>>;
        assert.match(String(disk?.volume), /^local-lvm:vm-\d+-disk-0$/);
        const [nic] = state.values.network as Array<Record<string, unknown>>;
        assert.match(String(nic?.mac_address), /^BC:24:11:/);
        webMac = String(nic?.mac_address).toLowerCase();
        const guest = await guestOf(sim, resource('proxmox_vm.web'));
        webVmid = guest.vmid;
        assert.equal(guest.status, 'running');
        assert.match(guest.config.scsi0 ?? '', /discard=on/);
        assert.match(guest.config.net0 ?? '', /tag=20/);
        assert.equal(guest.config.ciuser, 'admin');
        assert.equal(guest.config.ide0, `local-lvm:vm-${guest.vmid}-cloudinit,media=cdrom`);
        assert.match(JSON.stringify(state.sensitive_values?.cloud_init), /"password":true/);
      },
    },
    {
      // Other spellings of the same values (unit, case, order) change nothing.
      get config() {
        return webConfig({ size: '8192M', mac: webMac, tags: '"prod", "web"' });
      },
      check({ plan }) {
        assert.doesNotMatch(plan, /proxmox_vm\.web (will|must)/);
      },
    },
    {
      config: webGrown,
      expect: { 'proxmox_vm.web': 'update' },
      async check({ target: sim, resource }) {
        const guest = await guestOf(sim, resource('proxmox_vm.web'));
        assert.equal(guest.vmid, webVmid);
        assert.equal(guest.config.cores, '4');
        assert.match(guest.config.scsi0 ?? '', /size=12G/);
        assert.match(guest.config.scsi1 ?? '', /size=2G/);
      },
    },
    {
      // A dropped disk goes with its volume; drift (cores, power) is put back in the same apply.
      config: webKept,
      expect: { 'proxmox_vm.web': 'update' },
      refused: {
        config: webConfig({ cores: 4, size: '4G', extraDisk: true }),
        check({ target: sim }, result) {
          const output = result.stdout + result.stderr;
          assert.match(output, /Warning: Disks cannot shrink/, 'warned at plan time');
          assert.match(sim.state.guests.get(webVmid)?.config.scsi0 ?? '', /size=12G/, 'nothing changed');
          assert.match(result.stderr, /Error: Disks cannot shrink/);
          assert.match(result.stderr, /scsi0 is 12G; Proxmox cannot shrink it to 4G/);
          assert.match(result.stderr, /disk\[0\]\.size|size\s+=\s+"4G"/);
        },
      },
      prepare({ target: sim }) {
        const guest = sim.state.guests.get(webVmid);
        assert.ok(guest);
        guest.config.cores = '7';
        guest.status = 'stopped';
        sim.state.volumes.set('local:iso/alpine-3.20.iso', { storage: 'local', name: 'iso/alpine-3.20.iso', size: 1024, format: 'iso', content: 'iso' });
      },
      check({ target: sim, plan }) {
        assert.match(plan, /~ cores\s+= 7 -> 4/);
        assert.match(plan, /~ started\s+= false -> true/);
        const guest = sim.state.guests.get(webVmid);
        assert.equal(guest?.config.scsi1, undefined);
        assert.equal(sim.volumes('local-lvm').filter((v) => v.vmid === webVmid && v.name.includes('disk-1')).length, 0);
        assert.equal(guest?.config.cores, '4');
        assert.equal(guest?.status, 'running');
        assert.equal(guest?.config.boot, 'order=scsi0;net0', 'the configured boot order, sent after the CD-ROM change');
      },
    },
    {
      // Deleted outside terraform: created again. A VM made outside: adopted unchanged.
      config: `${webKept}${LEGACY}`,
      expect: { 'proxmox_vm.web': 'create' },
      prepare({ target: sim }) {
        sim.state.guests.delete(webVmid);
        sim.state.guests.set(990, {
          kind: 'qemu',
          vmid: 990,
          node: 'pve',
          config: { name: 'legacy', cores: '2', memory: '2048', net0: 'virtio=BC:24:11:AA:BB:CC,bridge=vmbr0', boot: 'order=net0' },
          pending: {},
          pendingDelete: new Set(),
          status: 'stopped',
          snapshots: new Map(),
        });
      },
      async check({ plan, ws }) {
        assert.match(plan, /proxmox_vm\.legacy will be imported/);
        assert.doesNotMatch(plan, /proxmox_vm\.legacy will be updated/);
        const missing = await ws.run(['import', '-no-color', '-input=false', 'proxmox_vm.ghost', 'pve/4242']);
        assert.notEqual(missing.code, 0, 'importing a VM that does not exist fails');
      },
    },
    {
      // The adopted VM gets a CD-ROM: Proxmox appends it to the boot order the configuration leaves unset.
      config: `${webConfig({ cores: 4, size: '12G', vmid: 4321 })}${legacyConfig('local:iso/debian-12.7.0-amd64-netinst.iso')}`,
      expect: { 'proxmox_vm.web': 'replace', 'proxmox_vm.legacy': 'update' },
      async check({ target: sim, resource }) {
        assert.equal(Number((await resource('proxmox_vm.web')).values.vmid), 4321);
        assert.deepEqual((await resource('proxmox_vm.legacy')).values.boot_order, ['net0', 'ide2']);
        assert.equal(sim.state.guests.has(webVmid), false);
      },
    },
  ],
  imports: [importByNodeVmid('proxmox_vm.web', ['cloud_init.password']), importByNodeVmid('proxmox_vm.legacy')],
  leftovers: (sim) => [...sim.vms(), ...sim.containers()].map((g) => `guest ${g.vmid}`),
};

// --- proxmox_vm cloned from a template: what is inherited is kept, only what is stated is managed

const TEMPLATE = `
resource "proxmox_vm" "template" {
  node     = "pve"
  vmid     = 9000
  name     = "golden"
  memory   = 2048
  bios     = "ovmf"
  template = true
  started  = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "4G"
    discard   = true
  }
  network {
    vlan_id = 20
  }
  network {
    bridge = "vmbr1"
  }
}
resource "proxmox_vm" "named_clone" {
  node   = "pve"
  name   = "from-golden"
  memory = 768
  clone {
    source_vmid = proxmox_vm.template.vmid
  }
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "6G"
  }
  network {}
}
`;

function cloneConfig(body: string, extra = ''): string {
  return `${TEMPLATE}
resource "proxmox_vm" "clone" {
  node = "pve"
  clone {
    source_vmid = proxmox_vm.template.vmid
  }
${body}
}${extra}`;
}

const IMPORTED_CLONE = `
import {
  to = proxmox_vm.imported
  id = "pve/880"
}
resource "proxmox_vm" "imported" {
  node    = "pve"
  cores   = 2
  started = false
  clone {
    source_vmid = proxmox_vm.template.vmid
  }
}`;

const cloneCase: LifecycleCase<Sim> = {
  name: 'proxmox_vm cloned from a template',
  steps: [
    {
      config: cloneConfig('  cores = 4'),
      expect: { 'proxmox_vm.template': 'create', 'proxmox_vm.clone': 'create', 'proxmox_vm.named_clone': 'create' },
      async check({ target: sim, resource }) {
        const guest = await guestOf(sim, resource('proxmox_vm.clone'));
        assert.equal(guest.config.cores, '4');
        assert.match(guest.config.scsi0 ?? '', /^local-lvm:vm-\d+-disk-0,discard=on,size=4G$/);
        assert.match(guest.config.net0 ?? '', /bridge=vmbr0,tag=20/);
        assert.match(guest.config.net1 ?? '', /bridge=vmbr1/);
        assert.equal(guest.config.bios, 'ovmf');
        assert.equal(guest.config.memory, '2048');
        assert.equal(guest.status, 'running');
        const state = (await resource('proxmox_vm.clone')).values;
        assert.equal(state.memory, 2048, 'state shows the inherited memory');
        assert.deepEqual(state.disk, []);
        // A clone with its own name, memory and a grown disk.
        const named = await guestOf(sim, resource('proxmox_vm.named_clone'));
        assert.equal(named.config.name, 'from-golden');
        assert.equal(named.config.memory, '768');
        assert.match(named.config.scsi0 ?? '', /size=6G/);
        assert.equal(named.status, 'running');
      },
    },
    {
      // An inherited disk named by interface alone grows and keeps its options.
      config: cloneConfig('  cores = 4\n  disk {\n    interface = "scsi0"\n    size      = "8G"\n  }'),
      expect: { 'proxmox_vm.clone': 'update' },
      async check({ target: sim, resource }) {
        const guest = await guestOf(sim, resource('proxmox_vm.clone'));
        assert.match(guest.config.scsi0 ?? '', /discard=on/);
        assert.match(guest.config.scsi0 ?? '', /size=8G/);
        assert.match(guest.config.net1 ?? '', /bridge=vmbr1/);
      },
    },
    {
      config: cloneConfig('  bios = "ovmf"\n  description = "web"'),
      expect: { 'proxmox_vm.clone': 'update' },
    },
    {
      // Removing settings from the configuration stops managing them: nothing is deleted. A VM
      // cloned outside terraform is adopted without replacing it or deleting what it inherited.
      config: cloneConfig('', IMPORTED_CLONE),
      prepare({ target: sim }) {
        sim.state.guests.set(880, {
          kind: 'qemu',
          vmid: 880,
          node: 'pve',
          status: 'stopped',
          snapshots: new Map(),
          pending: {},
          pendingDelete: new Set(),
          config: { name: 'old-clone', cores: '2', memory: '2048', bios: 'ovmf', net0: 'virtio=BC:24:11:AA:BB:01,bridge=vmbr0' },
        });
      },
      async check({ target: sim, resource, plan }) {
        const guest = await guestOf(sim, resource('proxmox_vm.clone'));
        assert.equal(guest.config.bios, 'ovmf');
        assert.equal(guest.config.description, 'web');
        assert.equal(guest.config.cores, '4', 'cores stays as last set');
        assert.match(guest.config.scsi0 ?? '', /size=8G/);
        assert.match(plan, /proxmox_vm\.imported will be (imported|updated in-place)[^]*imported from "pve\/880"/);
        assert.doesNotMatch(plan, /proxmox_vm\.(clone|imported) must be replaced/);
        const imported = sim.state.guests.get(880);
        assert.equal(imported?.config.bios, 'ovmf', 'nothing inherited is deleted');
        assert.match(imported?.config.net0 ?? '', /vmbr0/);
      },
    },
  ],
  // A clone's import cannot know its source template, so what it inherited reads as its own
  // settings: the clones are adopted with an import block above (proxmox_vm.imported) instead.
  imports: [importByNodeVmid('proxmox_vm.template')],
  leftovers: (sim) => sim.vms().map((g) => `VM ${g.vmid}`),
};

// --- templates and restarts on a real server's terms

function restartConfig(fields: { cores?: number; user?: string; reboot?: boolean } = {}): string {
  return `
resource "proxmox_vm" "golden" {
  node     = "pve"
  vmid     = 9100
  template = true
  started  = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "4G"
  }
}
resource "proxmox_vm" "restarted" {
  node             = "pve"
  vmid             = 300
  cores            = ${fields.cores ?? 2}
  shutdown_timeout = 45
  ${fields.reboot === undefined ? '' : `reboot_after_update = ${fields.reboot}`}
  cloud_init {
    storage = "local-lvm"
    user    = "${fields.user ?? 'admin'}"
  }
}`;
}

const calls = (sim: Sim, pattern: RegExp) => sim.requests.filter((r) => pattern.test(`${r.method} ${r.path}`));

const restartCase: LifecycleCase<Sim> = {
  name: 'proxmox_vm templates and restarts',
  steps: [
    {
      // template = true converts through POST .../template, not a config flag.
      config: restartConfig(),
      expect: { 'proxmox_vm.golden': 'create', 'proxmox_vm.restarted': 'create' },
      check({ target: sim }) {
        assert.equal(calls(sim, /^POST \S*\/nodes\/pve\/qemu\/9100\/template$/).length, 1);
        const writes = calls(sim, /^(POST|PUT) \S*\/nodes\/pve\/qemu(\/9100\/config)?$/);
        assert.ok(
          writes.every((r) => r.params.template === undefined),
          'no write sets the template flag itself',
        );
        assert.equal(sim.state.guests.get(9100)?.config.template, '1');
      },
    },
    {
      // A pending change on a running VM: a graceful shutdown with shutdown_timeout, then a start.
      config: restartConfig({ cores: 4 }),
      expect: { 'proxmox_vm.restarted': 'update' },
      prepare({ target: sim }) {
        sim.requests.length = 0;
      },
      check({ target: sim }) {
        const power = calls(sim, /\/qemu\/300\/status\/(shutdown|start|reboot|stop)$/);
        assert.deepEqual(
          power.map((r) => r.path.split('/').pop()),
          ['shutdown', 'start'],
        );
        assert.equal(power[0]?.params.timeout, '45');
        assert.equal(power[0]?.params.forceStop, undefined);
        assert.equal(sim.state.guests.get(300)?.config.cores, '4');
        assert.equal(sim.state.guests.get(300)?.status, 'running');
      },
    },
    {
      // A cloud-init change regenerates the drive and restarts the VM so the guest reads it.
      config: restartConfig({ cores: 4, user: 'ops' }),
      expect: { 'proxmox_vm.restarted': 'update' },
      prepare({ target: sim }) {
        sim.requests.length = 0;
      },
      check({ target: sim }) {
        assert.equal(calls(sim, /^PUT .*\/qemu\/300\/cloudinit$/).length, 1);
        assert.deepEqual(
          calls(sim, /\/qemu\/300\/status\/(shutdown|start)$/).map((r) => r.path.split('/').pop()),
          ['shutdown', 'start'],
        );
        assert.equal(sim.state.guests.get(300)?.config.ciuser, 'ops');
      },
    },
    {
      // reboot_after_update = false leaves the change pending and warns.
      config: restartConfig({ cores: 8, user: 'ops', reboot: false }),
      expect: { 'proxmox_vm.restarted': 'update' },
      refused: {
        // A guest ignoring the shutdown fails the update with an error naming the waiting change.
        config: restartConfig({ cores: 6, user: 'ops' }),
        prepare({ target: sim }) {
          Object.assign(sim.faults, { failTasks: 1, taskMatch: /qmshutdown/, taskFailureMessage: 'VM quit/powerdown failed - got timeout' });
        },
        check({ target: sim }, result) {
          assert.match(result.stderr, /VM 300 did not shut down within 45 s, so the changes to cores are not\s+applied/);
          assert.match(result.stderr, /ACPI/);
          assert.match(result.stderr, /quit\/powerdown failed - got timeout/);
          assert.equal(sim.state.guests.get(300)?.status, 'running', 'not forced off');
        },
      },
      prepare({ target: sim }) {
        sim.requests.length = 0;
      },
      check({ target: sim, applied }) {
        assert.equal(calls(sim, /\/qemu\/300\/status\/(shutdown|reboot|stop)$/).length, 0);
        assert.match(applied.stdout + applied.stderr, /Changes wait for a restart of VM 300/);
        assert.match(applied.stdout + applied.stderr, /cores/);
        assert.equal(sim.state.guests.get(300)?.pending.cores, '8');
      },
    },
  ],
  imports: [
    { address: 'proxmox_vm.golden', id: () => 'pve/9100' },
    // How to restart is the provider's own setting, not the server's: an import takes the defaults.
    { address: 'proxmox_vm.restarted', id: () => 'pve/300', unreadable: ['shutdown_timeout', 'reboot_after_update'] },
  ],
  leftovers: (sim) => sim.vms().map((g) => `VM ${g.vmid}`),
};

// --- an iSCSI LUN attached with `disk { volume }`, found with data "proxmox_storage_content"

const ISCSI_TARGET = 'iqn.2005-10.org.freenas.ctl:lab';

const lunConfig = (extraDisk = '') => `
data "proxmox_storage_content" "san" {
  node    = "pve"
  storage = "san"
  content = "images"
}
resource "proxmox_vm" "app" {
  node    = "pve"
  name    = "app"
  started = false
${extraDisk}
  disk {
    interface = "scsi1"
    volume    = data.proxmox_storage_content.san.volumes[0].volid
  }
}
output "luns" { value = data.proxmox_storage_content.san.volumes }
output "disks" { value = proxmox_vm.app.disk }
`;

interface DiskOut {
  interface: string;
  storage: string;
  size: string;
  volume: string;
}

const lunCase: LifecycleCase<Sim> = {
  name: 'proxmox_vm with an iSCSI LUN',
  steps: [
    {
      config: lunConfig(),
      expect: { 'proxmox_vm.app': 'create' },
      async check({ target: sim, ws }) {
        const luns = (await ws.output('luns')) as Array<{ volid: string; size: number; format: string; content: string; vmid: number | null }>;
        assert.equal(luns.length, 1);
        const [lun] = luns;
        assert.match(lun?.volid ?? '', /^san:0\.0\.0\.scsi-/);
        assert.deepEqual([lun?.size, lun?.format, lun?.content, lun?.vmid], [16 * GIB, 'raw', 'images', null]);
        const [disk] = (await ws.output('disks')) as DiskOut[];
        assert.deepEqual({ storage: disk?.storage, size: disk?.size, volume: disk?.volume }, { storage: 'san', size: '16G', volume: luns[0]?.volid });
        assert.deepEqual(sim.volumes('san'), [], 'nothing allocated on the iSCSI storage');
      },
    },
    {
      // A disk added before it: each disk keeps its own volume.
      config: lunConfig(`  disk {\n    interface = "scsi0"\n    storage   = "local-lvm"\n    size      = "4G"\n  }`),
      expect: { 'proxmox_vm.app': 'update' },
      async check({ ws, resource }) {
        const vmid = Number((await resource('proxmox_vm.app')).values.vmid);
        const disks = (await ws.output('disks')) as DiskOut[];
        assert.deepEqual(
          disks.map((d) => [d.interface, d.volume.replace(/scsi-.*/, 'scsi-LUN')]),
          [
            ['scsi0', `local-lvm:vm-${vmid}-disk-0`],
            ['scsi1', 'san:0.0.0.scsi-LUN'],
          ],
        );
      },
    },
  ],
  imports: [importByNodeVmid('proxmox_vm.app')],
  // The VM and its local disk go; the LUN is the SAN's and stays listed on the storage.
  leftovers: (sim) => [
    ...sim.volumes('local-lvm').map((v) => `volume ${v.name}`),
    ...(sim.state.storages.has('san') ? [] : ['the san storage is gone']),
    ...(iscsiVolumes(sim.state, sim.state.storages.get('san')!).length === 1 ? [] : ['the LUN is no longer listed on the san storage']),
  ],
};

// --- proxmox_lxc with a mount point, and proxmox_vm_snapshot

const CT_TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

function lxcConfig(fields: { memory?: number; rootSize?: string; mount?: boolean; snapshotNote?: string } = {}): string {
  return `
resource "proxmox_lxc" "dns" {
  node     = "pve"
  hostname = "dns"
  template = "${CT_TEMPLATE}"
  password = "ct-root-pw"
  memory   = ${fields.memory ?? 256}
  nesting  = true
  tags     = ["dns"]
  rootfs {
    storage = "local-lvm"
    size    = "${fields.rootSize ?? '4G'}"
  }
${(fields.mount ?? true) ? '  mount_point {\n    storage = "local-lvm"\n    size    = "1G"\n    path    = "/srv/zones"\n  }\n' : ''}  network {
    bridge  = "vmbr0"
    ip      = "10.0.0.53/24"
    gateway = "10.0.0.1"
  }
}
resource "proxmox_vm" "box" {
  node    = "pve"
  name    = "box"
  started = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "2G"
  }
}
resource "proxmox_vm_snapshot" "clean" {
  node        = proxmox_vm.box.node
  vmid        = proxmox_vm.box.vmid
  name        = "clean"
  description = "${fields.snapshotNote ?? 'fresh install'}"
}
`;
}

const lxcSettled = lxcConfig({ memory: 512, rootSize: '6G', mount: false, snapshotNote: 'after setup' });
const box = (sim: Sim) => sim.vms().find((g) => g.config.name === 'box');

const lxcCase: LifecycleCase<Sim> = {
  name: 'proxmox_lxc and proxmox_vm_snapshot',
  steps: [
    {
      config: lxcConfig(),
      expect: { 'proxmox_lxc.dns': 'create', 'proxmox_vm.box': 'create', 'proxmox_vm_snapshot.clean': 'create' },
      async check({ target: sim, resource }) {
        const container = await guestOf(sim, resource('proxmox_lxc.dns'));
        assert.equal(container.status, 'running');
        assert.equal(container.config.hostname, 'dns');
        assert.match(container.config.mp0 ?? '', /mp=\/srv\/zones/);
        assert.match(container.config.net0 ?? '', /hwaddr=BC:24:11:/);
        assert.equal(container.config.features, 'nesting=1');
        assert.equal(box(sim)?.snapshots.get('clean')?.description, 'fresh install');
      },
    },
    {
      // Memory, a grown root disk, a removed mount point (no unused volume left), a snapshot description.
      config: lxcSettled,
      expect: { 'proxmox_lxc.dns': 'update', 'proxmox_vm_snapshot.clean': 'update' },
      async check({ target: sim, resource }) {
        const container = await guestOf(sim, resource('proxmox_lxc.dns'));
        assert.equal(container.config.memory, '512');
        assert.match(container.config.rootfs ?? '', /size=6G/);
        assert.equal(container.config.mp0, undefined);
        assert.equal(
          Object.keys(container.config).some((k) => k.startsWith('unused')),
          false,
        );
        assert.equal(box(sim)?.snapshots.get('clean')?.description, 'after setup');
      },
    },
    {
      // Deleted outside terraform: both created again. Shrinking the root disk is refused first.
      config: lxcSettled,
      expect: { 'proxmox_lxc.dns': 'create', 'proxmox_vm_snapshot.clean': 'create' },
      refused: {
        config: lxcConfig({ memory: 512, rootSize: '2G', mount: false, snapshotNote: 'after setup' }),
        check({ target: sim }, result) {
          assert.match(result.stderr, /Disks cannot shrink/);
          assert.match(sim.containers().find((c) => c.config.hostname === 'dns')?.config.rootfs ?? '', /size=6G/, 'nothing changed');
        },
      },
      prepare({ target: sim }) {
        const container = sim.containers().find((c) => c.config.hostname === 'dns');
        assert.ok(container);
        sim.state.guests.delete(container.vmid);
        box(sim)?.snapshots.delete('clean');
      },
    },
  ],
  imports: [
    // Proxmox keeps neither the root password nor the template a container was made from.
    importByNodeVmid('proxmox_lxc.dns', ['password', 'template']),
    importByNodeVmid('proxmox_vm.box'),
    { address: 'proxmox_vm_snapshot.clean', id: (values) => `${String(values.node)}/${String(values.vmid)}/clean` },
  ],
  leftovers: (sim) => [...sim.vms(), ...sim.containers()].map((g) => `guest ${g.vmid}`),
};

// --- container features other than nesting: root@pam only (the workspace's ticket login)

const FEATURES = `
resource "proxmox_lxc" "docker" {
  node        = "pve"
  vmid        = 250
  template    = "${CT_TEMPLATE}"
  nesting     = true
  keyctl      = true
  fuse        = true
  mount_types = ["nfs", "cifs"]
  started     = false
  rootfs {
    storage = "local-lvm"
    size    = "4G"
  }
}
`;

const featuresCase: LifecycleCase<Sim> = {
  name: 'proxmox_lxc root@pam-only features',
  steps: [
    {
      config: FEATURES,
      expect: { 'proxmox_lxc.docker': 'create' },
      check({ target: sim }) {
        const features = sim.state.guests.get(250)?.config.features ?? '';
        assert.match(features, /keyctl=1/);
        assert.match(features, /fuse=1/);
        assert.match(features, /mount=cifs;nfs/);
      },
    },
  ],
  imports: [{ address: 'proxmox_lxc.docker', id: () => 'pve/250', unreadable: ['template'] }],
  leftovers: (sim) => sim.containers().map((g) => `container ${g.vmid}`),
};

describe('proxmox guests with terraform: VMs, clones, restarts, an iSCSI LUN, containers, snapshots', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e({ users: [ROOT_LOGIN] });
    useTicketLogin(e2e.ws);
    e2e.sim.addIscsiLun(ISCSI_TARGET, { lun: 0, size: 16 * GIB });
    // The storage exists outside this configuration, so destroying the VM leaves it listed.
    e2e.sim.state.storages.set('san', {
      storage: 'san',
      type: 'iscsi',
      options: { portal: '192.0.2.10', target: ISCSI_TARGET, content: 'images' },
      secrets: {},
      capacity: 0,
    });
  });
  after(() => e2e?.close());

  it('refuses bad configuration with diagnostics naming the attribute', async () => {
    e2e.config(`
resource "proxmox_vm" "bad" {
  node = "pve"
  cores = 0
  tags = ["Web"]
  template = true
  disk {
    interface = "scsi99"
    storage = "local-lvm"
    size = "8 gigs"
  }
}
resource "proxmox_vm" "bus" {
  node = "pve"
  disk {
    interface = "virtio0"
    storage   = "local-lvm"
    size      = "8G"
    ssd       = true
  }
  disk {
    interface = "sata1"
    storage   = "local-lvm"
    size      = "8G"
    iothread  = true
  }
  disk {
    interface = "ide2"
    storage   = "local-lvm"
    size      = "8G"
  }
}
resource "proxmox_vm" "lun" {
  node = "pve"
  disk {
    interface = "scsi0"
    volume    = "san:0.0.0.scsi-x"
    storage   = "local-lvm"
  }
  disk {
    interface = "scsi1"
  }
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    const text = result.stderr + result.stdout;
    assert.match(text, /"cores" must be between 1 and 1024, got 0/);
    assert.match(text, /"interface" must be scsiN/);
    assert.match(text, /"size" must be a size with a unit/);
    assert.match(text, /Set started = false on a VM with template = true/);
    assert.match(text, /"tags" must hold lower-case tags [^]*got "Web"/);
    // Options a bus does not have, and the slots proxmox_vm uses itself (ide0 cloud-init, ide2 CD-ROM).
    assert.match(text, /VirtIO block disks \(virtio0\) have no ssd option/);
    assert.match(text, /SATA disks \(sata1\) have no iothread option/);
    assert.match(text, /ide2 holds the CD-ROM drive/);
    assert.match(text, /disk\[0\]\.ssd|ssd\s+=\s+true/);
    // A disk sets either an existing volume or a size on a storage.
    assert.match(text, /Conflicting disk settings/);
    assert.match(text, /Missing disk setting/);
  });

  it('refuses at plan time a snapshot of a VM whose disks cannot be snapshotted, and root@pam-only container features under an API token', async () => {
    // A VM made outside terraform with a raw image on the directory storage "local".
    e2e.sim.state.guests.set(700, {
      kind: 'qemu',
      vmid: 700,
      node: 'pve',
      config: { name: 'raw', scsi0: 'local:700/vm-700-disk-0.raw,size=1G' },
      pending: {},
      pendingDelete: new Set(),
      status: 'stopped',
      snapshots: new Map(),
    });
    try {
      e2e.config(`
resource "proxmox_vm_snapshot" "snap" {
  node = "pve"
  vmid = 700
  name = "before"
}
${FEATURES}`);
      const result = await e2e.ws.run(['plan', '-no-color', '-input=false'], TOKEN_LOGIN);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /VM 700 has disks Proxmox cannot snapshot/);
      assert.match(result.stderr, /scsi0 \(local:700\/vm-700-disk-0\.raw\): it is a raw image on dir storage local/);
      assert.equal(e2e.sim.state.guests.get(700)?.snapshots.size, 0);
      // keyctl, fuse and mount need a root@pam ticket login: the plan names them and the login to use.
      assert.match(result.stderr, /Needs a root@pam login/);
      assert.match(result.stderr, /the API token root@pam!tf is not root@pam/);
      assert.match(result.stderr, /PROXMOX_VE_USERNAME=root@pam/);
      for (const name of ['keyctl', 'fuse', 'mount_types']) assert.match(result.stderr, new RegExp(`${name}\\s+=`), name);
      assert.equal(e2e.sim.containers().length, 0);
    } finally {
      e2e.sim.state.guests.delete(700);
    }
  });

  it('runs every guest lifecycle in one workspace: create, update, refused changes, drift, adoption, replacement, import, destroy', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [vmCase, cloneCase, restartCase, lunCase, lxcCase, featuresCase]);
  });
});
