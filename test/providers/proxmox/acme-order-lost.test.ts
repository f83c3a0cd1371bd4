// proxmox_acme_certificate when the order's answer is lost or its task fails: the order task
// reads the node config when it starts and installs the certificate when it ends (pve-manager
// PVE/API2/ACME.pm), so the provider must not put the old ACME settings back under a task that
// still runs or has ordered: it finds the task in the node's active list, waits for it and then
// records the certificate (keeping the settings), or restores the settings when nothing changed.
// The simulator holds the task until the provider is seen waiting for it.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { acmeCertificateResource } from '../../../src/providers/proxmox/resources/acme-certificate.js';
import { SERVED_CERTIFICATE_NAMES } from '../../../src/providers/proxmox/shared/served-certificate.js';
import { defaultFaults } from '../../../src/sim/proxmox/faults.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { recordingContext } from './in-process.js';

const PLAN = {
  id: null,
  node: 'pve',
  account: 'le',
  domains: [{ domain: 'pve.example.com', plugin: null, alias: null }],
  force: false,
  ...Object.fromEntries(SERVED_CERTIFICATE_NAMES.map((name) => [name, null])),
};
const ORDER = /^POST \/nodes\/pve\/certificates\/acme\/certificate$/;

let h: Harness;
before(async () => {
  h = await startHarness();
  h.sim.state.certificates.accounts.set('le', { contact: [], directory: 'https://acme-staging-v02.api.letsencrypt.org/directory', location: 'x' });
});
after(() => h.close());
beforeEach(() => {
  Object.assign(h.sim.faults, defaultFaults());
  h.sim.state.certificates.custom.delete('pve');
  const config = h.sim.state.settings.get('pve')?.config;
  for (const key of Object.keys(config ?? {})) if (key.startsWith('acme')) delete config?.[key];
  h.sim.requests.length = 0;
});

/** Resolves once the client has polled an `acmenewcert` task (the provider waits for it), or `operation` settled first. */
async function polledOrder(operation: Promise<unknown>): Promise<void> {
  let settled = false;
  void operation.then(
    () => (settled = true),
    () => (settled = true),
  );
  const polled = () =>
    h.sim.requests.some(
      (r) => r.method === 'GET' && r.template === '/nodes/{node}/tasks/{upid}/status' && (r.params.upid ?? '').split(':')[5] === 'acmenewcert',
    );
  while (!settled && !polled()) await new Promise((resolve) => setImmediate(resolve));
}

describe('proxmox_acme_certificate: an order whose answer was lost', () => {
  it('waits for the running order, keeps the settings it ordered with and records the certificate', async () => {
    const { ctx, saved } = recordingContext(h.client);
    const release = h.sim.holdTasks();
    Object.assign(h.sim.faults, { dropAnswers: 1, match: ORDER });
    const created = acmeCertificateResource.create(ctx, PLAN as never);
    void polledOrder(created).then(release);
    await assert.rejects(created, /the order task installed the certificate: the ACME settings stay as written/);
    assert.equal(h.sim.faults.dropAnswers, 0, 'the fault was hit');
    assert.ok(h.sim.state.certificates.custom.has('pve'), 'the task installed the certificate');
    assert.equal(h.sim.state.settings.get('pve')?.config.acmedomain0, 'domain=pve.example.com', 'the settings stay');
    assert.equal(saved.length, 1);
    const recorded = saved[0] as { fingerprint: string | null; domains: unknown };
    assert.ok(recorded.fingerprint !== null);
    assert.deepEqual(recorded.domains, PLAN.domains);
  });

  it('a failed order task changed nothing: the settings are put back', async () => {
    const { ctx, saved } = recordingContext(h.client);
    const release = h.sim.holdTasks();
    Object.assign(h.sim.faults, { dropAnswers: 1, match: ORDER, failTasks: 1, taskMatch: /^acmenewcert$/ });
    const created = acmeCertificateResource.create(ctx, PLAN as never);
    void polledOrder(created).then(release);
    await assert.rejects(created, (error: Error) => !/kept in state/.test(error.message));
    assert.equal(h.sim.state.certificates.custom.has('pve'), false);
    assert.equal(h.sim.state.settings.get('pve')?.config.acmedomain0, undefined, 'the settings are put back');
    assert.deepEqual(saved, []);
  });
});
