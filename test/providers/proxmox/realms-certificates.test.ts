// In-process table cases for the realm, ACME and certificate family: the per-type rule of
// proxmox_realm (checkRule on configuration objects), the secret-to-send decision of the
// stored/write-only pairs, the DNS plugin data encoding, sync option spellings and PEM checks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRule, describeRule, rules } from '../../../src/framework/rules.js';
import { acmePluginResource, decodePluginData, encodePluginData, pluginDataChange } from '../../../src/providers/proxmox/resources/acme-plugin.js';
import { removeVanishedFromApi, removeVanishedParam } from '../../../src/providers/proxmox/resources/realm-sync-options.js';
import { chainProblem, fingerprintOf, keyMismatch } from '../../../src/providers/common/pem.js';
import { secretToSend } from '../../../src/providers/proxmox/shared/write-only-secret.js';
import { generateCertificate } from '../../../src/sim/truenas/tls.js';
import { UNKNOWN, type Value } from '../../../src/values/types.js';

const realmRule = rules.perType('type', {
  ldap: { required: ['server1', 'base_dn'], optional: ['bind_dn'] },
  openid: { required: ['issuer_url'], optional: ['client_key'] },
});

describe('rules.perType', () => {
  const cases: Array<{ name: string; config: Record<string, Value>; expected: string[] }> = [
    { name: 'a complete ldap realm', config: { type: 'ldap', server1: 'a', base_dn: 'dc=x', bind_dn: null, issuer_url: null, client_key: null }, expected: [] },
    {
      name: 'an openid option on an ldap realm',
      config: { type: 'ldap', server1: 'a', base_dn: 'dc=x', bind_dn: null, issuer_url: 'https://id', client_key: null },
      expected: ['issuer_url: "issuer_url" cannot be set when "type" is "ldap".'],
    },
    {
      name: 'a missing required option',
      config: { type: 'openid', server1: null, base_dn: null, bind_dn: null, issuer_url: null, client_key: 'k' },
      expected: ['issuer_url: "issuer_url" must be set when "type" is "openid".'],
    },
    { name: 'an unknown required value is not judged', config: { type: 'openid', issuer_url: UNKNOWN, client_key: null }, expected: [] },
    { name: 'an unknown type is not judged', config: { type: UNKNOWN, server1: 'a', issuer_url: 'b' }, expected: [] },
    { name: 'a type outside the table is not judged', config: { type: 'pam', server1: 'a' }, expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(
        checkRule(realmRule, c.config).map((v) => `${v.attribute}: ${v.detail}`),
        c.expected,
      );
    });
  }
  it('is described per type in the docs', () => {
    assert.equal(
      describeRule(realmRule),
      '`type` = "ldap" needs `server1` and `base_dn` and takes `bind_dn`. `type` = "openid" needs `issuer_url` and takes `client_key`.',
    );
  });
});

describe('secretToSend', () => {
  const cases: Array<{ name: string; args: Parameters<typeof secretToSend>; value: string | undefined; dropped: boolean }> = [
    { name: 'create with the stored secret', args: ['s', null, null, null], value: 's', dropped: false },
    { name: 'create with the write-only secret', args: [null, 'w', 1, null], value: 'w', dropped: false },
    { name: 'stored secret unchanged', args: ['s', null, null, { value: 's', version: null }], value: undefined, dropped: false },
    { name: 'stored secret changed', args: ['t', null, null, { value: 's', version: null }], value: 't', dropped: false },
    { name: 'write-only, same version', args: [null, 'w', 1, { value: null, version: 1 }], value: undefined, dropped: false },
    { name: 'write-only, new version', args: [null, 'w2', 2, { value: null, version: 1 }], value: 'w2', dropped: false },
    { name: 'secret removed from the configuration', args: [null, null, null, { value: 's', version: null }], value: undefined, dropped: true },
    { name: 'never had one', args: [null, null, null, { value: null, version: null }], value: undefined, dropped: false },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(secretToSend(...c.args), { value: c.value, dropped: c.dropped }));
  }
});

describe('ACME DNS plugin data', () => {
  it('is sent as sorted KEY=value lines, base64 encoded, and read back from the plain lines the server answers', () => {
    const encoded = encodePluginData({ CF_Token: 'a=b', CF_Account_ID: '1' });
    assert.equal(Buffer.from(encoded ?? '', 'base64').toString(), 'CF_Account_ID=1\nCF_Token=a=b');
    // GET answers the decoded text (Challenge.pm decode_value runs when plugins.cfg is parsed).
    assert.deepEqual(decodePluginData('CF_Account_ID=1\nCF_Token=a=b'), { CF_Account_ID: '1', CF_Token: 'a=b' });
    assert.deepEqual(decodePluginData('CF_Token=x\n'), { CF_Token: 'x' }, 'a trailing newline (as the web UI writes) adds nothing');
    assert.equal(encodePluginData(null), undefined);
    assert.equal(decodePluginData(''), null);
  });

  it('refuses an empty map at plan (the server keeps no empty data)', () => {
    const attrs = acmePluginResource.schema.attributes as Record<string, { validators: readonly { validate(v: Value): string | undefined }[] }>;
    for (const name of ['data', 'data_wo']) {
      const problems = (value: Value) => attrs[name]!.validators.map((v) => v.validate(value)).filter((p) => p !== undefined);
      assert.match(problems({})[0] ?? '', /at least one KEY = value pair/);
      assert.deepEqual(problems({ CF_Token: 't' }), []);
    }
  });

  const base = { id: 'cf', plugin_id: 'cf', api: 'cf', validation_delay: null, nodes: null, disable: null };
  const model = (data: Record<string, string> | null, wo: Record<string, string> | null, version: number | null) => ({
    ...base,
    data,
    data_wo: wo,
    data_wo_version: version,
  });
  const sent = (data: Record<string, string>) => encodePluginData(data);
  const cases = [
    { name: 'data on create', plan: model({ K: 'v' }, null, null), prior: null, expect: { params: { data: sent({ K: 'v' }) }, remove: [] } },
    {
      name: 'unchanged data is not resent',
      plan: model({ K: 'v' }, null, null),
      prior: model({ K: 'v' }, null, null),
      expect: { params: { data: undefined }, remove: [] },
    },
    { name: 'data_wo on create', plan: model(null, { K: 'w' }, 1), prior: null, expect: { params: { data: sent({ K: 'w' }) }, remove: [] } },
    {
      name: 'data_wo, same version: not resent',
      plan: model(null, { K: 'x' }, 1),
      prior: model(null, null, 1),
      expect: { params: { data: undefined }, remove: [] },
    },
    {
      name: 'data_wo, new version: resent',
      plan: model(null, { K: 'x' }, 2),
      prior: model(null, null, 1),
      expect: { params: { data: sent({ K: 'x' }) }, remove: [] },
    },
    { name: 'both dropped after data_wo: removed', plan: model(null, null, null), prior: model(null, null, 1), expect: { params: {}, remove: ['data'] } },
    { name: 'never had credentials', plan: model(null, null, null), prior: model(null, null, null), expect: { params: {}, remove: [] } },
  ];
  for (const c of cases) {
    it(`sends ${c.name}`, () => assert.deepEqual(pluginDataChange(c.plan, c.prior), c.expect));
  }

  it('takes data_wo as a write-only attribute, with its version required and data conflicting', () => {
    const attributes = acmePluginResource.schema.attributes;
    assert.equal(attributes.data_wo?.writeOnly, true);
    assert.equal(attributes.data_wo?.sensitive, true);
    assert.notEqual(attributes.data_wo_version?.writeOnly, true);
    const config = { ...model({ K: 'v' }, { K: 'w' }, null) } as unknown as Value;
    const problems = (acmePluginResource.schema.rules ?? []).flatMap((rule) => checkRule(rule, config));
    assert.ok(
      problems.some((p) => /data_wo/.test(JSON.stringify(p)) && /data\b/.test(JSON.stringify(p))),
      JSON.stringify(problems),
    );
    assert.ok(
      problems.some((p) => /data_wo_version/.test(JSON.stringify(p))),
      JSON.stringify(problems),
    );
  });
});

describe('remove-vanished spellings', () => {
  const cases: Array<[readonly string[] | null, string | undefined]> = [
    [null, undefined],
    [[], 'none'],
    [['entry', 'acl'], 'acl;entry'],
  ];
  for (const [value, text] of cases) {
    it(`${JSON.stringify(value)} <-> ${String(text)}`, () => {
      assert.equal(removeVanishedParam(value), text);
      assert.deepEqual(removeVanishedFromApi(text), value === null ? null : [...value].sort());
    });
  }
});

describe('PEM checks', () => {
  it('accepts a certificate and its key, names a foreign key and a broken chain', async () => {
    const [one, two] = await Promise.all([generateCertificate('one.example'), generateCertificate('two.example')]);
    assert.equal(chainProblem(one.certPem), undefined);
    assert.equal(chainProblem(`${one.certPem}\n${two.certPem}`), undefined);
    assert.match(chainProblem('not a certificate') ?? '', /PEM certificates/);
    assert.match(chainProblem('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----') ?? '', /certificate 1 of the chain/);
    assert.equal(keyMismatch(one.certPem, one.keyPem), undefined);
    assert.match(keyMismatch(one.certPem, two.keyPem) ?? '', /not the private key/);
    assert.match(keyMismatch(one.certPem, 'garbage') ?? '', /not a PEM private key/);
    assert.match(fingerprintOf(one.certPem) ?? '', /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });
});
