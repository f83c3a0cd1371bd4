// The truenas iSCSI resources driven by the real terraform against the TrueNAS simulator:
// a zvol exported through portal, initiator group, CHAP credentials, target, extent and LUN
// mapping; stable plans, updates in place, replacement, drift, deletion outside, import, destroy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectFailure, startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

interface Variant {
  alias?: string;
  comment?: string;
  lun?: number;
  initiators?: string;
  mappedTo?: 'vm' | 'backup';
  extra?: string;
}

function iscsiConfig(v: Variant = {}): string {
  return `
resource "truenas_zvol" "disk0" {
  name    = "tank/vm-disk0"
  volsize = provider::truenas::parse_size("1G")
}
resource "truenas_iscsi_portal" "main" {
  listen  = ["0.0.0.0"]
  comment = "${v.comment ?? 'all addresses'}"
}
resource "truenas_iscsi_initiator" "pve" {
  initiators = [${v.initiators ?? '"iqn.1993-08.org.debian:01:pve1"'}]
  comment    = "proxmox"
}
resource "truenas_iscsi_auth" "chap" {
  tag    = 1
  user   = "pve"
  secret = "chap-secret-123"
}
resource "truenas_iscsi_target" "vm" {
  name  = "vm-100"
  alias = "${v.alias ?? 'VM 100'}"
  group {
    portal     = truenas_iscsi_portal.main.id
    initiator  = truenas_iscsi_initiator.pve.id
    authmethod = "CHAP"
    auth       = truenas_iscsi_auth.chap.tag
  }
}
resource "truenas_iscsi_target" "backup" {
  name   = "backup"
  group {
    portal = truenas_iscsi_portal.main.id
  }
}
resource "truenas_iscsi_extent" "disk0" {
  name    = "vm-100-disk0"
  zvol    = truenas_zvol.disk0.name
  comment = "${v.comment ?? 'all addresses'}"
}
resource "truenas_iscsi_targetextent" "disk0" {
  target = truenas_iscsi_target.${v.mappedTo ?? 'vm'}.id
  extent = truenas_iscsi_extent.disk0.id
  ${v.lun !== undefined ? `lun_id = ${v.lun}` : ''}
}
${v.extra ?? ''}
`;
}

describe('truenas iSCSI resources with terraform', () => {
  let e2e: TrueNASE2e;
  const values = async (address: string) => (await e2e.resource(address)).values;

  before(async () => {
    e2e = await startTrueNASE2e();
    e2e.config(iscsiConfig());
  });
  after(() => e2e?.close());

  it('refuses bad configuration with diagnostics naming the attribute', async () => {
    e2e.ws.writeConfig(
      `
resource "truenas_iscsi_extent" "bad" {
  name = "no-storage"
  path = "/mnt/tank/file"
}
resource "truenas_iscsi_target" "bad" {
  name = "Upper Case"
}
resource "truenas_iscsi_auth" "bad" {
  tag    = 1
  user   = "u"
  secret = "short"
}
resource "truenas_iscsi_targetextent" "bad" {
  target = 1
  extent = 1
  lun_id = 20000
}`,
      'bad.tf',
    );
    const output = await expectFailure(e2e.ws, ['validate']).finally(() => e2e.ws.removeConfig('bad.tf'));
    assert.match(output, /Missing zvol[\s\S]*A DISK extent exports a zvol/);
    assert.match(output, /path is for FILE extents/);
    assert.match(output, /"name" must be 1 to 120 lower-case letters/);
    assert.match(output, /"secret" must be 12 to 16 characters long, got 5/);
    assert.match(output, /"lun_id" must be between 0 and 16382, got 20000/);
  });

  it('creates the zvol, portal, initiator group, credentials, targets, extent and LUN', async () => {
    await e2e.ws.apply();
    const mapping = await values('truenas_iscsi_targetextent.disk0');
    assert.equal(mapping.lun_id, 0, 'the server assigned the first free LUN');
    const extent = await values('truenas_iscsi_extent.disk0');
    assert.equal(extent.zvol, 'tank/vm-disk0');
    assert.match(String(extent.serial), /^\w+$/);
    const target = await values('truenas_iscsi_target.vm');
    assert.deepEqual(target.group, [
      { portal: (await values('truenas_iscsi_portal.main')).id, initiator: (await values('truenas_iscsi_initiator.pve')).id, authmethod: 'CHAP', auth: 1 },
    ]);
    const chap = await e2e.resource('truenas_iscsi_auth.chap');
    assert.equal(chap.sensitive_values?.secret, true);
    const sim = e2e.sim.state;
    assert.equal(sim.extents.list()[0]?.path, 'zvol/tank/vm-disk0');
    assert.deepEqual(
      sim.targetExtents.list().map((m) => [m.target, m.extent, m.lunid]),
      [[target.id, extent.id, 0]],
    );
    assert.equal((await values('truenas_iscsi_portal.main')).port, 3260);
  });

  it('plans no changes after apply', async () => {
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('updates in place', async () => {
    const before = await values('truenas_iscsi_extent.disk0');
    e2e.config(iscsiConfig({ alias: 'VM one hundred', comment: 'changed', lun: 3, initiators: '"iqn.a:1", "iqn.b:2"' }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /0 to add, 5 to change, 0 to destroy/);
    await e2e.ws.apply();
    const sim = e2e.sim.state;
    assert.equal(sim.targetExtents.list()[0]?.lunid, 3);
    assert.equal(sim.extents.get(Number(before.id))?.comment, 'changed');
    assert.equal(sim.targets.list().find((t) => t.name === 'vm-100')?.alias, 'VM one hundred');
    assert.deepEqual(sim.initiators.list()[0]?.initiators, ['iqn.a:1', 'iqn.b:2']);
    assert.equal((await values('truenas_iscsi_extent.disk0')).serial, before.serial);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('replaces the LUN mapping when it moves to another target', async () => {
    const before = await values('truenas_iscsi_targetextent.disk0');
    e2e.config(iscsiConfig({ alias: 'VM one hundred', comment: 'changed', lun: 3, initiators: '"iqn.a:1", "iqn.b:2"', mappedTo: 'backup' }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /truenas_iscsi_targetextent\.disk0 must be replaced/);
    assert.match(plan.output, /# forces replacement/);
    await e2e.ws.apply();
    const after = await values('truenas_iscsi_targetextent.disk0');
    assert.notEqual(after.id, before.id);
    assert.equal(after.target, (await values('truenas_iscsi_target.backup')).id);
    assert.equal(e2e.sim.state.targetExtents.list().length, 1);
  });

  it('shows drift made on the server', async () => {
    const extent = e2e.sim.state.extents.list()[0]!;
    extent.comment = 'edited in the web UI';
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /~ comment\s+= "edited in the web UI" -> "changed"/);
    await e2e.ws.apply();
    assert.equal(extent.comment, 'changed');
  });

  it('plans a create for objects deleted outside terraform', async () => {
    const sim = e2e.sim.state;
    for (const mapping of sim.targetExtents.list()) sim.targetExtents.delete(mapping.id);
    for (const initiator of sim.initiators.list()) sim.initiators.delete(initiator.id);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /truenas_iscsi_targetextent\.disk0 will be created/);
    assert.match(plan.output, /truenas_iscsi_initiator\.pve will be created/);
    await e2e.ws.apply();
    assert.equal(sim.targetExtents.list().length, 1);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('imports with an import block and with terraform import', async () => {
    const sim = e2e.sim.state;
    const portal = sim.portals.insert({ listen: [{ ip: '10.0.0.5', port: 3260 }], comment: 'storage lan' });
    const auth = sim.auths.insert({ tag: 2, user: 'other', secret: 'another-secret', peeruser: '', peersecret: '', discovery_auth: 'NONE' });
    const extra = `
import {
  to = truenas_iscsi_portal.lan
  id = "${portal.id}"
}
resource "truenas_iscsi_portal" "lan" {
  listen  = ["10.0.0.5"]
  comment = "storage lan"
}
resource "truenas_iscsi_auth" "other" {
  tag    = 2
  user   = "other"
  secret = "another-secret"
}`;
    e2e.config(iscsiConfig({ alias: 'VM one hundred', comment: 'changed', lun: 3, initiators: '"iqn.a:1", "iqn.b:2"', mappedTo: 'backup', extra }));
    await e2e.ws.expect(['import', '-no-color', '-input=false', 'truenas_iscsi_auth.other', String(auth.id)]);
    const bad = await expectFailure(e2e.ws, ['import', 'truenas_iscsi_portal.lan', 'lan']);
    assert.match(bad, /import id must be the object's numeric id/);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /1 to import, 0 to add, 0 to change, 0 to destroy/);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('destroys everything, and the server holds nothing of it', async () => {
    await e2e.ws.destroy();
    const inventory = e2e.sim.state.inventory();
    for (const kind of ['zvols', 'portals', 'initiators', 'auths', 'targets', 'extents', 'targetExtents']) assert.deepEqual(inventory[kind], [], kind);
    assert.deepEqual(await e2e.ws.resources(), []);
  });
});
