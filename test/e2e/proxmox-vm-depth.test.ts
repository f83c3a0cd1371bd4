// proxmox_vm at full depth with the real terraform against the simulator, on the lifecycle
// harness: EFI disk and TPM, CPU/memory tuning, passthrough through hardware mappings, virtual
// hardware, a disk imported from a cloud image, agent IP outputs, pool membership; a storage
// change moves disks (move_disk) without replacing the VM; a VM made outside terraform with EFI,
// TPM, passthrough and several disks is imported with an empty plan after it. The same update
// migrates the running VM to another node (migrate = true) instead of replacing it, and a
// migration back made outside terraform is followed by the refresh (no plan); typed
// cloud-init addresses, NUMA nodes and the CD-ROM/cloud-init drive slots ride along.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProxmoxClient } from '../../src/clients/proxmox/index.js';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { addVolume, GIB, type SimGuest } from '../../src/sim/proxmox/state.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, PVE_TOKEN, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const CLOUD_IMAGE = 'local:import/debian-12-genericcloud-amd64.qcow2';
const DEEP_VMID = 4100;
const LEGACY_VMID = 4200;

function deepVm(storage: string, node = 'pve'): string {
  return `
resource "proxmox_pool" "lab" {
  pool_id = "lab"
}
resource "proxmox_vm" "deep" {
  node         = "${node}"
  migrate      = true
  stop_on_destroy = true
  vmid         = ${DEEP_VMID}
  name         = "deep"
  bios         = "ovmf"
  machine      = "q35"
  os_type      = "l26"
  cores        = 2
  sockets      = 1
  vcpus        = 2
  cpu_type     = "host"
  cpu_flags    = ["+aes"]
  cpu_units    = 200
  numa         = true
  memory       = 2048
  balloon      = 1024
  memory_shares = 500
  pool         = proxmox_pool.lab.pool_id
  serial       = ["socket"]
  hotplug      = ["disk", "network", "usb"]
  agent        = true
  agent_trim   = true
  agent_wait_for_ip = 60
  scsi_hardware = "virtio-scsi-single"
  cdrom         = "local:iso/debian-12.7.0-amd64-netinst.iso"
  cdrom_interface = "sata2"

  numa_node {
    cpus       = "0-1"
    memory     = 2048
    host_nodes = "0"
    policy     = "bind"
  }
  cloud_init {
    storage   = "local-lvm"
    interface = "scsi5"
    user      = "admin"
    dns_servers = ["10.0.0.1"]
    ip {
      ipv4_address = "10.0.0.50/24"
      ipv4_gateway = "10.0.0.1"
      ipv6_address = "auto"
    }
  }

  efi_disk {
    storage           = "${storage}"
    pre_enrolled_keys = true
  }
  tpm_state {
    storage = "local-lvm"
  }
  disk {
    interface = "scsi0"
    storage   = "${storage}"
    size      = "8G"
    iothread  = true
    aio       = "io_uring"
    backup    = false
    serial    = "deep-root"
    mbps_rd   = 200
    iops_wr   = 5000
  }
  disk {
    interface   = "scsi1"
    storage     = "local-lvm"
    import_from = "${CLOUD_IMAGE}"
    size        = "4G"
  }
  network {
    bridge  = "vmbr0"
    mtu     = 1500
    rate    = 50
    queues  = 2
    trunks  = [10, 20]
  }
  startup {
    order = 2
    up    = 10
  }
  vga {
    type = "serial0"
  }
  usb {
    mapping = "stick"
    usb3    = true
  }
  hostpci {
    mapping = "gpu"
    pcie    = true
  }
  rng {
    source = "/dev/urandom"
  }
  watchdog {
    action = "reset"
  }
  audio {
    device = "ich9-intel-hda"
  }
  smbios {
    manufacturer = "truemox"
  }
}
output "deep_ipv4" {
  value = proxmox_vm.deep.ipv4_addresses
}
`;
}

const legacyImport = `
import {
  to = proxmox_vm.legacy
  id = "pve/${LEGACY_VMID}"
}
resource "proxmox_vm" "legacy" {
  node    = "pve"
  vmid    = ${LEGACY_VMID}
  name    = "legacy"
  bios    = "ovmf"
  # Proxmox pins the machine version of a Windows VM at create.
  machine = "pc-q35-10.1+pve0"
  os_type = "win11"
  cores   = 4
  memory  = 4096
  started = false

  efi_disk {
    storage           = "local-lvm"
    pre_enrolled_keys = true
  }
  tpm_state {
    storage = "local-lvm"
  }
  disk {
    interface = "sata1"
    storage   = "local-lvm"
    size      = "1G"
  }
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "4G"
    discard   = true
  }
  disk {
    interface = "virtio0"
    storage   = "local-lvm"
    size      = "2G"
    iothread  = true
  }
  network {
    bridge = "vmbr0"
  }
  hostpci {
    mapping = "gpu"
    pcie    = true
  }
}
`;

/** The extra storage a disk moves to and the cloud image the second disk is imported from. */
function prepareStorage({ state }: ProxmoxSimulator): void {
  state.storages.set('fast', {
    storage: 'fast',
    type: 'lvmthin',
    options: { vgname: 'fast', thinpool: 'data', content: 'images,rootdir' },
    secrets: {},
    capacity: 512 * GIB,
  });
  const local = state.storages.get('local');
  if (local) local.options.content = 'iso,vztmpl,backup,import';
  addVolume(state, { storage: 'local', name: 'import/debian-12-genericcloud-amd64.qcow2', size: 2 * GIB, format: 'qcow2', content: 'import' });
}

function guest(sim: ProxmoxSimulator, vmid: number): SimGuest {
  const found = sim.state.guests.get(vmid);
  assert.ok(found, `VM ${vmid} exists`);
  return found;
}

let deepGuest: SimGuest | undefined;

const depthCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox_vm at full depth',
  steps: [
    {
      config: deepVm('local-lvm'),
      expect: { 'proxmox_vm.deep': 'create', 'proxmox_pool.lab': 'create' },
      prepare: ({ target }) => prepareStorage(target),
      async check({ target, resource }) {
        const vm = guest(target, DEEP_VMID);
        deepGuest = vm;
        const config = vm.config;
        assert.match(config.efidisk0 ?? '', /^local-lvm:vm-4100-disk-\d,efitype=4m,ms-cert=2023k,pre-enrolled-keys=1,size=528K$/);
        assert.match(config.tpmstate0 ?? '', /^local-lvm:vm-4100-disk-\d,size=4M,version=v2\.0$/);
        assert.equal(config.cpu, 'host,flags=+aes');
        assert.equal(config.hostpci0, 'mapping=gpu,pcie=1');
        assert.equal(config.usb0, 'mapping=stick,usb3=1');
        assert.equal(config.startup, 'order=2,up=10');
        assert.match(config.net0 ?? '', /mtu=1500,queues=2,rate=50,tag=|mtu=1500,queues=2,rate=50,trunks=10;20/);
        assert.match(config.scsi0 ?? '', /aio=io_uring,backup=0,iops_wr=5000,iothread=1,mbps_rd=200,serial=deep-root,size=8G/);
        // Imported from the 2 GiB image, then grown to the configured 4G; import-from is not kept.
        assert.match(config.scsi1 ?? '', /^local-lvm:vm-4100-disk-\d,size=4G$/);
        assert.ok(target.state.pools.get('lab')?.members.has(`vm/${DEEP_VMID}`), 'the VM joined its pool');
        assert.equal(config.numa0, 'cpus=0-1,memory=2048,hostnodes=0,policy=bind');
        assert.equal(config.ipconfig0, 'ip=10.0.0.50/24,gw=10.0.0.1,ip6=auto');
        assert.match(config.scsi5 ?? '', /^local-lvm:vm-4100-cloudinit,media=cdrom/);
        assert.equal(config.sata2, 'local:iso/debian-12.7.0-amd64-netinst.iso,media=cdrom');
        assert.equal(config.ide0, undefined, 'no drive in the default slots');
        assert.equal(config.ide2, undefined);
        const vmState = await resource('proxmox_vm.deep');
        assert.deepEqual(vmState.values.ipv4_addresses, ['10.0.16.102']);
        assert.deepEqual(vmState.values.network_interface_names, ['eth0']);
        assert.deepEqual(vmState.values.ipv6_addresses, ['fd00::1004']);
      },
    },
    {
      // The running VM migrates live to pve2, then its root disk and EFI vars move to another
      // storage there: the same VM, new volumes, the old ones freed.
      config: deepVm('fast', 'pve2'),
      expect: { 'proxmox_vm.deep': 'update' },
      check({ target, plan }) {
        assert.match(plan, /0 to add, 1 to change, 0 to destroy/);
        const vm = guest(target, DEEP_VMID);
        assert.equal(vm, deepGuest, 'the VM was not replaced');
        assert.equal(vm.node, 'pve2');
        assert.equal(vm.status, 'running', 'migrated live');
        const migration = target.requests.find((r) => r.method === 'POST' && r.template === '/nodes/{node}/qemu/{vmid}/migrate' && r.params.node === 'pve');
        assert.ok(migration, 'migrated through the API');
        assert.equal(migration.params.online, '1');
        assert.equal(migration.params['with-local-disks'], '1');
        assert.match(vm.config.scsi0 ?? '', /^fast:vm-4100-disk-\d,aio=io_uring/);
        assert.match(vm.config.efidisk0 ?? '', /^fast:vm-4100-disk-\d,efitype=4m/);
        assert.equal(
          Object.keys(vm.config).some((key) => /^unused\d+$/.test(key)),
          false,
          'no source volume is left behind as unused',
        );
        assert.equal(target.volumes('local-lvm').filter((v) => v.vmid === DEEP_VMID).length, 2, 'only the TPM state and scsi1 stay on local-lvm');
      },
    },
    {
      // Someone migrates the VM back to pve outside terraform (the web UI, HA): the refresh finds it
      // there (node and id follow it), so a configuration naming pve plans nothing.
      config: deepVm('fast', 'pve'),
      async prepare({ target }) {
        const pve = new ProxmoxClient({ endpoint: target.url, apiToken: PVE_TOKEN, caPem: target.caPem });
        await pve.qemu.migrate('pve2', DEEP_VMID, { target: 'pve', running: true, withLocalDisks: true });
      },
      async check({ target, plan, resource }) {
        assert.match(plan, /No changes\./);
        const vm = guest(target, DEEP_VMID);
        assert.equal(vm, deepGuest, 'the VM was not replaced');
        assert.equal(vm.node, 'pve');
        assert.equal((await resource('proxmox_vm.deep')).values.id, `pve/${DEEP_VMID}`);
      },
    },
    {
      // A VM made outside terraform with EFI, TPM, passthrough and three disks, adopted with an import block.
      config: `${deepVm('fast', 'pve')}\n${legacyImport}`,
      async prepare({ target }) {
        const pve = new ProxmoxClient({ endpoint: target.url, apiToken: PVE_TOKEN, caPem: target.caPem });
        await pve.qemu.create('pve', {
          vmid: LEGACY_VMID,
          name: 'legacy',
          bios: 'ovmf',
          machine: 'q35',
          ostype: 'win11',
          cores: 4,
          memory: 4096,
          efidisk0: 'local-lvm:1,efitype=4m,pre-enrolled-keys=1',
          tpmstate0: 'local-lvm:1,version=v2.0',
          scsi0: 'local-lvm:4,discard=on',
          virtio0: 'local-lvm:2,iothread=1',
          sata1: 'local-lvm:1',
          hostpci0: 'mapping=gpu,pcie=1',
          net0: 'virtio,bridge=vmbr0',
        });
      },
      check({ plan }) {
        assert.match(plan, /1 to import, 0 to add, 0 to change, 0 to destroy/);
      },
    },
  ],
  imports: [
    // import_from is not recorded by Proxmox; the wait and the move/destroy options are provider
    // settings; an import reads ipconfigN as raw ip_config (Proxmox does not record the typed form).
    { address: 'proxmox_vm.deep', unreadable: ['disk', 'agent_wait_for_ip', 'cloud_init', 'migrate', 'stop_on_destroy'] },
    { address: 'proxmox_vm.legacy' },
    { address: 'proxmox_pool.lab' },
  ],
  leftovers: ({ state }) => [
    ...[...state.guests.keys()].filter((vmid) => vmid === DEEP_VMID || vmid === LEGACY_VMID).map((vmid) => `guest ${vmid}`),
    ...[...state.volumes.values()].filter((v) => v.vmid === DEEP_VMID || v.vmid === LEGACY_VMID).map((v) => `volume ${v.storage}:${v.name}`),
    ...(state.pools.has('lab') ? ['pool lab'] : []),
  ],
};

describe('proxmox_vm at full depth with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e({ extraNodes: ['pve2'] });
  });
  after(() => e2e?.close());

  it('creates, moves disks without replacing, imports and destroys VMs with EFI, TPM, passthrough and tuned hardware', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [depthCase]);
  });
});
