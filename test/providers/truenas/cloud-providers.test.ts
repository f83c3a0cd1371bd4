// Cloud sync credentials in process: the provider field table against each release's real
// schema (types, fields, required ones, defaults, enums, what a release lacks), and the plan-time
// refusals naming the attribute and key.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Value } from '../../../src/values/types.js';
import { UNKNOWN } from '../../../src/values/types.js';
import { CLOUD_PROVIDERS, fromApiValue, toApiValue, urlAsConfigured, urlProblem } from '../../../src/providers/truenas/shared/cloud-providers.js';
import { inRange } from '../../../src/providers/truenas/shared/release-gate.js';
import { cloudsyncCredentialResource } from '../../../src/providers/truenas/resources/cloudsync-credential.js';
import { configErrors } from '../../helpers/validate-config.js';
import { ObjectView } from '../../../src/framework/object-view.js';
import { TrueNASApiSchema } from '../../../src/sim/truenas/schema/api-schema.js';
import type { JsonSchema } from '../../../src/sim/truenas/schema/types.js';

const RELEASES = [
  ['25.04.2.6', '25.04.2'],
  ['25.10.6', '25.10.6'],
  ['26.0.0-beta3', '26.0.0'],
] as const;

/** The provider models of a release's `cloudsync.credentials.create`, by type. */
async function providerModels(release: (typeof RELEASES)[number][0]): Promise<Map<string, JsonSchema>> {
  const schema = await TrueNASApiSchema.forRelease(release);
  const provider = schema.method('cloudsync.credentials.create')?.accepts.prefixItems?.[0]?.properties?.['provider'];
  const models = new Map<string, JsonSchema>();
  for (const member of provider?.oneOf ?? []) models.set(String(member.properties?.['type']?.const), member);
  return models;
}

const kindOf = (p: JsonSchema): unknown => {
  const members = [p, ...(p.anyOf ?? [])].filter((m) => m.type !== 'null');
  const enums = members.flatMap((m) => (m.enum ?? []).filter((e) => e !== null).map(String));
  if (enums.length > 0) return enums;
  return members.some((m) => m.type === 'integer') ? 'integer' : members.some((m) => m.type === 'boolean') ? 'boolean' : 'string';
};

describe('the cloud provider table matches the real schemas', () => {
  for (const [release, version] of RELEASES) {
    it(`TrueNAS ${release}`, async () => {
      const models = await providerModels(release);
      const expectedTypes = Object.entries(CLOUD_PROVIDERS)
        .filter(([, p]) => inRange(version, { since: p.since }))
        .map(([type]) => type);
      assert.deepEqual([...models.keys()].sort(), expectedTypes.sort());
      for (const [type, model] of models) {
        const table = CLOUD_PROVIDERS[type]!;
        const fields = Object.entries(table.fields).filter(([, f]) => inRange(version, { since: f.since }));
        const properties = Object.fromEntries(Object.entries(model.properties ?? {}).filter(([name]) => name !== 'type'));
        assert.deepEqual(Object.keys(properties).sort(), fields.map(([name]) => name).sort(), `${type}: fields`);
        const required = (model.required ?? []).filter((name) => name !== 'type').sort();
        assert.deepEqual(
          fields
            .filter(([, f]) => f.required)
            .map(([name]) => name)
            .sort(),
          required,
          `${type}: required fields`,
        );
        for (const [name, field] of fields) {
          const property = properties[name]!;
          assert.deepEqual(kindOf(property), field.kind, `${type}.${name}: kind`);
          if (!field.required) assert.deepEqual(property.default, field.default, `${type}.${name}: default`);
        }
      }
    });
  }
});

function blamed(config: Record<string, Value>): string[] {
  const full = { name: 'c', provider_type: 'S3', settings: {}, secrets: null, secrets_wo: null, secrets_wo_version: null, ...config };
  return configErrors(cloudsyncCredentialResource.validateConfig, full);
}

describe('cloud sync credential fields are checked at plan time', () => {
  const s3 = { settings: { access_key_id: 'AKIA' }, secrets: { secret_access_key: 's' } };
  const cases: [string, Record<string, Value>, string[]][] = [
    ['a complete S3 credential', s3, []],
    ['the secret given write-only', { settings: { access_key_id: 'AKIA' }, secrets_wo: { secret_access_key: 's' } }, []],
    ['a field S3 does not take', { ...s3, settings: { access_key_id: 'AKIA', account: 'x' } }, ['settings.account: S3 takes no field "account"']],
    [
      'a secret in settings',
      { ...s3, settings: { access_key_id: 'AKIA', secret_access_key: 's' } },
      ['settings.secret_access_key: "secret_access_key" is a secret'],
    ],
    ['a setting in secrets', { ...s3, secrets: { secret_access_key: 's', region: 'eu' } }, ['secrets.region: "region" is not a secret']],
    [
      'a missing required secret',
      { settings: { access_key_id: 'AKIA' }, secrets: { region: 'eu' } },
      ['secrets.region: "region" is not a secret', 'secrets: S3 needs "secret_access_key"'],
    ],
    ['no secrets at all (checked when creating)', { settings: { access_key_id: 'AKIA' } }, []],
    [
      'a number that is none',
      { ...s3, settings: { access_key_id: 'AKIA', max_upload_parts: 'many' } },
      ['settings.max_upload_parts: Invalid max_upload_parts'],
    ],
    ['a boolean that is none', { ...s3, settings: { access_key_id: 'AKIA', skip_region: 'yes' } }, ['settings.skip_region: Invalid skip_region']],
    [
      'a WebDAV vendor not in the list',
      { provider_type: 'WEBDAV', settings: { url: 'https://dav', user: 'u', vendor: 'APACHE' }, secrets: { pass: 'p' } },
      ['settings.vendor: Invalid vendor'],
    ],
    ['SFTP with a key pair and no password', { provider_type: 'SFTP', settings: { host: 'h', user: 'u', private_key: '3' }, secrets: null }, []],
    ['settings still unknown: the field names are not judged yet', { settings: UNKNOWN, secrets: { secret_access_key: 's' } }, []],
    ['an HTTP url without a scheme', { provider_type: 'HTTP', settings: { url: 'files.example.net' }, secrets: null }, ['settings.url: Invalid url']],
    ['an HTTP url', { provider_type: 'HTTP', settings: { url: 'https://files.example.net' }, secrets: null }, []],
    [
      'a Storj endpoint over http',
      { provider_type: 'STORJ_IX', settings: { access_key_id: 'a', endpoint: 'http://gw.example.net' }, secrets: { secret_access_key: 's' } },
      ['settings.endpoint: Invalid endpoint'],
    ],
    ['an empty Azure endpoint (the default)', { provider_type: 'AZUREBLOB', settings: { account: 'a', endpoint: '' }, secrets: { key: 'k' } }, []],
    [
      'a scheme-less S3 endpoint (a URL only from 25.10: checked against the server)',
      { ...s3, settings: { access_key_id: 'AKIA', endpoint: 's3.example.net' } },
      [],
    ],
  ];
  for (const [name, config, expected] of cases) it(name, () => assert.deepEqual(blamed(config), expected));
});

describe("cloud sync credential fields a server's release lacks are refused at plan", () => {
  /** The errors (attribute path and summary) the plan of a new credential against a server of `version` names. */
  async function planErrors(version: string, config: Record<string, Value>): Promise<string[]> {
    const errors: string[] = [];
    const hook = cloudsyncCredentialResource.modifyPlan as unknown as (ctx: object) => Promise<void>;
    const full = { name: 'c', provider_type: 'S3', settings: {}, secrets: null, secrets_wo: null, secrets_wo_version: null, ...config };
    await hook({
      creating: true,
      config: new ObjectView(full),
      provider: { client: { serverVersion: async () => version } },
      error: (path: string | readonly Record<string, string>[], summary: string) =>
        errors.push(`${typeof path === 'string' ? path : path.map((step) => Object.values(step)[0]).join('.')}: ${summary}`),
      warn: () => {},
    });
    return errors;
  }
  // MinIO or Ceph RGW: path-style addressing and a provider name, 26.0's S3 fields.
  const pathStyle = {
    settings: { access_key_id: 'AKIA', endpoint: 'https://minio.example.net', force_path_style: 'true', sign_accept_encoding: 'false', provider: 'Minio' },
    secrets: { secret_access_key: 's' },
  };

  it('takes S3 path-style addressing on 26.0 (the field table checks names, types and defaults against the schema)', async () => {
    assert.deepEqual(
      configErrors(cloudsyncCredentialResource.validateConfig, { name: 'c', provider_type: 'S3', secrets_wo: null, secrets_wo_version: null, ...pathStyle }),
      [],
    );
    assert.deepEqual(await planErrors('26.0.0', pathStyle), []);
  });

  for (const version of ['25.04.2.6', '25.10.6']) {
    it(`refuses each of 26.0's S3 fields on ${version}, naming the key`, async () => {
      assert.deepEqual(await planErrors(version, pathStyle), [
        `settings.force_path_style: S3's "force_path_style" setting needs TrueNAS 26.0 or later`,
        `settings.sign_accept_encoding: S3's "sign_accept_encoding" setting needs TrueNAS 26.0 or later`,
        `settings.provider: S3's "provider" setting needs TrueNAS 26.0 or later`,
      ]);
      assert.deepEqual(
        await planErrors(version, { settings: { access_key_id: 'AKIA', endpoint: 'https://s3.example.net' }, secrets: { secret_access_key: 's' } }),
        [],
      );
    });
  }

  it('refuses MEGA on 25.04 at provider_type', async () => {
    const mega = { provider_type: 'MEGA', settings: { user: 'u' }, secrets: { pass: 'p' } };
    assert.deepEqual(await planErrors('25.04.2.6', mega), ['provider_type: the MEGA provider needs TrueNAS 25.10 or later']);
    assert.deepEqual(await planErrors('25.10.6', mega), []);
  });
});

describe('URL fields as the server normalises them', () => {
  const url = CLOUD_PROVIDERS['HTTP']!.fields['url']!;
  it('keeps the configured spelling of the URL the server stored normalised', () => {
    assert.equal(urlAsConfigured(url, 'https://files.example.net', 'https://files.example.net/'), 'https://files.example.net');
    assert.equal(urlAsConfigured(url, 'HTTPS://Files.Example.net:443/x', 'https://files.example.net/x'), 'HTTPS://Files.Example.net:443/x');
    assert.equal(urlAsConfigured(url, 'https://files.example.net', 'https://other.example.net/'), 'https://other.example.net/');
    assert.equal(urlAsConfigured(url, undefined, 'https://files.example.net/'), 'https://files.example.net/');
  });
  it('refuses what is not an http(s) URL', () => {
    assert.equal(urlProblem(url, 'https://files.example.net'), undefined);
    assert.match(urlProblem(url, 'ftp://files.example.net') ?? '', /must be a URL starting with http:\/\/ or https:\/\//);
  });
});

describe('cloud field values as the API takes them', () => {
  it('types numbers, booleans and numeric enums, and reads them back as strings', () => {
    const s3 = CLOUD_PROVIDERS['S3']!.fields;
    assert.equal(toApiValue(s3['max_upload_parts']!, '500'), 500);
    assert.equal(toApiValue(s3['skip_region']!, 'true'), true);
    assert.equal(toApiValue(CLOUD_PROVIDERS['OPENSTACK_SWIFT']!.fields['auth_version']!, '3'), 3);
    assert.equal(toApiValue(s3['region']!, 'eu-1'), 'eu-1');
    assert.equal(fromApiValue(500), '500');
    assert.equal(fromApiValue(false), 'false');
    assert.equal(fromApiValue(null), null);
  });
});
