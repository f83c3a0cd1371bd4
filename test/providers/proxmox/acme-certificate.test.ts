// In-process cases for proxmox_acme_certificate: the node config values it writes and reads,
// the plan-time domain list rule, and the simulator's ACME order, renew and revoke (the real
// errors, the task, the privileges) that the resource relies on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { acmeConfigValues, acmeSettingsOf, domainListProblem } from '../../../src/providers/proxmox/resources/acme-certificate.js';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { certificateInfo } from '../../../src/sim/proxmox/x509-info.js';
import { pveCall, taskResult } from '../../sim/proxmox/pve-raw.js';

describe('ACME node config values', () => {
  const cases: Array<{
    name: string;
    account: string;
    domains: Array<{ domain: string; plugin: string | null; alias: string | null }>;
    values: Record<string, string>;
  }> = [
    {
      name: 'one standalone domain',
      account: 'default',
      domains: [{ domain: 'pve.example.com', plugin: null, alias: null }],
      values: { acme: 'account=default', acmedomain0: 'domain=pve.example.com' },
    },
    {
      name: 'a DNS plugin with an alias, then a standalone one',
      account: 'le',
      domains: [
        { domain: 'pve.example.com', plugin: 'cf', alias: 'challenge.example.net' },
        { domain: 'pve.lab.example', plugin: null, alias: null },
      ],
      values: { acme: 'account=le', acmedomain0: 'domain=pve.example.com,plugin=cf,alias=challenge.example.net', acmedomain1: 'domain=pve.lab.example' },
    },
  ];
  for (const c of cases) {
    it(`${c.name}: written and read back`, () => {
      const values = acmeConfigValues(c.account, c.domains);
      assert.deepEqual(values, c.values);
      assert.deepEqual(acmeSettingsOf(values), { account: c.account, domains: c.domains });
    });
  }
  it('reads a bare domain, the default account and legacy `acme: domains=` entries', () => {
    assert.deepEqual(acmeSettingsOf({ acme: 'domains=a.example;b.example', acmedomain2: 'c.example,plugin=cf', description: 'x' }), {
      account: 'default',
      domains: [
        { domain: 'c.example', plugin: 'cf', alias: null },
        { domain: 'a.example', plugin: null, alias: null },
        { domain: 'b.example', plugin: null, alias: null },
      ],
    });
    assert.deepEqual(acmeSettingsOf({}), { account: 'default', domains: [] });
  });
});

describe('ACME domain list rule', () => {
  const cases: Array<[string, string[], string | undefined]> = [
    ['one domain', ['pve.example.com'], undefined],
    ['six domains', ['a.x', 'b.x', 'c.x', 'd.x', 'e.x', 'f.x'], undefined],
    ['none', [], 'Give at least one domain.'],
    ['seven', ['a.x', 'b.x', 'c.x', 'd.x', 'e.x', 'f.x', 'g.x'], 'A node takes at most 6 ACME domains, got 7.'],
    ['the same name in another case', ['PVE.example.com', 'pve.example.com'], 'The domain "pve.example.com" is given twice.'],
  ];
  for (const [name, domains, problem] of cases) it(name, () => assert.equal(domainListProblem(domains), problem));
});

describe('simulated ACME certificate orders', () => {
  const ROOT = 'root@pam!tf=root-secret';
  const AUDITOR = 'audit@pve!t=audit-secret';
  let sim: ProxmoxSimulator;
  before(async () => {
    sim = await startProxmoxSimulator({ tokens: [ROOT, { token: AUDITOR, privsep: false }], taskDelayMs: 1, authFailureDelayMs: 0 });
    sim.grant('/', 'audit@pve', 'PVEAuditor');
  });
  after(() => sim.stop());

  const order = (token = ROOT, params: Record<string, string | number> = {}) => pveCall(sim, token, 'POST', '/nodes/pve/certificates/acme/certificate', params);
  const setConfig = (params: Record<string, string>) => pveCall(sim, ROOT, 'PUT', '/nodes/pve/config', params);

  it('refuses an order without domains (400) and a plugin that does not exist when the config is written', async () => {
    const missing = await order();
    assert.equal(missing.status, 400);
    assert.equal(missing.message, 'ACME domain list in node configuration is missing!');
    const plugin = await setConfig({ acmedomain0: 'domain=pve.example.com,plugin=nope' });
    assert.equal(plugin.status, 500);
    assert.equal(plugin.message, "plugin 'nope' for domain 'pve.example.com' not found!");
    const twice = await setConfig({ acmedomain0: 'pve.example.com', acmedomain1: 'PVE.example.com' });
    assert.equal(twice.message, "duplicate domain 'pve.example.com' in ACME config properties 'acmedomain1' and 'acmedomain0'");
    const badName = await setConfig({ acmedomain0: 'localhost' });
    assert.equal(badName.status, 400);
    assert.equal(sim.state.settings.get('pve')?.config.acmedomain0, undefined, 'a refused write changes nothing');
  });

  it('fails the task when the account does not exist, then issues a certificate for the domains', async () => {
    assert.equal((await setConfig({ acme: 'account=le', acmedomain0: 'pve.example.com', acmedomain1: 'domain=pve.lab.example' })).status, 200);
    const noAccount = await order();
    assert.equal(noAccount.status, 200);
    assert.equal(await taskResult(sim, noAccount.data), "ACME account config file 'le' does not exist.");
    sim.state.certificates.accounts.set('le', { contact: [], directory: 'https://acme-staging-v02.api.letsencrypt.org/directory', location: 'x' });
    const ordered = await order();
    assert.match(String(ordered.data), /^UPID:pve:[^:]+:[^:]+:[^:]+:acmenewcert::root@pam!tf:$/);
    assert.equal(await taskResult(sim, ordered.data), 'OK');
    const info = certificateInfo('pveproxy-ssl.pem', sim.state.certificates.custom.get('pve')?.pem ?? '');
    assert.deepEqual(info?.san, ['pve.example.com', 'pve.lab.example']);
    assert.equal(info?.subject, '/CN=pve.example.com');
  });

  it('needs force to order over an existing certificate and to renew one far from expiry', async () => {
    const again = await order();
    assert.equal(again.status, 400);
    assert.deepEqual(again.errors, { force: "Custom certificate exists but 'force' is not set." });
    const renew = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/certificates/acme/certificate');
    assert.deepEqual(renew.errors, { force: "Certificate does not expire within the next 30 days, and 'force' is not set." });
    const before = sim.state.certificates.custom.get('pve')?.pem;
    const forced = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/certificates/acme/certificate', { force: 1 });
    assert.equal(await taskResult(sim, forced.data), 'OK');
    assert.notEqual(sim.state.certificates.custom.get('pve')?.pem, before);
  });

  it('needs Sys.Modify on /nodes/{node}', async () => {
    const denied = await order(AUDITOR, { force: 1 });
    assert.equal(denied.status, 403);
    assert.equal(denied.message, 'Permission check failed (/nodes/pve, Sys.Modify)');
  });

  it('revokes and removes the certificate; a second revoke cannot read the file', async () => {
    const revoked = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/certificates/acme/certificate');
    assert.equal(await taskResult(sim, revoked.data), 'OK');
    assert.equal(sim.state.certificates.custom.has('pve'), false);
    const again = await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/certificates/acme/certificate');
    assert.equal(again.status, 500);
    assert.equal(again.message, "can't open '/etc/pve/nodes/pve/pveproxy-ssl.pem' - No such file or directory");
  });
});
