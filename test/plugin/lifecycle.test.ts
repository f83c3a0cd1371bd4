// How the provider process starts and ends outside the happy mTLS path: refusing to run
// without a plugin host, plaintext serving, debug mode, logging, and an orphaned process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { credentials } from '@grpc/grpc-js';
import { magicCookieKey } from '../../src/plugin/environment.js';
import { connect, hostEnvironment, parseHandshake, repositoryRoot, services, startStub, stubPath, unary } from './harness.js';

const reattachLine = /^\tTF_REATTACH_PROVIDERS='(.*)'$/m;

describe('provider process lifecycle', () => {
  it('without the magic cookie says it is a Terraform plugin and exits 1', async () => {
    const stub = startStub(hostEnvironment(undefined, { [magicCookieKey]: undefined }));
    const exit = await stub.exited;
    assert.equal(exit.code, 1);
    assert.match(stub.stderr(), /Terraform provider plugin registry\.terraform\.io\/truemox\/stub/);
    assert.match(stub.stderr(), /not meant to be run directly/);
    assert.equal(stub.stdout(), '');
  });

  it('exits 1 with a one-line explanation on stdout when protocol 6 is not offered', async () => {
    const stub = startStub(hostEnvironment(undefined, { PLUGIN_PROTOCOL_VERSIONS: '4, 5' }));
    assert.match(await stub.firstLine, /speaks plugin protocol 6 only, but the host offered versions 4, 5/);
    assert.equal((await stub.exited).code, 1);
  });

  it('serves plaintext with an empty certificate field when there is no client certificate', async () => {
    const stub = startStub(hostEnvironment(undefined, { PLUGIN_PROTOCOL_VERSIONS: '6' }));
    try {
      const line = await stub.firstLine;
      assert.match(line, /^1\|6\|unix\|\/.+\|grpc\|$/);
      const client = connect(parseHandshake(line).socketPath, credentials.createInsecure());
      const response = await unary<{ provider?: object }>(client, services.provider.GetProviderSchema);
      assert.deepEqual(response.provider, { block: {} });
      client.close();
    } finally {
      stub.child.kill('SIGKILL');
    }
  });

  it('writes terraform JSON log lines to stderr under TF_LOG', async () => {
    const stub = startStub(hostEnvironment(undefined, { TF_LOG: 'trace' }));
    try {
      const client = connect(parseHandshake(await stub.firstLine).socketPath, credentials.createInsecure());
      await unary(client, services.provider.PlanResourceChange, { type_name: 'boom' }).catch(() => {});
      client.close();
      const lines = stub
        .stderr()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const failure = lines.find((line) => line['@message'] === 'Provider handler failed');
      assert.ok(failure, stub.stderr());
      assert.equal(failure['@level'], 'error');
      assert.equal(failure['@module'], 'provider.stub');
      assert.equal(failure.tf_rpc, 'PlanResourceChange');
      assert.match(String(failure.stack), /stub-provider\.ts/);
      assert.match(String(failure['@timestamp']), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      assert.ok(lines.some((line) => line['@message'] === 'Received request' && line['@level'] === 'trace'));
    } finally {
      stub.child.kill('SIGKILL');
    }
  });

  it('in debug mode prints a usable TF_REATTACH_PROVIDERS value and serves until SIGTERM', async () => {
    const stub = startStub(hostEnvironment(undefined, { [magicCookieKey]: undefined }), ['--debug']);
    await stub.firstLine;
    while (!reattachLine.test(stub.stdout())) await new Promise((resolve) => setTimeout(resolve, 20));
    const reattach = JSON.parse(reattachLine.exec(stub.stdout())?.[1] ?? '') as Record<string, Record<string, unknown>>;
    const entry = reattach['registry.terraform.io/truemox/stub'];
    assert.deepEqual(Object.keys(reattach), ['registry.terraform.io/truemox/stub']);
    assert.equal(entry?.Protocol, 'grpc');
    assert.equal(entry?.ProtocolVersion, 6);
    assert.equal(entry?.Test, true);
    assert.equal(entry?.Pid, stub.child.pid);
    const address = entry?.Addr as { Network: string; String: string };
    assert.equal(address.Network, 'unix');
    const client = connect(address.String, credentials.createInsecure());
    await unary(client, services.provider.GetProviderSchema);
    client.close();
    stub.child.kill('SIGTERM');
    assert.equal((await stub.exited).code, 0);
  });

  it('exits by itself when the process that started it goes away', async () => {
    // A parent that starts the provider, reports its pid and exits without a Shutdown.
    const parentScript = `
      const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(stubPath)}], { stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.once('data', () => { console.log(child.pid); process.exit(0); });`;
    const parent = spawn(process.execPath, ['-e', parentScript], {
      env: hostEnvironment(),
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    parent.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    await once(parent, 'exit');
    const pid = Number.parseInt(output, 10);
    assert.ok(pid > 0, output);
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    // A guard against a provider that never exits, long enough for any load on the machine.
    const deadline = Date.now() + 60_000;
    while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const stillAlive = alive();
    if (stillAlive) process.kill(pid, 'SIGKILL');
    assert.equal(stillAlive, false);
  });
});
