// truenas_certificate and truenas_acme_dns_authenticator in process: the authenticator table
// against each release's real schema, the plan-time refusals naming the attribute (bad PEMs, a key
// that does not match, options that do not go together), the CSR check, and how a server row
// maps onto the model (the key never read, SAN spellings kept).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Value } from '../../../src/values/types.js';
import type { Certificate } from '../../../src/clients/truenas/index.js';
import { certificateResource } from '../../../src/providers/truenas/resources/certificate.js';
import { acmeDnsAuthenticatorResource } from '../../../src/providers/truenas/resources/acme-dns-authenticator.js';
import { DNS_AUTHENTICATORS } from '../../../src/providers/truenas/shared/dns-authenticators.js';
import { certificateFacts } from '../../../src/providers/truenas/shared/certificate-facts.js';
import { csrProblem } from '../../../src/providers/common/csr-pem.js';
import { externalCertificate } from '../../helpers/certificates.js';
import { configErrors } from '../../helpers/validate-config.js';
import { ObjectView } from '../../../src/framework/object-view.js';
import { TrueNASApiSchema } from '../../../src/sim/truenas/schema/api-schema.js';

const CERT_NULLS = Object.fromEntries(
  Object.keys(certificateResource.schema.attributes).map((name) => [name, name === 'add_to_trusted_store' || name === 'force_destroy' ? false : null]),
);
const certErrors = (config: Record<string, Value>) => configErrors(certificateResource.validateConfig, { ...CERT_NULLS, name: 'c', ...config });

const pair = externalCertificate;

describe('truenas_certificate plan-time checks', () => {
  it('names the attribute of a bad PEM, a key that does not match, and options that do not go together', async () => {
    const a = await pair('a.example.com');
    const b = await pair('b.example.com');
    const cases: Array<[string, Record<string, Value>, string[]]> = [
      ['a matching pair', { certificate: a.certificate, private_key: a.privateKey }, []],
      ['a write-only key', { certificate: a.certificate, private_key_wo: a.privateKey, private_key_wo_version: 1 }, []],
      // The certificate's own validator (chainProblem) names a bad PEM; the key is not judged against it.
      ['no PEM', { certificate: 'not a pem', private_key: a.privateKey }, []],
      ['the other key', { certificate: a.certificate, private_key: b.privateKey }, ['private_key: Private key does not match']],
      [
        'the other key, write-only',
        { certificate: a.certificate, private_key_wo: b.privateKey, private_key_wo_version: 1 },
        ['private_key_wo: Private key does not match'],
      ],
      ['garbage key', { certificate: a.certificate, private_key: 'garbage' }, ['private_key: Invalid private key']],
      ['renew_days without ACME', { san: ['x.example.com'], renew_days: 5 }, ['renew_days: renew_days is for ACME certificates']],
      ['a CSR in the trusted store', { san: ['x.example.com'], add_to_trusted_store: true }, ['add_to_trusted_store: A CSR cannot be trusted']],
      ['an EC key length', { san: ['x.example.com'], key_type: 'EC', key_length: 2048 }, ['key_length: key_length is for RSA keys']],
      [
        'a key for an ACME order',
        { csr_id: 1, acme_directory_uri: 'https://a/directory', tos: true, dns_mapping: { a: 1 }, private_key: a.privateKey },
        ['private_key: No private key for an ACME certificate'],
      ],
    ];
    for (const [what, config, expected] of cases) {
      assert.deepEqual(certErrors(config), expected, what);
    }
  });

  it('refuses subject fields with an imported PEM when creating, and keeps them on an imported object (generated configuration)', async () => {
    const a = await pair('a.example.com');
    const config = { ...CERT_NULLS, name: 'c', certificate: a.certificate, private_key: a.privateKey, common: 'x' };
    const planErrors = async (creating: boolean): Promise<string[]> => {
      const errors: string[] = [];
      const hook = certificateResource.modifyPlan as unknown as (ctx: object) => Promise<void>;
      await hook({ creating, config: new ObjectView(config), error: (path: string, summary: string) => errors.push(`${path}: ${summary}`) });
      return errors;
    };
    assert.deepEqual(await planErrors(true), ['common: common is for a CSR TrueNAS makes']);
    assert.deepEqual(await planErrors(false), []);
  });

  it('checks a CSR with @peculiar/x509', async () => {
    const { csr } = await pair('c.example.com');
    assert.equal(csrProblem(csr), undefined);
    assert.match(csrProblem('hello') ?? '', /must be a PEM certificate signing request/);
    assert.match(csrProblem('-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----') ?? '', /not a valid PKCS#10/);
  });
});

describe('truenas_certificate reads', () => {
  it('reports the facts of the PEM, never a key', async () => {
    const a = await pair('a.example.com');
    const row = {
      id: 1,
      name: 'a',
      type: 8,
      certificate: a.certificate,
      CSR: null,
      DN: '/CN=a.example.com',
      common: 'a.example.com',
      san: ['DNS:a.example.com'],
      cert_type_CSR: false,
      acme: null,
    } as unknown as Certificate;
    const facts = certificateFacts(row);
    assert.equal(facts.kind, 'certificate');
    assert.equal(facts.subject, '/CN=a.example.com');
    assert.equal(facts.issuer, '/CN=truemox simulated ACME CA/O=truemox');
    assert.match(facts.fingerprint ?? '', /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert.ok(Date.parse(facts.not_after ?? '') > Date.now());
    assert.equal(certificateFacts({ ...row, cert_type_CSR: true } as Certificate).kind, 'csr');
    assert.equal(certificateFacts({ ...row, acme: { directory: 'x' } } as Certificate).kind, 'acme');
  });
});

describe('truenas_acme_dns_authenticator', () => {
  for (const release of ['25.04.2.6', '25.10.6', '26.0.0-beta3'] as const) {
    it(`its authenticator table matches TrueNAS ${release}`, async () => {
      const schema = await TrueNASApiSchema.forRelease(release);
      const members = schema.method('acme.dns.authenticator.create')?.accepts.prefixItems?.[0]?.properties?.['attributes']?.oneOf ?? [];
      const fromSchema = Object.fromEntries(
        members.map((m) => [
          String(m.properties?.['authenticator']?.const),
          {
            fields: Object.keys(m.properties ?? {})
              .filter((k) => k !== 'authenticator')
              .sort(),
            required: (m.required ?? []).filter((k) => k !== 'authenticator').sort(),
          },
        ]),
      );
      const fromTable = Object.fromEntries(
        Object.entries(DNS_AUTHENTICATORS).map(([type, kind]) => [
          type,
          {
            fields: Object.keys(kind.fields).sort(),
            required: Object.entries(kind.fields)
              .filter(([, f]) => f.required)
              .map(([k]) => k)
              .sort(),
          },
        ]),
      );
      assert.deepEqual(fromTable, fromSchema);
    });
  }

  it('refuses fields an authenticator does not take, secrets in settings, and Cloudflare without credentials', () => {
    const base = { name: 'a', settings: {}, secrets: null, secrets_wo: null, secrets_wo_version: null };
    const errors = (config: Record<string, Value>) => configErrors(acmeDnsAuthenticatorResource.validateConfig, { ...base, ...config });
    assert.deepEqual(errors({ authenticator: 'route53', settings: { access_key_id: 'a' }, secrets: { secret_access_key: 'b' } }), []);
    assert.deepEqual(errors({ authenticator: 'route53', settings: { access_key_id: 'a', secret_access_key: 'b' }, secrets: {} }), [
      'settings.secret_access_key: "secret_access_key" is a secret',
      'secrets: route53 needs "secret_access_key"',
    ]);
    assert.deepEqual(
      errors({ authenticator: 'OVH', settings: { application_key: 'a', endpoint: 'mars' }, secrets: { application_secret: 'b', consumer_key: 'c' } }),
      ['settings.endpoint: Invalid endpoint'],
    );
    assert.deepEqual(errors({ authenticator: 'cloudflare', secrets: { api_token: 't', api_key: 'k' } }), ['secrets: api_token or api_key, not both']);
    assert.deepEqual(errors({ authenticator: 'cloudflare', secrets: {} }), ['secrets: Cloudflare needs credentials']);
    assert.deepEqual(errors({ authenticator: 'shell', settings: { script: '/x.sh', bogus: '1' } }), ['settings.bogus: shell takes no field "bogus"']);
    // ShellSchema: timeout >= 5, delay >= 10.
    assert.deepEqual(errors({ authenticator: 'shell', settings: { script: '/x.sh', timeout: '4', delay: '9' } }), [
      'settings.timeout: Invalid timeout',
      'settings.delay: Invalid delay',
    ]);
    assert.deepEqual(errors({ authenticator: 'shell', settings: { script: '/x.sh', timeout: '5', delay: '10' } }), []);
  });
});
