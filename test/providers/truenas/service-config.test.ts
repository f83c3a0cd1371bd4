// The shared settings mapping (truenas_ssh_config, truenas_snmp_config, …) without a server: what
// is read back for secrets the server masks, and plan-time checks that depend on the release.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snmpConfigResource } from '../../../src/providers/truenas/resources/snmp-config.js';
import { upsConfigResource } from '../../../src/providers/truenas/resources/ups-config.js';
import { smbConfigResource } from '../../../src/providers/truenas/resources/smb-config.js';
import { networkConfigResource } from '../../../src/providers/truenas/resources/network-config.js';
import { ObjectView } from '../../../src/framework/object-view.js';
import type { Value } from '../../../src/values/types.js';

interface Readable {
  read(ctx: unknown, state: Record<string, unknown>): Promise<Record<string, unknown>>;
}
const resource = snmpConfigResource as unknown as Readable;
const ctxAnswering = (config: Record<string, unknown>) => ({ provider: { client: { serviceConfigs: { config: async () => config } } } });

describe('truenas_snmp_config under a credential that may not write it', () => {
  const writeOnly = { v3_password_wo: null, v3_password_wo_version: null, v3_privpassphrase_wo: null, v3_privpassphrase_wo_version: null };
  const server = { id: 1, v3: true, v3_username: 'mon', v3_authtype: 'SHA', v3_password: '********', v3_privproto: 'AES', v3_privpassphrase: '********' };

  it('keeps the known secrets when the server masks them', async () => {
    const read = await resource.read(ctxAnswering(server), { ...writeOnly, v3_password: 'secret123', v3_privpassphrase: 'private99' });
    assert.equal(read['v3_password'], 'secret123');
    assert.equal(read['v3_privpassphrase'], 'private99');
  });

  it('reads an unmasked secret as it is', async () => {
    const read = await resource.read(ctxAnswering({ ...server, v3_password: 'changed12' }), { ...writeOnly, v3_password: 'secret123' });
    assert.equal(read['v3_password'], 'changed12');
  });
});

describe('truenas_snmp_config community characters per release', () => {
  const communityPattern = snmpConfigResource.schema.attributes.community.validators?.[0];
  /** The errors the plan against a server of `version` names. */
  async function planErrors(version: string, config: Record<string, Value>): Promise<string[]> {
    const errors: string[] = [];
    const hook = snmpConfigResource.modifyPlan as unknown as (ctx: object) => Promise<void>;
    await hook({
      creating: false,
      config: new ObjectView(config),
      provider: { client: { serverVersion: async () => version } },
      error: (path: string) => errors.push(path),
      warn: () => {},
    });
    return errors;
  }

  it('takes the 25.10 character set in the schema', () => {
    assert.ok(communityPattern);
    assert.equal(communityPattern.validate('a.b!$%&()+-_={}[]<>,? 9'), undefined);
  });

  it('refuses characters 25.04 does not take at plan, against 25.04 only', async () => {
    assert.deepEqual(await planErrors('25.04.2.6', { community: 'my.comm' }), ['community']);
    assert.deepEqual(await planErrors('25.04.2.6', { community: 'my-comm 2' }), []);
    assert.deepEqual(await planErrors('25.10.1', { community: 's3cr3t!' }), []);
    assert.deepEqual(await planErrors('25.04.2.6', { community: null }), []);
  });
});

describe('truenas_ups_config driver keys', () => {
  const driverPattern = upsConfigResource.schema.attributes.driver.validators?.[0];
  it('takes the keys of ups.driver_choices, options included', () => {
    assert.ok(driverPattern);
    for (const key of ['', 'usbhid-ups$Back-UPS ES', 'genericups upstype=2$Back-UPS']) assert.equal(driverPattern.validate(key), undefined, key);
    for (const key of ['genericups', 'genericups upstype$Back-UPS']) assert.notEqual(driverPattern.validate(key), undefined, key);
  });
});

describe('settings the server reads back in another spelling', () => {
  it('truenas_smb_config keeps the configured spelling of bind addresses', async () => {
    const smb = smbConfigResource as unknown as Readable;
    const known = { bindip: ['fd00:0::5', '192.168.1.5'] };
    assert.deepEqual((await smb.read(ctxAnswering({ id: 1, bindip: ['fd00::5', '192.168.1.5'] }), known))['bindip'], known.bindip);
    assert.deepEqual((await smb.read(ctxAnswering({ id: 1, bindip: ['fd00::6', '192.168.1.5'] }), known))['bindip'], ['fd00::6', '192.168.1.5']);
  });

  it('truenas_network_config refuses hosts lines and domains that would not read back', () => {
    const check = (name: 'hosts' | 'domains', value: string[]) => networkConfigResource.schema.attributes[name].validators?.[0]?.validate(value);
    assert.equal(check('hosts', ['192.168.1.20 pve.lan']), undefined);
    for (const bad of [[''], [' 10.0.0.1 a'], ['10.0.0.1 a '], ['10.0.0.1 a\n10.0.0.2 b']])
      assert.notEqual(check('hosts', bad), undefined, JSON.stringify(bad));
    assert.equal(check('domains', ['a.lan']), undefined);
    for (const bad of [[''], ['a.lan b.lan']]) assert.notEqual(check('domains', bad), undefined, JSON.stringify(bad));
  });
});
