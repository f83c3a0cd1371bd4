// truenas_iscsi_auth: the server's CHAP rules (plugins/iscsi_/auth.py `validate`) at plan time and
// in the simulator, including 25.04/25.10 counting the credential being updated among the
// CHAP_MUTUAL ones (26.0 does not).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iscsiAuthResource } from '../../../src/providers/truenas/resources/iscsi-auth.js';
import { TrueNASCallError } from '../../../src/clients/truenas/index.js';
import type { Value } from '../../../src/values/types.js';
import { configErrors } from '../../helpers/validate-config.js';
import { simWithClient } from './sim-client.js';

const base: Record<string, Value> = {
  id: null,
  tag: 1,
  user: 'initiator',
  secret: 'initiator-secret',
  secret_wo: null,
  secret_wo_version: null,
  peeruser: '',
  peersecret: '',
  peersecret_wo: null,
  peersecret_wo_version: null,
  discovery_auth: 'NONE',
};
const errors = (config: Record<string, Value>) => configErrors(iscsiAuthResource.validateConfig, { ...base, ...config });

describe('truenas_iscsi_auth peer rules', () => {
  it('refuses at plan what the server refuses, naming the attribute', () => {
    assert.deepEqual(errors({ peersecret: 'target-secret1' }), ['peersecret: Peer secret without a peer user']);
    assert.deepEqual(errors({ peeruser: 'target' }), ['peeruser: Peer user without a peer secret']);
    assert.deepEqual(errors({ peeruser: 'target', peersecret: 'initiator-secret' }), ['peersecret: Peer secret equals the secret']);
    assert.deepEqual(errors({ discovery_auth: 'CHAP_MUTUAL' }), ['discovery_auth: Mutual CHAP without a peer user']);
    assert.deepEqual(errors({ peeruser: 'target', peersecret: 'target-secret1', discovery_auth: 'CHAP_MUTUAL' }), []);
    assert.deepEqual(errors({ peeruser: 'target', peersecret_wo: 'target-secret1', peersecret_wo_version: 1 }), []);
  });

  for (const [version, updatable] of [
    ['25.10.6', false],
    ['26.0.0', true],
  ] as const) {
    it(`the simulated ${version} checks secrets and the one CHAP_MUTUAL credential${updatable ? '' : ', counting the one being updated'}`, async () => {
      const { sim, client } = await simWithClient({ version });
      const refusal = async (call: Promise<unknown>): Promise<string> => {
        const err = await call.then(
          () => assert.fail('accepted'),
          (e: unknown) => e,
        );
        assert.ok(err instanceof TrueNASCallError);
        return err.message;
      };
      try {
        assert.match(
          await refusal(client.call('iscsi.auth.create', [{ tag: 1, user: 'u', secret: 'has#hash12345' }])),
          /Secret contains invalid characters: #/,
        );
        assert.match(await refusal(client.call('iscsi.auth.create', [{ tag: 1, user: 'u', secret: ' leading-space1' }])), /leading or trailing space/);
        const mutual = { tag: 1, user: 'u', secret: 'initiator-secret', peeruser: 'p', peersecret: 'target-secret1', discovery_auth: 'CHAP_MUTUAL' };
        const { id } = (await client.call('iscsi.auth.create', [mutual])) as { id: number };
        assert.match(await refusal(client.call('iscsi.auth.create', [{ ...mutual, tag: 2 }])), /only one such entry is permitted/);
        const update = client.call('iscsi.auth.update', [id, { secret: 'new-secret-123' }]);
        if (updatable) await update;
        else assert.match(await refusal(update), /Cannot specify CHAP_MUTUAL as only one such entry is permitted/);
        // The way around it on 25.04/25.10: NONE in one update, CHAP_MUTUAL again in the next.
        await client.call('iscsi.auth.update', [id, { discovery_auth: 'NONE', secret: 'new-secret-123' }]);
        await client.call('iscsi.auth.update', [id, { discovery_auth: 'CHAP_MUTUAL' }]);
      } finally {
        client.close();
        await sim.stop();
      }
    });
  }
});
