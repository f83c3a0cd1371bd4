// The shared settings mapping (truenas_ssh_config, truenas_snmp_config, …) without a server: what
// is read back for secrets the server masks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snmpConfigResource } from '../../../src/providers/truenas/resources/snmp-config.js';

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
