// truenas_nfs_share, truenas_smb_share and truenas_service driven by the real terraform
// against the TrueNAS simulator: create, stable plans, updates, drift, deletion outside,
// import, bad configuration, destroy (which stops the service).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectFailure, startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

function sharesConfig(fields: { ro?: boolean; comment?: string; nfsRunning?: boolean; extra?: string } = {}): string {
  return `
resource "truenas_dataset" "media" {
  name = "tank/media"
}
resource "truenas_nfs_share" "media" {
  path         = truenas_dataset.media.mountpoint
  networks     = ["192.168.1.0/24"]
  ro           = ${fields.ro ?? false}
  maproot_user = "root"
}
resource "truenas_smb_share" "media" {
  name    = "media"
  path    = truenas_dataset.media.mountpoint
  comment = "${fields.comment ?? 'films'}"
}
resource "truenas_service" "nfs" {
  service = "nfs"
  running = ${fields.nfsRunning ?? true}
}
resource "truenas_service" "smb" {
  service = "cifs"
}
${fields.extra ?? ''}
`;
}

describe('truenas shares and services with terraform', () => {
  let e2e: TrueNASE2e;
  const values = async (address: string) => (await e2e.resource(address)).values;
  const simService = (name: string) => e2e.sim.state.services.list().find((s) => s.service === name)!;

  before(async () => {
    e2e = await startTrueNASE2e();
    e2e.config(sharesConfig());
  });
  after(() => e2e?.close());

  it('refuses bad configuration with diagnostics naming the attribute', async () => {
    e2e.ws.writeConfig(
      `
resource "truenas_nfs_share" "bad" {
  path     = "/srv/data"
  security = ["NTLM"]
}
resource "truenas_smb_share" "bad" {
  name = ""
  path = "/mnt/tank/"
}`,
      'bad.tf',
    );
    const output = await expectFailure(e2e.ws, ['validate']).finally(() => e2e.ws.removeConfig('bad.tf'));
    assert.match(output, /"path" must be a path under \/mnt\/<pool>/);
    assert.match(output, /"security" must hold only SYS, KRB5, KRB5I or KRB5P/);
    assert.match(output, /"name" must be between 1 and 80 characters long/);
    e2e.ws.writeConfig('resource "truenas_service" "bad" {\n  service = "telnet"\n}\n', 'bad.tf');
    // Refused at plan time, against the server's own (per-version) service list.
    const plan = await expectFailure(e2e.ws, ['plan', '-target=truenas_service.bad']).finally(() => e2e.ws.removeConfig('bad.tf'));
    assert.match(plan, /Unknown service[\s\S]*no service named "telnet"[\s\S]*it has cifs, ftp, iscsitarget/);
    assert.match(plan, /with truenas_service\.bad/);
  });

  it('creates the shares and starts the services', async () => {
    await e2e.ws.apply();
    const nfs = await values('truenas_nfs_share.media');
    assert.equal(nfs.path, '/mnt/tank/media');
    assert.equal(nfs.maproot_user, 'root');
    assert.equal(nfs.mapall_user, null);
    assert.equal((await values('truenas_smb_share.media')).browsable, true);
    assert.equal(e2e.sim.state.nfsShares.list().length, 1);
    assert.deepEqual(e2e.sim.state.inventory().runningServices.sort(), ['cifs', 'nfs']);
    assert.equal(simService('nfs').enable, true);
  });

  it('plans no changes after apply', async () => {
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('updates in place, and stops a service that should not run', async () => {
    e2e.config(sharesConfig({ ro: true, comment: 'movies', nfsRunning: false }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /0 to add, 3 to change, 0 to destroy/);
    await e2e.ws.apply();
    assert.equal(e2e.sim.state.nfsShares.list()[0]?.['ro'], true);
    assert.equal(e2e.sim.state.smbShares.list()[0]?.['comment'], 'movies');
    assert.equal(simService('nfs').state, 'STOPPED');
    assert.equal(simService('nfs').enable, true);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('shows drift made on the server and corrects it', async () => {
    e2e.sim.state.smbShares.list()[0]!['comment'] = 'edited';
    simService('cifs').state = 'STOPPED';
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /~ comment\s+= "edited" -> "movies"/);
    assert.match(plan.output, /~ running\s+= false -> true/);
    await e2e.ws.apply();
    assert.equal(simService('cifs').state, 'RUNNING');
  });

  it('plans a create for a share deleted outside terraform', async () => {
    for (const share of e2e.sim.state.nfsShares.list()) e2e.sim.state.nfsShares.delete(share.id);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /truenas_nfs_share\.media will be created/);
    await e2e.ws.apply();
    assert.equal(e2e.sim.state.nfsShares.list().length, 1);
  });

  it('imports with an import block and with terraform import', async () => {
    const share = e2e.sim.state.smbShares.insert({ path: '/mnt/tank/media', name: 'public', comment: '', ro: true, browsable: true, enabled: true });
    const extra = `
import {
  to = truenas_smb_share.public
  id = "${share.id}"
}
resource "truenas_smb_share" "public" {
  name = "public"
  path = "/mnt/tank/media"
  ro   = true
}
resource "truenas_service" "ssh" {
  service = "ssh"
  enable  = false
  running = false
}`;
    e2e.config(sharesConfig({ ro: true, comment: 'movies', nfsRunning: false, extra }));
    await e2e.ws.expect(['import', '-no-color', '-input=false', 'truenas_service.ssh', 'ssh']);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /1 to import, 0 to add, 0 to change, 0 to destroy/);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('destroys everything: shares deleted, services stopped and disabled', async () => {
    await e2e.ws.destroy();
    const inventory = e2e.sim.state.inventory();
    assert.deepEqual(inventory.nfsShares, []);
    assert.deepEqual(inventory.smbShares, []);
    assert.deepEqual(inventory.runningServices, []);
    assert.equal(simService('cifs').enable, false);
    assert.deepEqual(await e2e.ws.resources(), []);
  });
});
