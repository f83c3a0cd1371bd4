// Errors from the servers, mapped to the attribute they concern with the fix in words: an object
// that exists already (as after terraform was killed mid-apply, or made out of band) names the
// import command that adopts it, and that command works; unknown pools, nodes and storages name
// the attribute; an oversize zvol points at force_size.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProxmoxClient } from '../../src/clients/proxmox/index.js';
import { TrueNASClient } from '../../src/clients/truenas/index.js';
import { PVE_TOKEN, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';
import { expectFailure, startTrueNASE2e, TRUENAS_KEY, type TrueNASE2e } from '../providers/truenas/harness.js';

/** Output with line breaks folded, so a match does not depend on how terraform wraps text. */
const folded = (text: string): string => text.replace(/\s+/g, ' ');

describe('truenas: API errors name the attribute and the fix', () => {
  let e2e: TrueNASE2e;
  before(async () => {
    e2e = await startTrueNASE2e();
  });
  after(async () => e2e?.close());

  it('one apply: a dataset made out of band, an unknown pool, an oversize zvol each name the attribute and the fix', async () => {
    const client = new TrueNASClient({ endpoint: e2e.sim.url, apiKey: TRUENAS_KEY });
    await client.datasets.create({ name: 'tank/outofband', type: 'FILESYSTEM' });
    client.close();
    const media = 'resource "truenas_dataset" "media" {\n  name = "tank/outofband"\n}\n';
    e2e.config(
      `${media}resource "truenas_dataset" "lost" {\n  name = "nopool/data"\n}\n` +
        'resource "truenas_zvol" "huge" {\n  name    = "tank/huge"\n  volsize = 1125899906842624\n}\n',
    );
    const output = folded(await expectFailure(e2e.ws, ['apply', '-auto-approve']));
    // The object that exists already: "already exists" names the import command.
    assert.match(output, /Already exists on the TrueNAS server/);
    assert.match(output, /terraform import truenas_dataset\.NAME tank\/outofband/);
    assert.match(output, /import \{ to = truenas_dataset\.NAME id = "tank\/outofband" \}/);
    assert.match(output, /in resource "truenas_dataset" "media": \d+: name = "tank\/outofband"/, 'points at the name attribute');
    // The unknown pool names the name attribute and the pool.
    assert.match(output, /Pool or parent dataset does not exist/);
    assert.match(output, /check the pool name \(the part before the first "\/": "nopool"\)/);
    // A zvol above 80% of the pool points at force_size.
    assert.match(output, /The zvol would fill the pool/);
    assert.match(output, /Set force_size = true to create it anyway, or choose a smaller volsize/);
    assert.match(output, /in resource "truenas_zvol" "huge": \d+: volsize = /);
    assert.equal(e2e.sim.state.datasets.has('tank/huge'), false);

    // The import command the error names adopts the dataset.
    e2e.config(media);
    await e2e.ws.expect(['import', '-no-color', '-input=false', 'truenas_dataset.media', 'tank/outofband']);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });
});

describe('proxmox: API errors name the attribute and the fix', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(async () => e2e?.close());

  const vm = (extra: string, storage = 'local-lvm') => `
resource "proxmox_vm" "web" {
  node = "pve"
  name = "web"
  ${extra}
  disk {
    interface = "scsi0"
    storage   = "${storage}"
    size      = "1G"
  }
}
`;

  it('a VMID taken out of band: the error names the import command, which adopts the VM', async () => {
    const client = new ProxmoxClient({ endpoint: e2e.sim.url, apiToken: PVE_TOKEN, caPem: e2e.sim.caPem });
    await client.qemu.create('pve', { vmid: 321, name: 'web', memory: 512, scsi0: 'local-lvm:1' });
    await client.close();
    e2e.config(vm('vmid = 321'));
    const output = folded(await expectFailure(e2e.ws, ['apply', '-auto-approve']));
    assert.match(output, /The VMID is taken/);
    assert.match(output, /terraform import proxmox_vm\.NAME pve\/321/);
    assert.match(output, /Otherwise choose another vmid, or leave vmid unset/);
    await e2e.ws.expect(['import', '-no-color', '-input=false', 'proxmox_vm.web', 'pve/321']);
    const state = await e2e.resource('proxmox_vm.web');
    assert.equal(Number(state.values.vmid), 321);
    await e2e.ws.destroy();
  });

  it('an unknown node and an unknown storage name their attributes', async () => {
    e2e.config(vm('').replace('node = "pve"', 'node = "pve9"'));
    assert.match(folded(await expectFailure(e2e.ws, ['apply', '-auto-approve'])), /Unknown node.*Proxmox VE has no node "pve9"/);
    e2e.config(vm('', 'fast-nvme'));
    const storage = folded(await expectFailure(e2e.ws, ['apply', '-auto-approve']));
    assert.match(storage, /Unknown storage.*Proxmox VE has no storage "fast-nvme"/);
    assert.match(storage, /\d+: storage = "fast-nvme"/, "points at the disk block's storage");
    assert.equal(e2e.sim.vms().length, 0, 'nothing left behind');
  });
});
