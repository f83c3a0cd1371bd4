// truenas_certificate (imported, a CSR TrueNAS makes, an ACME certificate for it) and
// truenas_acme_dns_authenticator on the lifecycle harness, one case per simulated release, run
// in truenas-accounts.test.ts's workspace: create, rename and renew_days in place, import, destroy,
// nothing left. The imported certificate and key are made here, signed by a throwaway CA.
import assert from 'node:assert/strict';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { externalCertificate } from '../helpers/certificates.js';
import type { LifecycleCase } from '../helpers/lifecycle.js';

export interface ImportedPem {
  readonly certificate: string;
  readonly privateKey: string;
}

export const importedPem = (): Promise<ImportedPem> => externalCertificate('files.example.com');

function certificates(alias: string, pem: ImportedPem, v: { name: string; renew: number; trusted: boolean; token: string }): string {
  const p = `provider = truenas-${alias}`;
  return `
resource "truenas_acme_dns_authenticator" "cf_${alias}" {
  ${p}
  name          = "cf"
  authenticator = "cloudflare"
  secrets       = { api_token = "${v.token}" }
}
resource "truenas_certificate" "imported_${alias}" {
  ${p}
  name                   = "${v.name}"
  certificate            = ${JSON.stringify(pem.certificate)}
  private_key_wo         = ${JSON.stringify(pem.privateKey)}
  private_key_wo_version = 1
  add_to_trusted_store   = ${v.trusted}
}
resource "truenas_certificate" "csr_${alias}" {
  ${p}
  name       = "nas_csr"
  common     = "nas.example.com"
  san        = ["nas.example.com", "www.example.com"]
  country    = "US"
  key_length = 2048
}
resource "truenas_certificate" "acme_${alias}" {
  ${p}
  name               = "nas_acme"
  csr_id             = truenas_certificate.csr_${alias}.id
  acme_directory_uri = "https://acme-staging.example.net/directory"
  tos                = true
  dns_mapping = {
    "nas.example.com"     = truenas_acme_dns_authenticator.cf_${alias}.id
    "DNS:www.example.com" = truenas_acme_dns_authenticator.cf_${alias}.id
  }
  renew_days = ${v.renew}
}
`;
}

export function certificatesCase(release: { alias: string; version: string }, pem: ImportedPem): LifecycleCase<Map<string, TrueNASSimulator>> {
  const { alias } = release;
  const at = (name: string) => `${name}_${alias}`;
  const sim = (sims: Map<string, TrueNASSimulator>) => sims.get(alias)!;
  return {
    name: `truenas certificates on ${release.version}`,
    steps: [
      {
        config: certificates(alias, pem, { name: 'files_imported', renew: 10, trusted: false, token: 'token-1' }),
        expect: {
          [`truenas_certificate.${at('imported')}`]: 'create',
          [`truenas_certificate.${at('csr')}`]: 'create',
          [`truenas_certificate.${at('acme')}`]: 'create',
          [`truenas_acme_dns_authenticator.${at('cf')}`]: 'create',
        },
        async check({ target, applied, resource }) {
          const rows = sim(target).state.crypto.certificates.list();
          assert.equal(rows.length, 3);
          const imported = await resource(`truenas_certificate.${at('imported')}`);
          assert.equal(imported.values['private_key_wo'], null, 'the write-only key is not in state');
          assert.equal(imported.values['private_key'], null);
          assert.equal(imported.values['subject'], '/CN=files.example.com');
          assert.equal(imported.values['kind'], 'certificate');
          const csr = await resource(`truenas_certificate.${at('csr')}`);
          assert.match(String(csr.values['csr']), /BEGIN CERTIFICATE REQUEST/);
          assert.equal(csr.values['kind'], 'csr');
          const acme = await resource(`truenas_certificate.${at('acme')}`);
          assert.equal(acme.values['kind'], 'acme');
          assert.equal(acme.values['issuer'], '/CN=truemox simulated ACME CA/O=truemox');
          assert.deepEqual(acme.values['subject_alternative_names'], ['DNS:nas.example.com', 'DNS:www.example.com']);
          assert.equal(applied.stdout.includes('PRIVATE KEY') || applied.stderr.includes('PRIVATE KEY'), false, 'no key in the output');
        },
      },
      {
        config: certificates(alias, pem, { name: 'files_renamed', renew: 20, trusted: true, token: 'token-2' }),
        expect: {
          [`truenas_certificate.${at('imported')}`]: 'update',
          [`truenas_certificate.${at('acme')}`]: 'update',
          [`truenas_acme_dns_authenticator.${at('cf')}`]: 'update',
        },
        check({ target }) {
          const { certificates: rows, dnsAuthenticators } = sim(target).state.crypto;
          const imported = rows.list().find((row) => row.name === 'files_renamed');
          assert.equal(imported?.add_to_trusted_store, true);
          assert.equal(rows.list().find((row) => row.name === 'nas_acme')?.renew_days, 20);
          assert.equal(dnsAuthenticators.list()[0]?.attributes['api_token'], 'token-2');
        },
      },
    ],
    imports: [
      { address: `truenas_certificate.${at('imported')}`, unreadable: ['private_key_wo_version'] },
      { address: `truenas_certificate.${at('csr')}` },
      { address: `truenas_certificate.${at('acme')}` },
      { address: `truenas_acme_dns_authenticator.${at('cf')}`, unreadable: ['secrets'] },
    ],
    leftovers(target) {
      const inventory = sim(target).state.inventory();
      return [
        ...(inventory['certificates'] ?? []).map((id) => `certificate ${id}`),
        ...(inventory['acmeDnsAuthenticators'] ?? []).map((id) => `DNS authenticator ${id}`),
      ];
    },
  };
}
