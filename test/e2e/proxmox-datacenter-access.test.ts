// Realms, realm-sync jobs, ACME accounts and plugins, a node's custom certificate and another
// node's ACME certificate with the real terraform against the simulator, on the lifecycle harness: one workspace, one init, one
// run (create everything, update everything, import, destroy, nothing left). ACME accounts are
// root@pam's alone, so the run logs in as root@pam with a ticket.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { generateCertificate } from '../../src/sim/truenas/tls.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, ROOT_LOGIN, startProxmoxE2e, useTicketLogin, type ProxmoxE2e } from '../providers/proxmox/harness.js';

interface Variant {
  comment: string;
  bindVersion: number;
  adPassword: string;
  clientKey: string;
  schedule: string;
  contact: string;
  token: string;
  cert: { certPem: string; keyPem: string };
  acmeDomain: string;
}

function heredoc(text: string): string {
  return `<<-EOT\n${text.trim()}\nEOT`;
}

function accessConfig(v: Variant): string {
  return `
resource "proxmox_realm" "corp" {
  realm                = "corp"
  type                 = "ldap"
  comment              = "${v.comment}"
  server1              = "ldap.example.com"
  mode                 = "ldaps"
  base_dn              = "dc=example,dc=com"
  user_attr            = "uid"
  bind_dn              = "cn=pve,dc=example,dc=com"
  password_wo          = "bind-secret-${v.bindVersion}"
  password_wo_version  = ${v.bindVersion}
  sync_scope           = "both"
  sync_remove_vanished = ["acl", "entry"]
}
resource "proxmox_realm" "ad" {
  realm    = "ad"
  type     = "ad"
  server1  = "dc1.example.com"
  domain   = "example.com"
  password = "${v.adPassword}"
  default  = true
}
resource "proxmox_realm" "sso" {
  realm          = "sso"
  type           = "openid"
  issuer_url     = "https://id.example.com/realms/lab"
  client_id      = "pve"
  client_key     = "${v.clientKey}"
  username_claim = "email"
  autocreate     = true
}
resource "proxmox_realm_sync" "corp" {
  job_id          = "corp-nightly"
  realm           = proxmox_realm.corp.realm
  schedule        = "${v.schedule}"
  scope           = "users"
  remove_vanished = ["entry"]
}
resource "proxmox_acme_account" "le" {
  name      = "staging"
  contact   = ["${v.contact}"]
  directory = "https://acme-staging-v02.api.letsencrypt.org/directory"
  tos_url   = "https://letsencrypt.org/documents/LE-SA-v1.5-February-24-2025.pdf"
}
resource "proxmox_acme_account" "zerossl" {
  name                    = "zerossl"
  contact                 = ["${v.contact}"]
  directory               = "https://acme.zerossl.com/v2/DV90"
  tos_url                 = "https://secure.trust-provider.com/repository/docs/Legacy/20221001_Certificate_Subscriber_Agreement_v_2_5_click.pdf"
  eab_kid                 = "kid-1"
  eab_hmac_key_wo         = "hmac-secret"
  eab_hmac_key_wo_version = 1
}
resource "proxmox_acme_plugin" "cf" {
  plugin_id        = "cloudflare"
  api              = "cf"
  data             = { CF_Token = "${v.token}", CF_Account_ID = "acct-1" }
  validation_delay = 60
}
resource "proxmox_acme_plugin" "wo" {
  plugin_id       = "dns-wo"
  api             = "ovh"
  data_wo         = { OVH_AK = "ak-${v.bindVersion}" }
  data_wo_version = ${v.bindVersion}
}
resource "proxmox_certificate" "pve" {
  node         = "pve"
  certificates = ${heredoc(v.cert.certPem)}
  private_key  = ${heredoc(v.cert.keyPem)}
}
resource "proxmox_acme_certificate" "pve2" {
  node    = "pve2"
  account = proxmox_acme_account.le.name
  domains = [
    { domain = "${v.acmeDomain}", plugin = proxmox_acme_plugin.cf.plugin_id },
    { domain = "pve2.lab.example" },
  ]
}
`;
}

function accessCase(first: Variant, second: Variant): LifecycleCase<ProxmoxSimulator> {
  let acmeFingerprint = '';
  return {
    name: 'proxmox realms, realm sync, ACME and certificates',
    steps: [
      {
        config: accessConfig(first),
        expect: {
          'proxmox_realm.corp': 'create',
          'proxmox_acme_account.le': 'create',
          'proxmox_certificate.pve': 'create',
          'proxmox_acme_certificate.pve2': 'create',
        },
        async check({ target: { state }, resource }) {
          const { domains, passwords, syncJobs } = state.realms;
          assert.deepEqual(domains.get('corp'), {
            type: 'ldap',
            comment: 'first',
            server1: 'ldap.example.com',
            mode: 'ldaps',
            base_dn: 'dc=example,dc=com',
            user_attr: 'uid',
            bind_dn: 'cn=pve,dc=example,dc=com',
            'sync-defaults-options': 'scope=both,remove-vanished=acl;entry',
          });
          assert.equal(passwords.get('corp'), 'bind-secret-1');
          assert.equal(passwords.get('ad'), 'ad-one');
          assert.equal(domains.get('ad')?.default, '1');
          assert.equal(domains.get('sso')?.['client-key'], 'key-one');
          assert.equal(passwords.has('sso'), false);
          assert.deepEqual(syncJobs.get('corp-nightly'), {
            type: 'realm-sync',
            realm: 'corp',
            schedule: 'daily',
            scope: 'users',
            enabled: '1',
            'remove-vanished': 'entry',
          });
          assert.deepEqual(state.certificates.accounts.get('staging')?.contact, ['mailto:ops@example.com']);
          const plugin = state.certificates.plugins.get('cloudflare');
          assert.equal(plugin?.data, 'CF_Account_ID=acct-1\nCF_Token=token-one', 'kept decoded, as GET answers it');
          assert.equal(plugin?.['validation-delay'], '60');
          assert.equal(state.certificates.custom.get('pve')?.key.trim(), first.cert.keyPem.trim());
          const cert = await resource('proxmox_certificate.pve');
          assert.match(String(cert.values.fingerprint), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
          assert.equal(cert.values.subject, '/CN=pve-one.example.com');
          assert.ok(Number(cert.values.not_after) > Number(cert.values.not_before));
          const corp = await resource('proxmox_realm.corp');
          assert.equal(corp.values.password_wo, null);
          // Credentials given write-only reach the server but neither the state nor the plan.
          assert.equal(state.certificates.plugins.get('dns-wo')?.data, 'OVH_AK=ak-1');
          const wo = await resource('proxmox_acme_plugin.wo');
          assert.equal(wo.values.data_wo, null);
          assert.equal(wo.values.data, null);
          assert.equal(wo.values.data_wo_version, 1);
          // A CA that requires External Account Binding got it; the key stays out of the state.
          assert.equal(state.certificates.accounts.get('zerossl')?.eabKid, 'kid-1');
          const zerossl = await resource('proxmox_acme_account.zerossl');
          assert.equal(zerossl.values.eab_hmac_key_wo, null);
          // The ACME certificate: the node's settings name the account and domains, the order issued it for them.
          const pve2 = state.settings.get('pve2')?.config;
          assert.deepEqual(
            { acme: pve2?.acme, d0: pve2?.acmedomain0, d1: pve2?.acmedomain1 },
            { acme: 'account=staging', d0: 'domain=pve2.example.com,plugin=cloudflare', d1: 'domain=pve2.lab.example' },
          );
          const acme = await resource('proxmox_acme_certificate.pve2');
          assert.deepEqual(acme.values.subject_alternative_names, ['pve2.example.com', 'pve2.lab.example']);
          assert.equal(acme.values.subject, '/CN=pve2.example.com');
          assert.match(String(acme.values.fingerprint), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
          acmeFingerprint = String(acme.values.fingerprint);
        },
      },
      {
        config: accessConfig(second),
        expect: {
          'proxmox_realm.corp': 'update',
          'proxmox_realm.ad': 'update',
          'proxmox_realm.sso': 'update',
          'proxmox_realm_sync.corp': 'update',
          'proxmox_acme_account.le': 'update',
          'proxmox_acme_plugin.cf': 'update',
          'proxmox_acme_plugin.wo': 'update',
          'proxmox_certificate.pve': 'update',
          'proxmox_acme_certificate.pve2': 'update',
        },
        async check({ target: { state }, resource }) {
          const { domains, passwords, syncJobs } = state.realms;
          assert.equal(domains.get('corp')?.comment, 'second');
          assert.equal(passwords.get('corp'), 'bind-secret-2');
          assert.equal(passwords.get('ad'), 'ad-two');
          assert.equal(domains.get('sso')?.['client-key'], 'key-two');
          assert.equal(domains.get('sso')?.['username-claim'], 'email');
          assert.equal(syncJobs.get('corp-nightly')?.schedule, '*-*-* 02:00');
          assert.deepEqual(state.certificates.accounts.get('staging')?.contact, ['mailto:admin@example.com']);
          const plugin = state.certificates.plugins.get('cloudflare');
          assert.equal(plugin?.data, 'CF_Account_ID=acct-1\nCF_Token=token-two');
          assert.equal(state.certificates.plugins.get('dns-wo')?.data, 'OVH_AK=ak-2');
          assert.equal(state.certificates.custom.get('pve')?.key.trim(), second.cert.keyPem.trim());
          // A new domain renewed the certificate.
          assert.equal(state.settings.get('pve2')?.config.acmedomain0, 'domain=pve2-new.example.com,plugin=cloudflare');
          const acme = await resource('proxmox_acme_certificate.pve2');
          assert.deepEqual(acme.values.subject_alternative_names, ['pve2-new.example.com', 'pve2.lab.example']);
          assert.notEqual(acme.values.fingerprint, acmeFingerprint);
        },
      },
    ],
    imports: [
      { address: 'proxmox_realm.corp', unreadable: ['password_wo_version'] },
      { address: 'proxmox_realm.ad', unreadable: ['password'] },
      { address: 'proxmox_realm.sso', unreadable: ['client_key'] },
      { address: 'proxmox_realm_sync.corp' },
      { address: 'proxmox_acme_account.le' },
      { address: 'proxmox_acme_account.zerossl', unreadable: ['eab_kid', 'eab_hmac_key_wo_version'] },
      { address: 'proxmox_acme_plugin.cf', unreadable: ['data'] },
      { address: 'proxmox_acme_plugin.wo', unreadable: ['data_wo_version'] },
      { address: 'proxmox_certificate.pve', unreadable: ['private_key'] },
      { address: 'proxmox_acme_certificate.pve2' },
    ],
    leftovers({ state: { realms, certificates, settings } }) {
      return [
        ...Object.keys(settings.get('pve2')?.config ?? {})
          .filter((key) => key.startsWith('acme'))
          .map((key) => `ACME setting ${key} of pve2`),
        ...[...realms.domains.keys()].filter((r) => r !== 'pam' && r !== 'pve').map((r) => `realm ${r}`),
        ...[...realms.passwords.keys()].map((r) => `bind password of ${r}`),
        ...[...realms.syncJobs.keys()].map((j) => `realm-sync job ${j}`),
        ...[...certificates.accounts.keys()].map((a) => `ACME account ${a}`),
        ...[...certificates.plugins.keys()].filter((p) => p !== 'standalone').map((p) => `ACME plugin ${p}`),
        ...[...certificates.custom.keys()].map((n) => `custom certificate of ${n}`),
      ];
    },
  };
}

describe('datacenter access and certificates with terraform', () => {
  let e2e: ProxmoxE2e;
  let first: Variant;
  let second: Variant;
  before(async () => {
    // A second node for the ACME certificate: the first one's custom certificate is proxmox_certificate's.
    e2e = await startProxmoxE2e({ users: [ROOT_LOGIN], extraNodes: ['pve2'] });
    useTicketLogin(e2e.ws);
    const [one, two] = await Promise.all([generateCertificate('pve-one.example.com'), generateCertificate('pve-two.example.com')]);
    first = {
      comment: 'first',
      bindVersion: 1,
      adPassword: 'ad-one',
      clientKey: 'key-one',
      schedule: 'daily',
      contact: 'ops@example.com',
      token: 'token-one',
      cert: one,
      acmeDomain: 'pve2.example.com',
    };
    second = {
      comment: 'second',
      bindVersion: 2,
      adPassword: 'ad-two',
      clientKey: 'key-two',
      schedule: '*-*-* 02:00',
      contact: 'admin@example.com',
      token: 'token-two',
      cert: two,
      acmeDomain: 'pve2-new.example.com',
    };
  });
  after(() => e2e?.close());

  it('refuses options a realm type does not take, missing ones and a key that does not fit, at plan time naming the attribute', async () => {
    e2e.config(`resource "proxmox_realm" "bad_ldap" {
  realm     = "badldap"
  type      = "ldap"
  server1   = "ldap.example.com"
  user_attr = "uid"
  client_id = "pve"
}
resource "proxmox_realm" "bad_openid" {
  realm      = "badoidc"
  type       = "openid"
  issuer_url = "https://id.example.com"
  client_id  = "pve"
  bind_dn    = "cn=x"
}
resource "proxmox_certificate" "bad" {
  node         = "pve"
  certificates = ${heredoc(first.cert.certPem)}
  private_key  = ${heredoc(second.cert.keyPem)}
}
resource "proxmox_acme_plugin" "bad" {
  plugin_id        = "bad"
  api              = "cf"
  validation_delay = 200000
}
resource "proxmox_acme_certificate" "bad" {
  node    = "pve"
  domains = [{ domain = "a.example.com" }, { domain = "A.example.com" }]
}
resource "proxmox_acme_account" "bad" {
  name     = "bad"
  contact  = ["ops@example.com"]
  eab_kid  = "kid-without-key"
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    const errors = result.stderr.replace(/\s+/g, ' ');
    for (const expected of [
      '"client_id" cannot be set when "type" is "ldap"',
      '"base_dn" must be set when "type" is "ldap"',
      '"bind_dn" cannot be set when "type" is "openid"',
      'The key is not the private key of the first certificate in "certificates"',
      'validation_delay',
      'eab_kid needs eab_hmac_key or eab_hmac_key_wo',
      'The domain "a.example.com" is given twice.',
    ]) {
      assert.ok(errors.includes(expected), `missing "${expected}" in:\n${result.stderr}`);
    }
  });

  it('creates, updates, imports and destroys realms, a realm-sync job, ACME objects, a custom and an ACME certificate', async () => {
    e2e.config('');
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [accessCase(first, second)]);
  });
});
