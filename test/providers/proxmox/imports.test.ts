// Importing objects made outside terraform (the web UI, `pveum`/`ha-manager`, the installer), in
// process against the simulator holding them as the server stores them: import + plan with the
// configuration that describes them plans no change. And an import id that names nothing, or
// has the wrong form, fails for every resource type with an error naming the expected form.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { proxmoxCatalog } from '../../../src/providers/proxmox/catalog.js';
import { haResourceResource } from '../../../src/providers/proxmox/resources/ha-resource.js';
import { realmResource } from '../../../src/providers/proxmox/resources/realm.js';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, TOKEN, type Harness } from '../../clients/proxmox/harness.js';
import { pveCall, taskResult } from '../../sim/proxmox/pve-raw.js';
import type { Attributes } from '../truenas/plan-apply.js';
import { providerData } from './in-process.js';
import { ROOT_LOGIN } from './harness.js';
import { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { UI_CT_TEMPLATE, UI_ISO, uiWizardContainer, uiWizardVm } from './ui-made-guests.js';

describe('proxmox objects made outside terraform import with an empty plan', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ users: [ROOT_LOGIN] });
    const guest = {
      kind: 'qemu',
      vmid: 100,
      node: 'pve',
      config: { name: 'web' },
      pending: {},
      pendingDelete: new Set<string>(),
      status: 'stopped',
      snapshots: new Map(),
    };
    h.sim.state.guests.set(100, guest as never);
  });
  after(() => h.close());

  it('proxmox_ha_resource: failback left to its default (web UI) or stored as 1 (ha-manager) reads true', async () => {
    const ha = inProcessWith(haResourceResource, providerData(h.client));
    // The web UI leaves failback out when it keeps its default (ResourceEdit.js delete_if_default).
    await h.client.datacenter.create('ha/resources', 'vm:100', {});
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100', failback: true }), []);
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100' }), []);
    await h.client.datacenter.update('ha/resources', 'vm:100', { failback: true });
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100', failback: true }), []);
    await h.client.datacenter.update('ha/resources', 'vm:100', { failback: false });
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100', failback: false }), []);
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100', failback: true }), ['failback']);
    await h.client.datacenter.delete('ha/resources', 'vm:100');
  });

  it('proxmox_realm: not the default, whether unchecked in the web UI (default 0) or never set (pveum)', async () => {
    const realm = inProcessWith(realmResource, providerData(h.client));
    const ldap = { type: 'ldap', server1: 'ldap.example.com', base_dn: 'dc=example,dc=com', user_attr: 'uid' };
    await h.client.realms.create({ realm: 'webui', ...ldap, default: 0 });
    await h.client.realms.create({ realm: 'cli', ...ldap });
    for (const name of ['webui', 'cli']) {
      assert.deepEqual(await realm.changesAfterImport(name, { realm: name, ...ldap, default: false }), [], name);
      assert.deepEqual(await realm.changesAfterImport(name, { realm: name, ...ldap }), [], name);
      assert.deepEqual(await realm.changesAfterImport(name, { realm: name, ...ldap, default: true }), ['default'], name);
    }
    // Made the default and back: false is a delete of the marker, which reads false again.
    const imported = (await realm.importId('cli')).state!;
    const made = await realm.apply({ realm: 'cli', ...ldap, default: true }, imported);
    assert.deepEqual([made.errors, made.state['default']], [[], true]);
    const cleared = await realm.apply({ realm: 'cli', ...ldap }, made.state);
    assert.deepEqual([cleared.errors, cleared.state['default']], [[], false]);
    assert.equal(h.sim.state.realms.domains.get('cli')?.default, undefined);
  });

  // What the web UI's Create VM wizard sends for a Linux guest with its defaults (pve-manager
  // www/manager6/qemu/CreateWizard.js, OSDefaults.js l26: virtio-scsi-single, SCSI disk with
  // iothread "on", virtio NIC with the firewall box ticked, x86-64-v2-AES, numa 0 from the
  // unticked box, 2048 MiB), then a cloud-init drive and settings added on its Hardware and
  // Cloud-Init panels (CIDriveEdit.js: the first free IDE slot).
  const ISO = UI_ISO;
  const uiLinuxVm = uiWizardVm(110);
  const linuxVmConfig = {
    node: 'pve',
    vmid: 110,
    name: 'web',
    os_type: 'l26',
    cdrom: ISO,
    scsi_hardware: 'virtio-scsi-single',
    sockets: 1,
    cores: 2,
    cpu_type: 'x86-64-v2-AES',
    memory: 2048,
    started: false,
    disk: [{ interface: 'scsi0', storage: 'local-lvm', size: '32G', iothread: true }],
    network: [{ model: 'virtio', bridge: 'vmbr0', firewall: true }],
  };

  it('proxmox_vm made by the web UI wizard (iothread=on, numa=0) imports with an empty plan, also with a cloud-init drive added', async () => {
    await h.client.qemu.create('pve', uiLinuxVm as never);
    // The server stores the drive's boolean as it parsed it (parse_property_string): iothread=1.
    assert.match(String((await h.client.qemu.config('pve', 110)).scsi0), /iothread=1/);
    const vm = inProcessWith(vmResource, providerData(h.client));
    assert.deepEqual(await vm.changesAfterImport('pve/110', linuxVmConfig), []);
    // numa left out reads unset; written false, the next apply records it without a change on the server.
    const imported = (await vm.importId('pve/110')).state!;
    assert.equal(imported['numa'], null);
    await h.client.qemu.update('pve', 110, { ide0: 'local-lvm:cloudinit', ciuser: 'debian', ipconfig0: 'ip=dhcp' } as never);
    const withCloudInit = { ...linuxVmConfig, cloud_init: { storage: 'local-lvm', user: 'debian', ip_config: ['ip=dhcp'] } };
    assert.deepEqual(await vm.changesAfterImport('pve/110', withCloudInit), []);
  });

  it('proxmox_vm: a drive or NIC boolean a hand-edited config file spells "on" reads true', async () => {
    const guest = h.sim.state.guests.get(110)!;
    guest.config.scsi0 = String(guest.config.scsi0).replace('iothread=1', 'iothread=on');
    guest.config.net0 = String(guest.config.net0).replace('firewall=1', 'firewall=on');
    const vm = inProcessWith(vmResource, providerData(h.client));
    const imported = (await vm.importId('pve/110')).state!;
    const [disk] = imported['disk'] as Array<Record<string, unknown>>;
    const [nic] = imported['network'] as Array<Record<string, unknown>>;
    assert.deepEqual([disk?.['iothread'], nic?.['firewall']], [true, true]);
  });

  it('proxmox_vm: a Windows 11 VM of the wizard (q35 pinned, OVMF with pre-enrolled keys, TPM) imports with an empty plan, no replacement', async () => {
    // SystemEdit.js setMachine for win11: q35, OVMF, TPM ticked; HDEfi.js: efitype 4m, pre-enrolled keys ticked.
    await h.client.qemu.create('pve', {
      vmid: 111,
      name: 'win',
      ostype: 'win11',
      machine: 'q35',
      bios: 'ovmf',
      efidisk0: 'local-lvm:1,efitype=4m,pre-enrolled-keys=1',
      tpmstate0: 'local-lvm:1,version=v2.0',
      ide2: `${ISO},media=cdrom`,
      scsihw: 'virtio-scsi-single',
      agent: 1,
      sata0: 'local-lvm:64',
      sockets: 1,
      cores: 4,
      numa: 0,
      cpu: 'x86-64-v2-AES',
      memory: 4096,
      net0: 'e1000e,bridge=vmbr0,firewall=1',
    } as never);
    assert.equal((await h.client.qemu.config('pve', 111)).machine, 'pc-q35-10.1+pve0');
    const config = {
      node: 'pve',
      vmid: 111,
      name: 'win',
      os_type: 'win11',
      machine: 'q35',
      bios: 'ovmf',
      agent: true,
      cdrom: ISO,
      scsi_hardware: 'virtio-scsi-single',
      sockets: 1,
      cores: 4,
      cpu_type: 'x86-64-v2-AES',
      memory: 4096,
      started: false,
      efi_disk: { storage: 'local-lvm' },
      tpm_state: { storage: 'local-lvm' },
      disk: [{ interface: 'sata0', storage: 'local-lvm', size: '64G' }],
      network: [{ model: 'e1000e', bridge: 'vmbr0', firewall: true }],
    };
    const vm = inProcessWith(vmResource, { ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
    assert.deepEqual(await vm.changesAfterImport('pve/111', config), []);
    const imported = (await vm.importId('pve/111')).state!;
    const planned = await vm.apply(config, imported);
    assert.deepEqual([planned.replacing, planned.errors], [[], []]);
    // A pinned version written in the configuration is a change of its own, from the pinned one or from "q35".
    assert.ok((await vm.changesAfterImport('pve/111', { ...config, machine: 'pc-q35-9.2+pve1' })).includes('machine'));
    // Made by terraform the same way: the pinned machine reads as the configured "q35", and an unset pre_enrolled_keys is false.
    const made = await vm.apply({ ...config, vmid: 112, name: 'win2' }, null);
    assert.deepEqual([made.errors, made.state['machine'], (made.state['efi_disk'] as Record<string, unknown>)['pre_enrolled_keys']], [[], 'q35', false]);
    assert.deepEqual(await vm.changesAfterRefresh({ ...config, vmid: 112, name: 'win2' }, made.state), []);
    assert.ok((await vm.changesAfterRefresh({ ...config, vmid: 112, name: 'win2', machine: 'pc-q35-10.1+pve0' }, made.state)).includes('machine'));
  });

  it('proxmox_lxc made by the web UI wizard, a mount point added, imports without a replacement: only the template and password it cannot read are recorded', async () => {
    const template = UI_CT_TEMPLATE;
    await h.client.lxc.create('pve', uiWizardContainer(210) as never);
    // A mount point added on its Resources panel (lxc/MPEdit.js), "Backup" ticked.
    await h.client.lxc.update('pve', 210, { mp0: 'local-lvm:4,mp=/srv/data,backup=true' } as never);
    assert.match(String((await h.client.lxc.config('pve', 210)).mp0), /backup=1/);
    const ct = inProcessWith(lxcResource, providerData(h.client));
    const config = {
      node: 'pve',
      vmid: 210,
      hostname: 'ct',
      nesting: true,
      cores: 1,
      rootfs: { storage: 'local-lvm', size: '8G' },
      mount_point: [{ storage: 'local-lvm', size: '4G', path: '/srv/data', backup: true }],
      network: [{ name: 'eth0', bridge: 'vmbr0', ip: 'dhcp', ip6: 'dhcp', firewall: true }],
    };
    assert.deepEqual(await ct.changesAfterImport('pve/210', config), []);
    // With the template and password written too: recorded by an in-place update, never a replacement.
    const imported = (await ct.importId('pve/210')).state!;
    const recorded = await ct.apply({ ...config, template, password: 'secret123' }, imported);
    assert.deepEqual([recorded.replacing, recorded.errors], [[], []]);
    assert.deepEqual(await ct.changesAfterRefresh({ ...config, template, password: 'secret123' }, recorded.state), []);
  });

  /** A call as the web UI makes it; a task it starts is awaited. */
  const uiCall = async (method: string, path: string, params: Record<string, string | number>): Promise<void> => {
    const answer = await pveCall(h.sim, TOKEN, method, path, params);
    assert.equal(answer.status, 200, `${method} ${path}: ${answer.message}`);
    if (typeof answer.data === 'string' && answer.data.startsWith('UPID:')) assert.equal(await taskResult(h.sim, answer.data), 'OK');
  };
  const resourceNamed = async (type: string) =>
    inProcessWith(await proxmoxCatalog.resources.find((entry) => entry.name === type)!.load(), providerData(h.client));
  const ISO_URL = 'https://cdimage.example.org/debian-13.iso';

  it('snapshots, node network and settings, an ACME plugin and a downloaded ISO made in the web UI import with an empty plan', async () => {
    await h.client.qemu.create('pve', { vmid: 130, name: 'snap', memory: 512, start: 1 } as never);
    await h.client.lxc.create('pve', { vmid: 230, ostemplate: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst', rootfs: 'local-lvm:8' } as never);
    // window/Snapshot.js: "Include RAM" ticked for a running VM; the description box sent even empty.
    await uiCall('POST', '/nodes/pve/qemu/130/snapshot', { snapname: 'before', description: 'before upgrade', vmstate: 1 });
    await uiCall('POST', '/nodes/pve/lxc/230/snapshot', { snapname: 'plain', description: '' });
    // The node's Network panel: autostart ticked; a bond of two NICs, a bridge on it, a VLAN on vmbr0.
    await uiCall('POST', '/nodes/pve/network', { iface: 'bond0', type: 'bond', autostart: 1, slaves: 'eno2 eno3', bond_mode: 'balance-rr' });
    await uiCall('POST', '/nodes/pve/network', {
      iface: 'vmbr1',
      type: 'bridge',
      autostart: 1,
      bridge_ports: 'bond0',
      cidr: '192.168.2.1/24',
      comments: 'lab',
    });
    await uiCall('POST', '/nodes/pve/network', { iface: 'vmbr0.10', type: 'vlan', autostart: 1, cidr: '10.10.0.2/24' });
    await uiCall('PUT', '/nodes/pve/network', {});
    await uiCall('PUT', '/nodes/pve/dns', { search: 'example.com', dns1: '1.1.1.1', dns2: '9.9.9.9' });
    await uiCall('PUT', '/nodes/pve/time', { timezone: 'Europe/Vienna' });
    const hosts = await h.client.settings.hosts('pve');
    const hostsContent = `${hosts.data}10.0.0.9 nas.lan nas\n`;
    await uiCall('POST', '/nodes/pve/hosts', { data: hostsContent, ...(hosts.digest !== undefined ? { digest: hosts.digest } : {}) });
    // Datacenter > ACME > Add DNS plugin: the credentials base64 encoded.
    await uiCall('POST', '/cluster/acme/plugins', {
      id: 'cloudflare',
      type: 'dns',
      api: 'cf',
      data: Buffer.from('CF_Token=abc\nCF_Account_ID=def').toString('base64'),
    });
    // Storage > ISO Images > Download from URL (window/DownloadUrlToStorage.js).
    await uiCall('POST', '/nodes/pve/storage/local/download-url', { url: ISO_URL, filename: 'debian-13.iso', content: 'iso', 'verify-certificates': 1 });

    const made: Array<[type: string, id: string, config: Attributes]> = [
      ['proxmox_vm_snapshot', 'pve/130/before', { node: 'pve', vmid: 130, name: 'before', description: 'before upgrade', include_ram: true }],
      ['proxmox_lxc_snapshot', 'pve/230/plain', { node: 'pve', vmid: 230, name: 'plain' }],
      ['proxmox_network_bond', 'pve:bond0', { node: 'pve', name: 'bond0', slaves: ['eno2', 'eno3'] }],
      ['proxmox_network_bridge', 'pve:vmbr1', { node: 'pve', name: 'vmbr1', ports: ['bond0'], address: '192.168.2.1/24', comment: 'lab' }],
      ['proxmox_network_vlan', 'pve:vmbr0.10', { node: 'pve', name: 'vmbr0.10', address: '10.10.0.2/24' }],
      ['proxmox_node_dns', 'pve', { node: 'pve', search: 'example.com', servers: ['1.1.1.1', '9.9.9.9'] }],
      ['proxmox_node_time', 'pve', { node: 'pve', timezone: 'Europe/Vienna' }],
      ['proxmox_node_hosts', 'pve', { node: 'pve', content: hostsContent }],
      // The credentials are not read on import (documented): left out, nothing changes.
      ['proxmox_acme_plugin', 'cloudflare', { plugin_id: 'cloudflare', api: 'cf' }],
      ['proxmox_download_file', 'pve/local:iso/debian-13.iso', { node: 'pve', storage: 'local', content: 'iso', file_name: 'debian-13.iso' }],
    ];
    for (const [type, id, config] of made) {
      assert.deepEqual(await (await resourceNamed(type)).changesAfterImport(id, config), [], `${type} ${id}`);
    }
  });

  it("what an import cannot read (ACME plugin credentials, a download's URL) is recorded in place, the file not fetched again, no unknown size", async () => {
    const recordedInPlace: Array<[type: string, id: string, config: Attributes, recorded: string]> = [
      ['proxmox_acme_plugin', 'cloudflare', { plugin_id: 'cloudflare', api: 'cf', data: { CF_Token: 'abc', CF_Account_ID: 'def' } }, 'data'],
      ['proxmox_download_file', 'pve/local:iso/debian-13.iso', { node: 'pve', storage: 'local', content: 'iso', url: ISO_URL }, 'url'],
    ];
    for (const [type, id, config, recorded] of recordedInPlace) {
      const resource = await resourceNamed(type);
      assert.deepEqual(await resource.changesAfterImport(id, config), [recorded], type);
      const tasks = h.sim.tasks.size;
      const applied = await resource.apply(config, (await resource.importId(id)).state!);
      assert.deepEqual([applied.replacing, applied.errors, h.sim.tasks.size], [[], [], tasks], type);
      assert.deepEqual(await resource.changesAfterRefresh(config, applied.state), [], type);
    }
  });

  it('node disks made in the web UI with "Add Storage" ticked import without a replacement whether add_storage is written or left out', async () => {
    // Disks > ZFS / LVM-Thin > Create: the dialogs' "Add Storage" box is ticked by default.
    await uiCall('POST', '/nodes/pve/disks/zfs', {
      name: 'tank',
      raidlevel: 'mirror',
      devices: '/dev/sdb,/dev/sdc',
      ashift: 12,
      compression: 'on',
      add_storage: 1,
    });
    await uiCall('POST', '/nodes/pve/disks/lvmthin', { name: 'fast', device: '/dev/sdd', add_storage: 1 });
    const zfs = await resourceNamed('proxmox_node_disk_zfs');
    const pool = { node: 'pve', name: 'tank', raidlevel: 'mirror', devices: ['/dev/sdb', '/dev/sdc'] };
    assert.deepEqual(await zfs.changesAfterImport('pve/tank', pool), []);
    assert.deepEqual(await zfs.changesAfterImport('pve/tank', { ...pool, add_storage: true }), []);
    const thin = await resourceNamed('proxmox_node_disk_lvmthin');
    assert.deepEqual(await thin.changesAfterImport('pve/fast', { node: 'pve', name: 'fast', device: '/dev/sdd' }), []);
    // Written false it is a change that replaces the pool (the storage entry is part of what was made).
    const imported = (await zfs.importId('pve/tank')).state!;
    assert.deepEqual((await zfs.apply({ ...pool, add_storage: false }, imported)).replacing, ['add_storage']);
    // Left out on a new volume group: no storage added, false in state.
    const lvm = inProcessWith(await proxmoxCatalog.resources.find((entry) => entry.name === 'proxmox_node_disk_lvm')!.load(), providerData(h.client));
    const made = await lvm.apply({ node: 'pve', name: 'vg1', device: '/dev/nvme0n1' }, null);
    assert.deepEqual([made.errors, made.state['add_storage'], h.sim.state.storages.has('vg1')], [[], false, false]);
  });

  it('proxmox_acme_account registered in the web UI (root@pam: the account API is root only) imports with an empty plan', async () => {
    const root = new ProxmoxClient({ endpoint: h.sim.url, caPem: h.sim.caPem, username: ROOT_LOGIN.userid, password: ROOT_LOGIN.password, taskPollMs: 5 });
    try {
      // Datacenter > ACME > Accounts > Add: the staging directory picked, its terms of service accepted.
      const account = {
        name: 'default',
        contact: ['admin@example.com'],
        directory: 'https://acme-staging-v02.api.letsencrypt.org/directory',
        tos_url: 'https://letsencrypt.org/documents/LE-SA-v1.5-February-24-2025.pdf',
      };
      await root.certificates.registerAccount({ name: account.name, contact: account.contact, directory: account.directory, tosUrl: account.tos_url });
      const resource = inProcessWith(await proxmoxCatalog.resources.find((entry) => entry.name === 'proxmox_acme_account')!.load(), providerData(root));
      assert.deepEqual(await resource.changesAfterImport('default', account), []);
      // get_account declares no permissions either (root@pam's alone): an import with an API
      // token is refused, and the error says which login reads ACME accounts.
      const withToken = inProcessWith(await proxmoxCatalog.resources.find((entry) => entry.name === 'proxmox_acme_account')!.load(), providerData(h.client));
      const refused = await withToken.importId('default');
      assert.equal(refused.state, null);
      assert.match(refused.errors.join('\n'), /user != root@pam[\s\S]*Log in as root@pam with a ticket/);
    } finally {
      await root.close();
    }
  });

  it('firewall options nobody wrote (the datacenter, node and guest sections empty) read as what pve-firewall takes for them: the defaults plan no change, the opposite a write', async () => {
    const cluster = await resourceNamed('proxmox_cluster_firewall');
    const node = await resourceNamed('proxmox_node_firewall');
    const guest = await resourceNamed('proxmox_firewall_options');
    const clusterDefaults = { enabled: false, ebtables: true, policy_in: 'DROP', policy_out: 'ACCEPT' };
    const nodeDefaults = { node: 'pve', enabled: true, ndp: true, nosmurfs: true, tcpflags: false, nftables: false, protection_synflood: false };
    const guestDefaults = {
      node: 'pve',
      vm_id: 100,
      enabled: false,
      dhcp: true,
      macfilter: true,
      ndp: true,
      radv: false,
      ipfilter: false,
      policy_in: 'DROP',
      policy_out: 'ACCEPT',
    };
    assert.deepEqual(await cluster.changesAfterImport('cluster', clusterDefaults), []);
    assert.deepEqual(await cluster.changesAfterImport('cluster', {}), []);
    assert.deepEqual(await node.changesAfterImport('pve', nodeDefaults), []);
    assert.deepEqual(await guest.changesAfterImport('vm/pve/100', guestDefaults), []);
    // The opposite of a default is still a change, and written as such.
    assert.deepEqual(await cluster.changesAfterImport('cluster', { enabled: true }), ['enabled']);
    assert.deepEqual(await node.changesAfterImport('pve', { node: 'pve', enabled: false, nosmurfs: false }), ['enabled', 'nosmurfs']);
    assert.deepEqual(await guest.changesAfterImport('vm/pve/100', { ...guestDefaults, enabled: true, dhcp: false }), ['enabled', 'dhcp']);
    const applied = await guest.apply({ ...guestDefaults, enabled: true, dhcp: false }, (await guest.importId('vm/pve/100')).state!);
    assert.deepEqual(applied.errors, []);
    const { enable, dhcp } = await h.client.firewall.options({ kind: 'guest', node: 'pve', vmid: 100, guest: 'qemu' });
    assert.deepEqual([enable, dhcp], [1, 0]);
  });

  it('proxmox_file: an ISO uploaded in the web UI imports; the source file it cannot read is recorded in place, not uploaded again', async () => {
    const bytes = Buffer.alloc(4096, 7);
    const path = join(mkdtempSync(join(tmpdir(), 'ui-upload-')), 'tools.iso');
    writeFileSync(path, bytes);
    // Storage > ISO Images > Upload (window/UploadToStorage.js).
    await h.client.files.upload('pve', 'local', { content: 'iso', filename: 'tools.iso', data: new Blob([bytes]) });
    const file = await resourceNamed('proxmox_file');
    const id = 'pve/local:iso/tools.iso';
    assert.deepEqual(await file.changesAfterImport(id, { node: 'pve', storage: 'local', content: 'iso' }), []);
    const config = { node: 'pve', storage: 'local', content: 'iso', source_file: path };
    assert.deepEqual(await file.changesAfterImport(id, config), ['source_file', 'content_sha256']);
    const tasks = h.sim.tasks.size;
    const recorded = await file.apply(config, (await file.importId(id)).state!);
    assert.deepEqual([recorded.replacing, recorded.errors, h.sim.tasks.size], [[], [], tasks]);
    assert.deepEqual(await file.changesAfterRefresh(config, recorded.state), []);
  });

  it('an id of the wrong form or naming nothing fails for every resource type, naming the form', async () => {
    for (const entry of proxmoxCatalog.resources) {
      const definition = await entry.load();
      const resource = inProcessWith(definition, providerData(h.client));
      for (const id of ['nosuch', 'no/such/thing/here']) {
        const imported = await resource.importId(id);
        assert.equal(imported.state, null, `${definition.name} imported "${id}"`);
        const errors = imported.errors.join('\n');
        assert.ok(errors.includes('import id') && errors.includes(`"${id}"`), `${definition.name} "${id}": ${errors}`);
      }
    }
  });
});
