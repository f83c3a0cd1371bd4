// Objects made outside terraform (by the web UI, pveum, ha-manager: stored as those write them),
// adopted with `import` blocks and the configuration that describes them: terraform plans the
// imports and nothing else, and an import id the server refuses fails naming the right form.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProxmoxClient } from '../../src/clients/proxmox/index.js';
import { PVE_TOKEN, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';
import { uiWizardContainer, uiWizardVm } from '../providers/proxmox/ui-made-guests.js';
import { expectFailure } from '../providers/truenas/harness.js';

const folded = (text: string): string => text.replace(/\s+/g, ' ');

describe('proxmox: objects made outside terraform import with an empty plan', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(async () => e2e?.close());
  /** The configuration of what the first test adopted: the next keeps it, so nothing is planned away. */
  let adopted = '';

  it('an HA resource with failback left to its default, realms made by the web UI and pveum and untouched firewall sections import; a bad id names the form', async () => {
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
    e2e.sim.state.guests.set(100, guest as never);
    const client = new ProxmoxClient({ endpoint: e2e.sim.url, caPem: e2e.sim.caPem, apiToken: PVE_TOKEN });
    await client.datacenter.create('ha/resources', 'vm:100', {});
    const ldap = { type: 'ldap', server1: 'ldap.example.com', base_dn: 'dc=example,dc=com', user_attr: 'uid' };
    await client.realms.create({ realm: 'webui', ...ldap, default: 0 });
    await client.realms.create({ realm: 'cli', ...ldap });
    await client.close();
    const realm = (name: string, extra = '') => `
resource "proxmox_realm" "${name}" {
  realm     = "${name}"
  type      = "ldap"
  server1   = "ldap.example.com"
  base_dn   = "dc=example,dc=com"
  user_attr = "uid"${extra}
}
import {
  to = proxmox_realm.${name}
  id = "${name}"
}
`;
    const resources = `
resource "proxmox_ha_resource" "web" {
  sid      = "vm:100"
  failback = true
}
import {
  to = proxmox_ha_resource.web
  id = "vm:100"
}
${realm('webui', '\n  default   = false')}${realm('cli')}
# Firewall sections nobody wrote (their files hold no options): the defaults they say are no change.
resource "proxmox_cluster_firewall" "dc" {
  enabled  = false
  ebtables = true
}
import {
  to = proxmox_cluster_firewall.dc
  id = "cluster"
}
resource "proxmox_node_firewall" "pve" {
  node    = "pve"
  enabled = true
}
import {
  to = proxmox_node_firewall.pve
  id = "pve"
}
resource "proxmox_firewall_options" "web" {
  node      = "pve"
  vm_id     = 100
  enabled   = false
  dhcp      = true
  macfilter = true
  policy_in = "DROP"
}
import {
  to = proxmox_firewall_options.web
  id = "vm/pve/100"
}
`;
    e2e.config(resources);
    const plan = await e2e.ws.expect(['plan', '-no-color', '-input=false']);
    assert.match(plan.stdout, /Plan: 6 to import, 0 to add, 0 to change, 0 to destroy\./, plan.stdout);
    assert.doesNotMatch(plan.stdout, /known after apply/, plan.stdout);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);

    // An id the server refuses (a sid is TYPE:VMID): the error names the form terraform wants.
    e2e.config(`${resources}resource "proxmox_ha_resource" "bad" {\n  sid = "vm:101"\n}\nimport {\n  to = proxmox_ha_resource.bad\n  id = "101-web"\n}\n`);
    const output = folded(await expectFailure(e2e.ws, ['plan']));
    assert.match(output, /unable to parse service id '101-web'/);
    assert.match(output, /The import id is the sid, for example "vm:100"\./);
    adopted = resources;
  });

  it('a VM and a container made by the web UI wizards (a cloud-init drive added to the VM) import with an empty plan', async () => {
    const client = new ProxmoxClient({ endpoint: e2e.sim.url, caPem: e2e.sim.caPem, apiToken: PVE_TOKEN });
    await client.qemu.create('pve', uiWizardVm(120) as never);
    await client.qemu.update('pve', 120, { ide0: 'local-lvm:cloudinit', ciuser: 'debian', ipconfig0: 'ip=dhcp' } as never);
    await client.lxc.create('pve', uiWizardContainer(220) as never);
    await client.close();
    e2e.config(`${adopted}
resource "proxmox_vm" "web" {
  node          = "pve"
  vmid          = 120
  name          = "web"
  os_type       = "l26"
  cdrom         = "local:iso/debian-12.7.0-amd64-netinst.iso"
  scsi_hardware = "virtio-scsi-single"
  sockets       = 1
  cores         = 2
  cpu_type      = "x86-64-v2-AES"
  memory        = 2048
  started       = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "32G"
    iothread  = true
  }
  network {
    model    = "virtio"
    bridge   = "vmbr0"
    firewall = true
  }
  cloud_init {
    storage   = "local-lvm"
    user      = "debian"
    ip_config = ["ip=dhcp"]
  }
}
import {
  to = proxmox_vm.web
  id = "pve/120"
}
resource "proxmox_lxc" "ct" {
  node     = "pve"
  vmid     = 220
  hostname = "ct"
  nesting  = true
  cores    = 1
  rootfs {
    storage = "local-lvm"
    size    = "8G"
  }
  network {
    name     = "eth0"
    bridge   = "vmbr0"
    ip       = "dhcp"
    ip6      = "dhcp"
    firewall = true
  }
}
import {
  to = proxmox_lxc.ct
  id = "pve/220"
}
`);
    const plan = await e2e.ws.expect(['plan', '-no-color', '-input=false']);
    assert.match(plan.stdout, /Plan: 2 to import, 0 to add, 0 to change, 0 to destroy\./, plan.stdout);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });
});
