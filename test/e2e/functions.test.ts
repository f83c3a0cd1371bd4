// Every provider function called by terraform itself (provider::truenas::…, provider::proxmox::…):
// results as outputs, and a bad argument blamed at plan time. Functions need no server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { proxmoxProvider } from '../../src/providers/proxmox/index.js';
import { truenasProvider } from '../../src/providers/truenas/index.js';
import type { Workspace } from '../helpers/terraform.js';
import { providerWorkspace, REQUIRED_PROVIDERS } from '../helpers/providers.js';

const OUTPUTS = `
output "size" { value = provider::truenas::parse_size("32G") }
output "formatted" { value = provider::truenas::format_size(34359738368) }
output "iqn" { value = provider::truenas::iqn("iqn.2005-10.org.freenas.ctl", "proxmox") }
output "inside" { value = provider::truenas::cidr_contains("192.168.1.0/24", "192.168.1.20") }
output "outside" { value = provider::truenas::cidr_contains("192.168.1.0/24", "10.0.0.1") }
output "volume" { value = provider::proxmox::parse_volume_id("local:100/vm-100-disk-0.qcow2") }
output "iso" { value = provider::proxmox::parse_volume_id("local:iso/debian-12.iso") }
output "disk" { value = provider::proxmox::parse_property_string("local-lvm:vm-100-disk-0,size=32G", "file") }
output "net" { value = provider::proxmox::parse_property_string("virtio=BC:24:11:00:00:01,bridge=vmbr0", null) }
output "built" { value = provider::proxmox::build_property_string({ file = "local-lvm:32", ssd = "1", discard = "on" }, "file") }
`;

describe('provider functions with terraform', () => {
  let ws: Workspace;

  before(async () => {
    ws = providerWorkspace();
    ws.writeConfig(REQUIRED_PROVIDERS + OUTPUTS);
    await ws.init();
  });

  after(() => ws?.cleanup());

  it('calls every function of both providers', async () => {
    const called = [...OUTPUTS.matchAll(/provider::(\w+)::(\w+)\(/g)].map((m) => `${m[1]}::${m[2]}`);
    for (const provider of [truenasProvider, proxmoxProvider]) {
      for (const fn of provider.functions) assert.ok(called.includes(`${provider.name}::${fn.name}`), `${provider.name}::${fn.name} is called`);
    }
    await ws.apply();
    // The outputs as the state file holds them (no `terraform output` run: each costs seconds).
    const outputs = ws.stateFileOutputs();
    const value = (name: string) => outputs[name];
    assert.equal(value('size'), 34359738368);
    assert.equal(value('formatted'), '32G');
    assert.equal(value('iqn'), 'iqn.2005-10.org.freenas.ctl:proxmox');
    assert.equal(value('inside'), true);
    assert.equal(value('outside'), false);
    assert.deepEqual(value('volume'), { storage: 'local', volume: '100/vm-100-disk-0.qcow2', name: 'vm-100-disk-0.qcow2', vmid: 100, content_dir: null });
    assert.deepEqual(value('iso'), { storage: 'local', volume: 'iso/debian-12.iso', name: 'debian-12.iso', vmid: null, content_dir: 'iso' });
    assert.deepEqual(value('disk'), { file: 'local-lvm:vm-100-disk-0', size: '32G' });
    assert.deepEqual(value('net'), { virtio: 'BC:24:11:00:00:01', bridge: 'vmbr0' });
    assert.equal(value('built'), 'local-lvm:32,discard=on,ssd=1');
  });

  it('blames the bad argument at plan time', async () => {
    ws.writeConfig(
      'output "bad" { value = provider::truenas::cidr_contains("192.168.1.0/24", "192.168.1") }\noutput "bad_volume" { value = provider::proxmox::parse_volume_id("no-colon") }\n',
      'bad.tf',
    );
    try {
      const result = await ws.expect(['plan', '-no-color', '-input=false'], [1]);
      const output = result.stderr.replace(/\s+/g, ' ');
      assert.match(output, /must be an IPv4 or IPv6 address, got "192\.168\.1"/);
      assert.match(output, /must be a volume id such as "local-lvm:vm-100-disk-0"/);
    } finally {
      ws.removeConfig('bad.tf');
    }
  });
});
