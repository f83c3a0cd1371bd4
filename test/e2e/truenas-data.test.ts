// The truenas data sources and functions through the real terraform against the simulator; the
// resources they read run the lifecycle harness (apply, empty plan, import, destroy, nothing left).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { expectFailure, startTrueNASE2e, TRUENAS_PROVIDER, type TrueNASE2e } from '../providers/truenas/harness.js';

const config = `
resource "truenas_zvol" "disk" {
  name        = "tank/disk"
  volsize     = provider::truenas::parse_size("1G")
  compression = "zstd"
}
resource "truenas_iscsi_portal" "main" {
  listen = ["0.0.0.0"]
}
resource "truenas_iscsi_target" "vm" {
  name = "vm-1"
  group {
    portal = truenas_iscsi_portal.main.id
  }
}
resource "truenas_iscsi_extent" "disk" {
  name = "disk"
  zvol = truenas_zvol.disk.name
}
resource "truenas_iscsi_targetextent" "disk" {
  target = truenas_iscsi_target.vm.id
  extent = truenas_iscsi_extent.disk.id
  lun_id = 2
}

data "truenas_system_info" "nas" {}
data "truenas_pool" "tank" {
  name = "tank"
}
data "truenas_dataset" "root" {
  name = "tank"
}
data "truenas_zvol" "disk" {
  name = truenas_zvol.disk.name
}
data "truenas_iscsi_target" "vm" {
  name       = truenas_iscsi_target.vm.name
  depends_on = [truenas_iscsi_targetextent.disk]
}
data "truenas_service" "iscsi" {
  service = "iscsitarget"
}

output "hostname"     { value = data.truenas_system_info.nas.hostname }
output "version"      { value = data.truenas_system_info.nas.version }
output "pool_size"    { value = data.truenas_pool.tank.size }
output "pool_healthy" { value = data.truenas_pool.tank.healthy }
output "root_compression" { value = data.truenas_dataset.root.compression }
output "root_mountpoint"  { value = data.truenas_dataset.root.mountpoint }
output "zvol" {
  value = {
    volsize      = data.truenas_zvol.disk.volsize
    volblocksize = data.truenas_zvol.disk.volblocksize
    compression  = data.truenas_zvol.disk.compression
    device_path  = data.truenas_zvol.disk.device_path
  }
}
output "target_iqn"   { value = data.truenas_iscsi_target.vm.iqn }
output "target_luns"  { value = data.truenas_iscsi_target.vm.luns }
output "iscsi_state"  { value = data.truenas_service.iscsi.state }
output "sizes" {
  value = [
    provider::truenas::parse_size("32G"),
    provider::truenas::parse_size("1.5K"),
    provider::truenas::format_size(34359738368),
    provider::truenas::format_size(provider::truenas::parse_size("512M")),
  ]
}
`;

const dataCase: LifecycleCase<TrueNASSimulator> = {
  name: 'truenas data sources over a zvol exported by iSCSI',
  steps: [
    {
      config,
      expect: { 'truenas_zvol.disk': 'create', 'truenas_iscsi_targetextent.disk': 'create' },
      async check({ ws, resource }) {
        // Every output in one `terraform output -json`.
        const outputs = JSON.parse((await ws.expect(['output', '-json'])).stdout) as Record<string, { value: unknown }>;
        const output = (name: string) => outputs[name]?.value;
        assert.equal(output('hostname'), 'nas-e2e');
        assert.match(String(output('version')), /25\.10/);
        assert.equal(output('pool_size'), 1024 ** 4);
        assert.equal(output('pool_healthy'), true);
        assert.equal(output('root_compression'), 'lz4');
        assert.equal(output('root_mountpoint'), '/mnt/tank');
        assert.deepEqual(output('zvol'), { volsize: 1024 ** 3, volblocksize: '16K', compression: 'zstd', device_path: '/dev/zvol/tank/disk' });
        assert.equal(output('target_iqn'), 'iqn.2005-10.org.freenas.ctl:vm-1');
        const extentId = (await resource('truenas_iscsi_extent.disk')).values.id;
        assert.deepEqual(output('target_luns'), { '2': extentId });
        assert.equal(output('iscsi_state'), 'STOPPED');
        assert.deepEqual(output('sizes'), [34359738368, 1536, '32G', '512M']);
      },
    },
  ],
  imports: [
    { address: 'truenas_zvol.disk', id: (values) => String(values.name) },
    { address: 'truenas_iscsi_portal.main' },
    { address: 'truenas_iscsi_target.vm' },
    { address: 'truenas_iscsi_extent.disk' },
    { address: 'truenas_iscsi_targetextent.disk' },
  ],
  leftovers(sim) {
    const held = sim.state.inventory();
    return ['zvols', 'portals', 'targets', 'extents', 'targetExtents'].flatMap((kind) => (held[kind] ?? []).map((id) => `${kind} ${id}`));
  },
};

describe('truenas data sources and functions with terraform', () => {
  let e2e: TrueNASE2e;

  before(async () => {
    e2e = await startTrueNASE2e({ hostname: 'nas-e2e' });
  });
  after(() => e2e?.close());

  it('names the attribute when a data source finds nothing', async () => {
    e2e.ws.writeConfig('data "truenas_pool" "missing" {\n  name = "nopool"\n}\n', 'bad.tf');
    const output = await expectFailure(e2e.ws, ['plan']).finally(() => e2e.ws.removeConfig('bad.tf'));
    assert.match(output, /Pool not found[\s\S]*with data\.truenas_pool\.missing[\s\S]*name = "nopool"[\s\S]*no pool named "nopool"/);
  });

  it('blames the argument of a function given a bad size', async () => {
    e2e.ws.writeConfig('output "bad" { value = provider::truenas::parse_size("lots") }\n', 'bad.tf');
    const output = await expectFailure(e2e.ws, ['plan']).finally(() => e2e.ws.removeConfig('bad.tf'));
    assert.match(output, /"lots" is not a size/);
  });

  it('reads every data source and calls the functions, then imports and destroys what they read', async () => {
    await runLifecycles({ ws: e2e.ws, providers: TRUENAS_PROVIDER, target: e2e.sim }, [dataCase]);
  });
});
