// truenas_replication_task: the target's encryption (key stored sensitive or write-only, cleared
// when removed), properties_exclude/properties_override and the SSH+NETCAT options, on every
// release (all three have them: plugins/replication.py @TS-25.04.2.6, TS-25.10.6, TS-26.0.0-BETA.3).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Value } from '../../../src/values/types.js';
import { replicationSchema, replicationTaskResource } from '../../../src/providers/truenas/resources/replication-task.js';
import { configErrors } from '../../helpers/validate-config.js';
import { inProcess } from './plan-apply.js';
import { simWithClient } from './sim-client.js';

const NULLS = Object.fromEntries(Object.keys(replicationSchema.attributes).map((name) => [name, null])) as Record<string, Value>;
const PUSH: Record<string, Value> = {
  name: 'r',
  transport: 'LOCAL',
  source_datasets: ['tank/a'],
  target_dataset: 'tank/b',
  also_include_naming_schema: ['auto-%Y-%m-%d_%H-%M'],
  auto: false,
};
const errors = (config: Record<string, Value>) => configErrors(replicationTaskResource.validateConfig, { ...NULLS, ...PUSH, ...config });
const HEX = 'ab'.repeat(32);
const KEYED = { encryption: true, encryption_key_format: 'PASSPHRASE', encryption_key_location: '$TrueNAS' };

describe('truenas_replication_task encryption and netcat options at plan time', () => {
  const cases: [string, Record<string, Value>, string[]][] = [
    ['encryption with key, format and location', { ...KEYED, encryption_key: 'passphrase' }, []],
    ['a write-only key', { ...KEYED, encryption_key_wo: 'passphrase', encryption_key_wo_version: 1 }, []],
    ['inherited encryption', { encryption: true, encryption_inherit: true }, []],
    [
      'encryption without key, format and location',
      { encryption: true },
      [
        'encryption_key: Missing encryption_key',
        'encryption_key_format: Missing encryption_key_format',
        'encryption_key_location: Missing encryption_key_location',
      ],
    ],
    [
      'key settings without encryption',
      { encryption_inherit: false, encryption_key: 'passphrase', encryption_key_location: '/k' },
      [
        'encryption_inherit: encryption_inherit without encryption',
        'encryption_key: encryption_key without encryption',
        'encryption_key_location: encryption_key_location without encryption',
      ],
    ],
    [
      'a key with inherited encryption',
      { ...KEYED, encryption_inherit: true, encryption_key: 'passphrase' },
      [
        'encryption_key: encryption_key with encryption_inherit',
        'encryption_key_format: encryption_key_format with encryption_inherit',
        'encryption_key_location: encryption_key_location with encryption_inherit',
      ],
    ],
    ['a short passphrase', { ...KEYED, encryption_key: 'short' }, ['encryption_key: Bad PASSPHRASE key']],
    ['a HEX key of 64 digits', { ...KEYED, encryption_key_format: 'HEX', encryption_key: HEX }, []],
    [
      'a HEX key that is not one',
      { ...KEYED, encryption_key_format: 'HEX', encryption_key_wo: 'passphrase', encryption_key_wo_version: 1 },
      ['encryption_key_wo: Bad HEX key'],
    ],
    [
      'netcat options over LOCAL',
      { netcat_active_side_listen_address: '0.0.0.0', netcat_active_side_port_min: 2000, netcat_passive_side_connect_address: '10.0.0.1' },
      [
        'netcat_active_side_listen_address: netcat_active_side_listen_address without SSH+NETCAT',
        'netcat_active_side_port_min: netcat_active_side_port_min without SSH+NETCAT',
        'netcat_passive_side_connect_address: netcat_passive_side_connect_address without SSH+NETCAT',
      ],
    ],
    [
      'a reversed netcat port range',
      { transport: 'SSH+NETCAT', ssh_credentials: 1, netcat_active_side: 'LOCAL', netcat_active_side_port_min: 3000, netcat_active_side_port_max: 2000 },
      ['netcat_active_side_port_max: Port range reversed'],
    ],
  ];
  for (const [name, config, expected] of cases) it(name, () => assert.deepEqual(errors(config), expected));

  it('never repeats the key in its error', () => {
    // validate needs no server: no client behind it.
    const errors = inProcess(replicationTaskResource, undefined as never).validate({ ...PUSH, ...KEYED, encryption_key: 'sekrit' });
    assert.deepEqual(errors, ['Bad PASSPHRASE key: A PASSPHRASE encryption key must be 8 to 512 characters long.']);
  });
});

for (const version of ['25.04.2', '25.10.6', '26.0.0']) {
  describe(`truenas_replication_task encryption and properties against TrueNAS ${version}`, () => {
    it('creates, switches the key to write-only, and clears what is removed', async () => {
      const { sim, client } = await simWithClient({ version });
      try {
        await client.call('pool.dataset.create', [{ name: 'tank/a' }]);
        const task = inProcess(replicationTaskResource, client);
        const stored = () => sim.state.replications.list()[0]!;
        const first = {
          ...PUSH,
          ...KEYED,
          encryption_key: 'first-passphrase',
          properties_exclude: ['compression'],
          properties_override: { atime: 'off' },
        };
        const created = await task.apply(first, null);
        assert.deepEqual(created.errors, []);
        assert.deepEqual(
          [stored()['encryption'], stored()['encryption_key'], stored()['encryption_key_format'], stored()['encryption_key_location']],
          [true, 'first-passphrase', 'PASSPHRASE', '$TrueNAS'],
        );
        assert.deepEqual([stored()['properties_exclude'], stored()['properties_override']], [['compression'], { atime: 'off' }]);
        assert.deepEqual([created.state['encryption_key'], created.state['properties_override']], ['first-passphrase', { atime: 'off' }]);
        assert.deepEqual(await task.changesAfterRefresh(first, created.state), []);

        // The write-only twin: sent, then kept out of state; an unchanged version sends nothing.
        const { encryption_key: _stored, ...withoutKey } = first;
        const writeOnly = { ...withoutKey, encryption_key_wo: 'second-passphrase', encryption_key_wo_version: 1 };
        const switched = await task.apply(writeOnly, created.state);
        assert.deepEqual([switched.errors, switched.state['encryption_key']], [[], null]);
        assert.equal(stored()['encryption_key'], 'second-passphrase');
        assert.deepEqual(await task.changesAfterRefresh(writeOnly, switched.state), []);
        const renamed = await task.apply({ ...writeOnly, name: 'renamed', encryption_key_wo: 'not-sent-again' }, switched.state);
        assert.deepEqual([renamed.errors, stored()['encryption_key']], [[], 'second-passphrase'], 'the same version keeps the key on the server');

        // Removing encryption and the property lists clears them on the server (the update merges).
        const cleared = await task.apply({ ...PUSH, name: 'renamed' }, renamed.state);
        assert.deepEqual(cleared.errors, []);
        assert.deepEqual(
          [stored()['encryption'], stored()['encryption_key'], stored()['encryption_key_format'], stored()['encryption_key_location']],
          [false, null, null, null],
        );
        assert.deepEqual([stored()['properties_exclude'], stored()['properties_override']], [[], {}]);
        assert.deepEqual(await task.changesAfterRefresh({ ...PUSH, name: 'renamed' }, cleared.state), []);
      } finally {
        client.close();
        await sim.stop();
      }
    });

    it('refuses what the server refuses: encryption without its key, netcat options over SSH', async () => {
      const { sim, client } = await simWithClient({ version });
      try {
        const body = {
          name: 'r',
          direction: 'PUSH',
          transport: 'LOCAL',
          source_datasets: ['tank'],
          target_dataset: 'tank/b',
          recursive: false,
          also_include_naming_schema: ['auto-%Y-%m-%d_%H-%M'],
          auto: false,
          retention_policy: 'NONE',
        };
        await assert.rejects(
          client.call('replication.create', [{ ...body, encryption: true, encryption_key: 'passphrase' }]),
          /replication_create\.encryption_key_format: This property is required when remote dataset encryption is enabled/,
        );
        await assert.rejects(
          client.call('replication.create', [{ ...body, netcat_active_side_port_min: 2000 }]),
          /replication_create\.netcat_active_side_port_min: This field only has sense for SSH\+netcat replication/,
        );
        await client.call('replication.create', [{ ...body, encryption: true, encryption_inherit: true }]);
      } finally {
        client.close();
        await sim.stop();
      }
    });
  });
}
