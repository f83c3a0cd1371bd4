// `truemox sim truenas`: prints its endpoint, serves the API key it was given (or one it made
// and printed), writes its certificate with --cert-out, and stops cleanly on SIGTERM.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { CliProcess } from '../../helpers/cli-process.js';
import { parsePoolSpecs } from '../../../src/sim/truenas/pool-specs.js';

describe('truemox sim truenas', () => {
  it('runs until SIGTERM and prints its endpoint, never the key it was given', async () => {
    const key = `3-${'c'.repeat(64)}`;
    const sim = new CliProcess([
      'sim',
      'truenas',
      '--port',
      '0',
      '--api-key',
      key,
      '--version',
      '25.04.2',
      '--no-rate-limit',
      '--pool',
      'tank',
      '--pool',
      'backup:500G',
    ]);
    const [, url] = await sim.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const client = new TrueNASClient({ endpoint: url ?? '', apiKey: key });
    assert.equal((await client.system.info()).version, '25.04.2');
    assert.deepEqual(
      (await client.system.pools()).map((p) => p.name),
      ['tank', 'backup'],
      'the pools --pool names',
    );
    client.close();
    assert.equal(await sim.stop(), 0);
    assert.match(sim.printed, /stopped/);
    assert.ok(!sim.printed.includes(key), 'the key is not printed');
  });

  it('without credentials, makes an API key and prints it', async () => {
    const sim = new CliProcess(['sim', 'truenas', '--port', '0', '--no-rate-limit']);
    const [, url] = await sim.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const [, key] = await sim.waitFor(/generated API key (1-[0-9a-f]{48})\n/);
    const client = new TrueNASClient({ endpoint: url ?? '', apiKey: key ?? '' });
    assert.equal(typeof (await client.system.info()).version, 'string');
    client.close();
    assert.equal(await sim.stop(), 0);
  });

  it('writes its certificate with --tls --cert-out, and a client trusting it connects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'truemox-cert-'));
    try {
      const certFile = join(dir, 'truenas.pem');
      const key = `1-${'d'.repeat(64)}`;
      const sim = new CliProcess(['sim', 'truenas', '--port', '0', '--tls', '--cert-out', certFile, '--api-key', key, '--no-rate-limit']);
      const [, url] = await sim.waitFor(/listening on (https:\/\/127\.0\.0\.1:\d+)/);
      await sim.waitFor(/certificate written to/);
      const client = new TrueNASClient({ endpoint: url ?? '', apiKey: key, caPem: readFileSync(certFile, 'utf8') });
      assert.equal(typeof (await client.system.info()).version, 'string');
      client.close();
      assert.equal(await sim.stop(), 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses --pool NAME[:SIZE], refusing a bad name or a pool named twice', () => {
    assert.deepEqual(parsePoolSpecs([]), [{ name: 'tank', size: 1024 ** 4 }]);
    assert.deepEqual(parsePoolSpecs(['tank', 'backup:500G']), [
      { name: 'tank', size: 1024 ** 4 },
      { name: 'backup', size: 500 * 1024 ** 3 },
    ]);
    assert.throws(() => parsePoolSpecs(['1tank']), /--pool takes NAME\[:SIZE\] with a ZFS pool name, got "1tank"/);
    assert.throws(() => parsePoolSpecs(['tank:lots']), /"lots" is not a size/);
    assert.throws(() => parsePoolSpecs(['tank', 'tank:1T']), /--pool names "tank" twice/);
  });

  it('rejects a bad port, naming the option', async () => {
    const sim = new CliProcess(['sim', 'truenas', '--port', 'x']);
    assert.notEqual(await sim.done(), 0);
    assert.match(sim.printed, /--port/);
    assert.doesNotMatch(sim.printed, / {4}at /, 'no stack trace');
  });
});
