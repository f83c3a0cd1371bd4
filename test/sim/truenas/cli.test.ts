// `truemox sim truenas`: prints its endpoint, serves the API key it was given, and stops
// cleanly on SIGTERM.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../../src/sim/truenas/cli.js';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';

describe('truemox sim truenas', () => {
  it('runs until SIGTERM and prints its endpoint', async () => {
    const printed: string[] = [];
    const write = process.stdout.write;
    let announced: () => void = () => {};
    const listening = new Promise<void>((resolve) => (announced = resolve));
    process.stdout.write = ((chunk: string) => {
      printed.push(String(chunk));
      if (/listening on/.test(printed.join(''))) announced();
      return true;
    }) as typeof process.stdout.write;
    const key = `3-${'c'.repeat(64)}`;
    let running: Promise<void>;
    try {
      running = main(['--port', '0', '--api-key', key, '--version', '25.04.2', '--no-rate-limit']);
      // Waits for the line itself (start-up loads the API schema; no time limit on a busy machine).
      await Promise.race([listening, running]);
    } finally {
      process.stdout.write = write;
    }
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed.join(''))?.[1];
    assert.ok(url, printed.join(''));
    const client = new TrueNASClient({ endpoint: url, apiKey: key });
    assert.equal((await client.system.info()).version, '25.04.2');
    client.close();
    process.stdout.write = ((chunk: string) => {
      printed.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      process.emit('SIGTERM');
      await running;
    } finally {
      process.stdout.write = write;
    }
    assert.match(printed.join(''), /stopped/);
    assert.ok(!printed.join('').includes(key), 'the key is not printed');
  });

  it('rejects a bad port', async () => {
    await assert.rejects(main(['--port', 'x']), /--port/);
  });
});
