// One apply at -parallelism=10 of resources whose writes contend on a TrueNAS server: eight
// tunables (one `tunable_crud` job lock that queues five), six permission changes (one
// `perm_change` lock up to 25.10), three LUNs mapped onto one target without a LUN id, three iSCSI portals and two
// NVMe-oF ports (numbers read without a lock before the insert), two VLAN interfaces (one set of
// staged changes for everyone) and datasets with children, one naming its parent literally. The
// simulator's jobs take their time and its creates leave a window between their checks and their
// insert, as the real middleware does, so the contention is there on every run; every resource
// must get its own object, the plan after must be empty and destroy must leave nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

const TUNABLES = 8;
const DATASETS = 6;
const LUNS = 3;

const config = `
resource "truenas_tunable" "net" {
  count = ${TUNABLES}
  type  = "SYSCTL"
  var   = "net.core.truemox_\${count.index}"
  value = "\${count.index}"
}
resource "truenas_dataset" "parent" {
  name = "tank/projects"
}
resource "truenas_dataset" "child" {
  count = ${DATASETS}
  name  = "\${truenas_dataset.parent.name}/p\${count.index}"
}
# Named literally: nothing orders it after its parent (nor its delete before the parent's).
resource "truenas_dataset" "literal_child" {
  name = "tank/projects/literal"
}
resource "truenas_filesystem_permissions" "child" {
  count = ${DATASETS}
  path  = truenas_dataset.child[count.index].mountpoint
  user  = "root"
  group = "root"
  mode  = "7\${count.index}0"
}
resource "truenas_iscsi_portal" "main" {
  listen = ["0.0.0.0"]
}
# Portal tags are the count + 1 at create and renumbered at delete, without a lock.
resource "truenas_iscsi_portal" "extra" {
  for_each = toset(["10.0.0.1", "10.0.0.2"])
  listen   = [each.key]
}
resource "truenas_iscsi_target" "vm" {
  name = "parallel"
  group {
    portal = truenas_iscsi_portal.main.id
  }
}
resource "truenas_zvol" "lun" {
  count   = ${LUNS}
  name    = "tank/lun\${count.index}"
  volsize = 1073741824
}
resource "truenas_iscsi_extent" "lun" {
  count = ${LUNS}
  name  = "lun\${count.index}"
  zvol  = truenas_zvol.lun[count.index].name
}
resource "truenas_iscsi_targetextent" "lun" {
  count  = ${LUNS}
  target = truenas_iscsi_target.vm.id
  extent = truenas_iscsi_extent.lun[count.index].id
  # All three start together, once every extent exists.
  depends_on = [truenas_iscsi_extent.lun]
}
resource "truenas_nvmet_port" "tcp" {
  for_each       = toset(["127.0.0.1", "0.0.0.0"])
  addr_trtype    = "TCP"
  addr_traddr    = each.key
  addr_trsvcid   = 4420
}
resource "truenas_network_interface" "vlan" {
  count                 = 2
  name                  = "vlan\${count.index + 10}"
  type                  = "VLAN"
  vlan_parent_interface = "enp2s0"
  vlan_tag              = count.index + 10
  aliases               = ["10.6\${count.index}.0.2/24"]
}
`;

describe('TrueNAS: contended writes in one apply at -parallelism=10', () => {
  let e2e: TrueNASE2e;

  before(async () => {
    e2e = await startTrueNASE2e({ version: '25.10.6', faults: { jobRunMs: 250, raceWindowMs: 250 } });
    for (let i = 0; i < TUNABLES; i++) e2e.sim.state.systemSettings.sysctls.set(`net.core.truemox_${i}`, '0');
    e2e.sim.state.interfaceAddresses = ['127.0.0.1', '10.0.0.1', '10.0.0.2'];
  });
  after(() => e2e?.close());

  it('creates every resource as its own object, with an empty plan after', async () => {
    e2e.config(config);
    await e2e.ws.apply(['-parallelism=10']);
    const tunables = e2e.sim.state.systemSettings.tables.tunable.list();
    assert.equal(tunables.length, TUNABLES);
    const tunableIds = (await e2e.ofType('truenas_tunable')).map((r) => r.values['id']);
    assert.equal(new Set(tunableIds).size, TUNABLES, `tunable ids in state: ${tunableIds.join(',')}`);
    const modes = (await e2e.ofType('truenas_filesystem_permissions')).map((r) => r.values['mode']).sort();
    assert.deepEqual(
      modes,
      Array.from({ length: DATASETS }, (_, i) => `7${i}0`),
    );
    const luns = e2e.sim.state.targetExtents.list().map((m) => m.lunid);
    assert.deepEqual([...luns].sort(), [0, 1, 2], `LUN ids: ${luns.join(',')}`);
    assert.deepEqual(
      e2e.sim.state.nvmet.ports
        .list()
        .map((p) => p.index)
        .sort(),
      [1, 2],
    );
    const tags = e2e.sim.state.portals.list().map((p) => p.tag);
    assert.deepEqual([...tags].sort(), [1, 2, 3], `portal tags: ${tags.join(',')}`);
    assert.equal(e2e.sim.state.network.hasPendingChanges(), false, 'no change left staged');
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('destroys everything at -parallelism=10', async () => {
    await e2e.ws.apply(['-destroy', '-parallelism=10']);
    assert.equal(e2e.sim.state.systemSettings.tables.tunable.list().length, 0);
    assert.deepEqual(e2e.sim.state.targetExtents.list(), []);
    assert.deepEqual(e2e.sim.state.nvmet.ports.list(), []);
    assert.deepEqual(e2e.sim.state.portals.list(), []);
    assert.deepEqual(
      [...e2e.sim.state.datasets.keys()].filter((name) => name !== 'tank'),
      [],
    );
    assert.equal(e2e.sim.state.network.hasPendingChanges(), false);
  });
});
