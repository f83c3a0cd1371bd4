// Job rows show a call's secrets as `********` (job.py:685, api/base/handler/dump_params.py
// @TS-25.10.6): the simulator shows them so, and the client still takes the job it started as its
// own, without a secret reaching its log.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { couldBeOurJob } from '../../../src/clients/truenas/job-locks.js';
import type { LogFields, Logger } from '../../../src/log/logger.js';
import { simWithClient } from '../../providers/truenas/sim-client.js';
import { apiKey } from './fixtures.js';
import { loginAndVersion } from './real-semantics.js';
import { startScriptedServer } from './scripted-server.js';

const OLD_SECRET = 'correct horse battery';
const NEW_SECRET = 'a new passphrase, never shown';

let sim: TrueNASSimulator;
let client: TrueNASClient;

afterEach(async () => {
  client.close();
  await sim.stop();
});

/** A logger that keeps every line it is given, fields included. */
function recordingLogger(lines: string[], context: LogFields = {}): Logger {
  const record = (message: string, fields?: LogFields) => lines.push(JSON.stringify({ message, ...context, ...fields }));
  return { trace: record, debug: record, info: record, warn: record, error: record, with: (fields) => recordingLogger(lines, { ...context, ...fields }) };
}

async function encryptedRoot(version: string): Promise<void> {
  ({ sim, client } = await simWithClient({ version }));
  await client.datasets.create({ name: 'tank/secret', encryption: true, inherit_encryption: false, encryption_options: { passphrase: OLD_SECRET } });
}

describe('TrueNAS job arguments with secrets', () => {
  for (const version of ['25.04.2.6', '25.10.6']) {
    it(`shows a set secret of a job's arguments as ******** and leaves unset ones out (${version})`, async () => {
      await encryptedRoot(version);
      const id = (await client.call('pool.dataset.change_key', ['tank/secret', { passphrase: NEW_SECRET, pbkdf2iters: 400000 }])) as number;
      const [row] = (await client.call('core.get_jobs', [[['id', '=', id]]])) as { arguments: unknown }[];
      assert.deepEqual(row!.arguments, ['tank/secret', { passphrase: '********', pbkdf2iters: 400000 }]);
      assert.ok(!JSON.stringify(row).includes(NEW_SECRET));
    });
  }

  it('takes the job its change_key started as its own although the row masks the passphrase, and logs no secret', async () => {
    await encryptedRoot('25.10.6');
    const lines: string[] = [];
    const logged = new TrueNASClient({ endpoint: sim.url, apiKey: `1-${'5'.repeat(64)}`, cacheMaxItems: 0, maxRetries: 0, logger: recordingLogger(lines) });
    try {
      await logged.datasets.changeKey('tank/secret', { passphrase: NEW_SECRET });
    } finally {
      logged.close();
    }
    // Once: a job it did not take as its own would have been started again after it.
    assert.equal(sim.callCounts.get('pool.dataset.change_key'), 1);
    assert.ok(lines.length > 0, 'the client logged its calls');
    assert.deepEqual(
      lines.filter((line) => line.includes(NEW_SECRET)),
      [],
    );
  });

  it('agrees a masked secret with whatever the call sent, and nothing else that differs', () => {
    const params = ['tank/secret', { passphrase: NEW_SECRET, pbkdf2iters: 400000 }];
    assert.equal(
      couldBeOurJob('pool.dataset.change_key', params, {
        method: 'pool.dataset.change_key',
        arguments: ['tank/secret', { passphrase: '********', pbkdf2iters: 400000 }],
      }),
      true,
    );
    assert.equal(
      couldBeOurJob('pool.dataset.change_key', params, { method: 'pool.dataset.change_key', arguments: ['tank/other', { passphrase: '********' }] }),
      false,
    );
    assert.equal(
      couldBeOurJob('pool.dataset.change_key', params, { method: 'pool.dataset.change_key', arguments: ['tank/secret', { passphrase: 'another' }] }),
      false,
    );
  });
});

describe('a job call answered with jobs that are never its own', () => {
  it('is started again a bounded number of times, then fails naming the method', async () => {
    // A server whose job rows never agree with the call (every answer is a job of other arguments,
    // as a full lock queue hands out another caller's job, job.py:126-150 @TS-25.10.6).
    let nextId = 1;
    const server = await startScriptedServer({
      ...loginAndVersion('25.10.1'),
      'pool.dataset.change_key': () => nextId++,
      'core.get_jobs': (params) => {
        const [[, , id]] = params[0] as [[string, string, number]];
        return [{ id, method: 'pool.dataset.change_key', arguments: ['tank/other', {}], state: 'SUCCESS', progress: null, result: null, error: null }];
      },
    });
    const c = new TrueNASClient({ endpoint: server.url, apiKey, maxRetries: 0 });
    try {
      await assert.rejects(c.datasets.changeKey('tank/secret', { generate_key: true }), /pool\.dataset\.change_key.*not started again/s);
      assert.equal(server.callsOf('pool.dataset.change_key').length, 8, 'started eight times, not forever');
    } finally {
      c.close();
      await server.stop();
    }
  });
});
