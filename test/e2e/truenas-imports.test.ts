// Objects made outside terraform (by the web UI or midclt: the server's defaults filled in), adopted
// with `import` blocks and the configuration that describes them: terraform plans the imports and
// nothing else (no no-op update; terraform accepts the prior `inherit` the provider keeps for names
// the dataset already inherits), and an import id of the wrong form fails naming the right one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TrueNASClient } from '../../src/clients/truenas/index.js';
import { expectFailure, startTrueNASE2e, TRUENAS_KEY, type TrueNASE2e } from '../providers/truenas/harness.js';
import { externalCertificate } from '../helpers/certificates.js';

const folded = (text: string): string => text.replace(/\s+/g, ' ');

describe('truenas: objects made outside terraform import with an empty plan', () => {
  let e2e: TrueNASE2e;
  before(async () => {
    e2e = await startTrueNASE2e();
  });
  after(async () => e2e?.close());
  /** The configuration of what the first test adopted: the next keeps it, so nothing is planned away. */
  let adopted = '';

  it('a dataset, a zvol with inherit lists and an hourly snapshot task import; a bad id names the form', async () => {
    const client = new TrueNASClient({ endpoint: e2e.sim.url, apiKey: TRUENAS_KEY });
    await client.call('pool.dataset.create', [{ name: 'tank/ui', type: 'FILESYSTEM', atime: 'OFF' }]);
    await client.call('pool.dataset.create', [{ name: 'tank/ui-vol', type: 'VOLUME', volsize: 1024 ** 3 }]);
    const task = (await client.call('pool.snapshottask.create', [
      { dataset: 'tank/ui', recursive: false, lifetime_value: 2, lifetime_unit: 'WEEK', naming_schema: 'auto-%Y-%m-%d_%H-%M' },
    ])) as { id: number };
    client.close();
    const resources = `
resource "truenas_dataset" "ui" {
  name    = "tank/ui"
  atime   = false
  inherit = ["compression", "sync"]
}
resource "truenas_zvol" "ui" {
  name    = "tank/ui-vol"
  volsize = ${1024 ** 3}
  inherit = ["compression"]
}
resource "truenas_periodic_snapshot_task" "hourly" {
  dataset  = truenas_dataset.ui.name
  schedule = "0 * * * *"
}
`;
    const imports = `
import {
  to = truenas_dataset.ui
  id = "tank/ui"
}
import {
  to = truenas_zvol.ui
  id = "tank/ui-vol"
}
import {
  to = truenas_periodic_snapshot_task.hourly
  id = "${task.id}"
}
`;
    e2e.config(resources + imports);
    const plan = await e2e.ws.expect(['plan', '-no-color', '-input=false']);
    assert.match(plan.stdout, /Plan: 3 to import, 0 to add, 0 to change, 0 to destroy\./, plan.stdout);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);

    // An import id of the wrong form: the error names the form.
    e2e.config(`${resources}resource "truenas_ssh_config" "ssh" {}\nimport {\n  to = truenas_ssh_config.ssh\n  id = "sshd"\n}\n`);
    const output = folded(await expectFailure(e2e.ws, ['plan']));
    assert.match(output, /Invalid import id/);
    assert.match(output, /The import id is "ssh" \(there is one configuration\), for example "ssh"\. Got "sshd"\./);
    adopted = resources;
  });

  it('a user and an imported certificate made in the web UI import with an empty plan', async () => {
    const pem = await externalCertificate('nas.example.com');
    const client = new TrueNASClient({ endpoint: e2e.sim.url, apiKey: TRUENAS_KEY });
    const user = (await client.call('user.create', [{ username: 'alice', full_name: 'Alice', password: 'Secret-123', group_create: true }])) as { id: number };
    const imported = await client.crypto.certificates.create({
      name: 'imported',
      create_type: 'CERTIFICATE_CREATE_IMPORTED',
      certificate: pem.certificate,
      privatekey: pem.privateKey,
    });
    client.close();
    const imports = `${adopted}
resource "truenas_user" "alice" {
  username  = "alice"
  full_name = "Alice"
}
import {
  to = truenas_user.alice
  id = "${user.id}"
}
resource "truenas_certificate" "imported" {
  name        = "imported"
  certificate = ${JSON.stringify(pem.certificate)}
}
import {
  to = truenas_certificate.imported
  id = "${imported.id}"
}
`;
    e2e.config(imports);
    const plan = await e2e.ws.expect(['plan', '-no-color', '-input=false']);
    assert.match(plan.stdout, /Plan: 2 to import, 0 to add, 0 to change, 0 to destroy\./, plan.stdout);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
    // The password, which no read returns, recorded: the update shows it alone, not what the
    // server cannot tell an import (the group made at creation, WebShare before 26.0) as unknown.
    e2e.config(imports.replace('full_name = "Alice"', 'full_name = "Alice"\n  password  = "Secret-123"'));
    const recording = await e2e.ws.expect(['plan', '-no-color', '-input=false']);
    assert.match(recording.stdout, /Plan: 0 to add, 1 to change, 0 to destroy\./, recording.stdout);
    assert.doesNotMatch(recording.stdout, /known after apply/, recording.stdout);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });
});
