// The plugin server as terraform sees it: a process started with go-plugin's environment,
// a handshake line, and gRPC over mutual TLS on a unix socket.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { credentials, status, type Client, type ServiceError } from '@grpc/grpc-js';
import type { TlsIdentity } from '../../src/plugin/auto-mtls.js';
import {
  announcedCertificate,
  connect,
  createTlsIdentity,
  hostEnvironment,
  mtlsCredentials,
  parseHandshake,
  services,
  startStub,
  unary,
  type Handshake,
  type StubProcess,
} from './harness.js';
import type {
  ApplyResourceChangeResponse,
  CallFunctionResponse,
  GetProviderSchemaResponse,
  ImportResourceStateResponse,
  OpenEphemeralResourceResponse,
  PlanResourceChangeResponse,
  StopProviderResponse,
} from '../../src/protocol/tfplugin6.js';

const provider = services.provider;
const nullValue = { msgpack: Buffer.from([0xc0]) };

function summaries(response: { diagnostics?: { summary?: string }[] }): string[] {
  return (response.diagnostics ?? []).map((diagnostic) => diagnostic.summary ?? '');
}

async function expectExit(stub: StubProcess, withinMs: number) {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running after ${withinMs} ms`)), withinMs).unref());
  return Promise.race([stub.exited, timeout]);
}

describe('plugin server under AutoMTLS', () => {
  let terraformIdentity: TlsIdentity;
  let stub: StubProcess;
  let handshake: Handshake;
  let client: Client;

  before(async () => {
    terraformIdentity = await createTlsIdentity();
    stub = startStub(hostEnvironment(terraformIdentity));
    handshake = parseHandshake(await stub.firstLine);
    client = connect(handshake.socketPath, mtlsCredentials(handshake, terraformIdentity));
  });

  after(() => {
    client?.close();
    stub?.child.kill('SIGKILL');
  });

  it('announces protocol 6 on a unix socket with an unpadded DER certificate for localhost', () => {
    assert.equal(handshake.core, '1');
    assert.equal(handshake.protocolVersion, '6');
    assert.equal(handshake.network, 'unix');
    assert.equal(handshake.protocol, 'grpc');
    assert.ok(handshake.socketPath.startsWith('/'), handshake.socketPath);
    assert.match(handshake.certificateBase64, /^[A-Za-z0-9+/]{51,}$/);
    const certificate = announcedCertificate(handshake);
    assert.equal(certificate.subjectAltName, 'DNS:localhost');
    assert.ok(certificate.ca);
    assert.ok(new Date(certificate.validFrom).getTime() < Date.now());
    assert.equal(certificate.publicKey.asymmetricKeyDetails?.namedCurve, 'prime256v1');
  });

  it('answers the health check for "plugin" with SERVING', async () => {
    const response = await unary<{ status?: number }>(client, services.health.Check, { service: 'plugin' });
    assert.equal(response.status, 1);
  });

  it('serves every schema and validation RPC with the stub handlers', async () => {
    const schema = await unary<GetProviderSchemaResponse>(client, provider.GetProviderSchema);
    assert.equal(schema.resource_schemas?.stub_thing?.version, 1);
    assert.equal(schema.resource_schemas?.stub_thing?.block?.attributes?.[0]?.type?.toString(), '"string"');
    assert.deepEqual(await unary(client, provider.GetMetadata), {
      server_capabilities: { get_provider_schema_optional: true },
      resources: [{ type_name: 'stub_thing' }],
    });
    const checks: [string, object, string][] = [
      ['ValidateProviderConfig', { config: nullValue }, 'provider config c0'],
      [
        'ValidateResourceConfig',
        { type_name: 'stub_thing', config: nullValue, client_capabilities: { write_only_attributes_allowed: true } },
        'resource stub_thing write_only=true',
      ],
      ['ValidateDataResourceConfig', { type_name: 'stub_data' }, 'data stub_data'],
      ['ValidateEphemeralResourceConfig', { type_name: 'stub_secret' }, 'ephemeral stub_secret'],
      ['ConfigureProvider', { terraform_version: '1.11.4', config: nullValue }, 'terraform 1.11.4'],
      ['UpgradeResourceState', { type_name: 'stub_thing', version: 3, raw_state: { json: Buffer.from('{}') } }, 'version 3'],
      ['MoveResourceState', { source_type_name: 'old_thing', source_state: { json: Buffer.from('{}') } }, 'from old_thing'],
    ];
    for (const [rpc, request, summary] of checks) {
      assert.deepEqual(summaries(await unary(client, provider[rpc], request)), [summary], rpc);
    }
  });

  it('serves the managed resource, data source and function RPCs', async () => {
    const state = { msgpack: Buffer.from([0x81, 0xa2, 0x69, 0x64, 0xa1, 0x78]) }; // {"id":"x"}
    assert.deepEqual(await unary(client, provider.ReadResource, { current_state: state, private: Buffer.from('p') }), {
      new_state: state,
      private: Buffer.from('p'),
    });
    const plan = await unary<PlanResourceChangeResponse>(client, provider.PlanResourceChange, {
      type_name: 'stub_thing',
      prior_state: nullValue,
      proposed_new_state: state,
    });
    assert.deepEqual(plan.planned_state, state);
    assert.deepEqual(plan.requires_replace, [
      {
        steps: [
          { attribute_name: 'name', selector: 'attribute_name' },
          { element_key_int: 2, selector: 'element_key_int' },
        ],
      },
    ]);
    const applied = await unary<ApplyResourceChangeResponse>(client, provider.ApplyResourceChange, {
      planned_state: state,
      planned_private: plan.planned_private,
    });
    assert.deepEqual(applied, { new_state: state, private: Buffer.from('plan') });
    const imported = await unary<ImportResourceStateResponse>(client, provider.ImportResourceState, {
      type_name: 'stub_thing',
      id: 'abc',
    });
    assert.deepEqual(imported.imported_resources, [{ type_name: 'stub_thing', state: { msgpack: Buffer.from('abc') } }]);
    assert.deepEqual(await unary(client, provider.ReadDataSource, { config: state }), { state });
    const functions = await unary<{ functions?: Record<string, unknown> }>(client, provider.GetFunctions);
    assert.deepEqual(Object.keys(functions.functions ?? {}), ['echo']);
    const call = await unary<CallFunctionResponse>(client, provider.CallFunction, { name: 'echo', arguments: [state] });
    assert.deepEqual(call.result, state);
  });

  it('serves the ephemeral resource lifecycle, keeping proto3 optional fields', async () => {
    const opened = await unary<OpenEphemeralResourceResponse>(client, provider.OpenEphemeralResource, {
      type_name: 'stub_secret',
      config: nullValue,
    });
    assert.deepEqual(opened.result, nullValue);
    assert.equal(opened.renew_at?.seconds, 1_700_000_000);
    assert.deepEqual(opened.private, Buffer.from('open'));
    const renewed = await unary<{ private?: Buffer }>(client, provider.RenewEphemeralResource, { private: opened.private });
    assert.deepEqual(renewed.private, Buffer.from('open'));
    const closed = await unary(client, provider.CloseEphemeralResource, { private: opened.private });
    assert.deepEqual(summaries(closed), ['closed open']);
  });

  it('turns a handler exception into INTERNAL without revealing its message', async () => {
    await assert.rejects(unary(client, provider.PlanResourceChange, { type_name: 'boom' }), (error: ServiceError) => {
      assert.equal(error.code, status.INTERNAL);
      assert.match(error.details, /PlanResourceChange/);
      assert.doesNotMatch(error.details, /hunter2/);
      return true;
    });
  });

  it('ends the stdio stream cleanly and keeps the broker stream open', async () => {
    const stdio = services.stdio.StreamStdio!;
    const stream = client.makeServerStreamRequest(stdio.path, stdio.requestSerialize, stdio.responseDeserialize, {});
    const chunks: unknown[] = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    await new Promise<void>((resolve, reject) => {
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    assert.deepEqual(chunks, []);
  });

  it('ignores SIGINT (terraform sends StopProvider instead)', async () => {
    stub.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(stub.child.exitCode, null);
    await unary(client, provider.GetProviderSchema);
  });

  it('StopProvider aborts the signal of an in-flight call, calls the stop hook, and reports success', async () => {
    const slow = unary<PlanResourceChangeResponse>(client, provider.PlanResourceChange, { type_name: 'slow' });
    // Stop only once the call is in flight (its own word on stderr), however slow the machine.
    while (!stub.stderr().includes('stub: slow call started')) await new Promise((resolve) => setTimeout(resolve, 20));
    const stopped = await unary<StopProviderResponse>(client, provider.StopProvider);
    assert.equal(stopped.Error ?? '', '');
    assert.deepEqual(summaries(await slow), ['aborted: terraform asked the provider to stop (StopProvider)']);
    assert.match(stub.stderr(), /stub: stop hook called/);
    // Calls after the stop are not born cancelled.
    const next = unary<PlanResourceChangeResponse>(client, provider.PlanResourceChange, { type_name: 'slow' });
    const pending = new Promise<string>((resolve) => setTimeout(() => resolve('pending'), 200));
    const outcome = await Promise.race([next.then(() => 'finished'), pending]);
    assert.equal(outcome, 'pending');
  });

  it('aborts the signal of a call terraform cancels, whether the handler asked for it before or after', async () => {
    const method = provider.PlanResourceChange;
    assert.ok(method);
    for (const typeName of ['cancellable', 'cancellable-late']) {
      const answered = new Promise<ServiceError | null>((resolve) => {
        const call = client.makeUnaryRequest(
          method.path,
          method.requestSerialize,
          method.responseDeserialize,
          { type_name: typeName },
          { deadline: Date.now() + 120_000 },
          (error: ServiceError | null) => resolve(error),
        );
        void (async () => {
          while (!stub.stderr().includes(`stub: ${typeName} call started`)) await new Promise((wait) => setTimeout(wait, 20));
          call.cancel();
        })();
      });
      assert.equal((await answered)?.code, status.CANCELLED);
      const aborted = `stub: ${typeName} call aborted: terraform cancelled PlanResourceChange`;
      // Only a guard against a hang when the signal is never aborted: a loaded machine may take seconds.
      const giveUp = Date.now() + 60_000;
      while (!stub.stderr().includes(aborted)) {
        assert.ok(Date.now() < giveUp, `the handler of a cancelled ${typeName} call never saw its signal aborted`);
        await new Promise((wait) => setTimeout(wait, 20));
      }
    }
  });

  it('prints nothing on stdout after the handshake and nothing on stderr without TF_LOG', () => {
    assert.equal(
      stub.stdout(),
      `${[handshake.core, handshake.protocolVersion, handshake.network, handshake.socketPath, handshake.protocol, handshake.certificateBase64].join('|')}\n`,
    );
    // Only the stub's own lines: no log line of the plugin server without TF_LOG.
    assert.deepEqual(
      stub
        .stderr()
        .split('\n')
        .filter((line) => line !== '' && !/^stub: (slow call started|cancellable(-late)? call (started|aborted: .+))$/.test(line)),
      ['stub: stop hook called'],
    );
  });

  it('exits on GRPCController.Shutdown and removes its socket directory', async () => {
    await unary(client, services.controller.Shutdown).catch(() => {}); // go-plugin ignores this error too
    // Exits by itself, not when something times out; the guard only keeps a hang from stalling the run.
    const exit = await expectExit(stub, 60_000);
    assert.equal(exit.code, 0);
    assert.equal(existsSync(dirname(handshake.socketPath)), false);
  });
});

describe('plugin server refusing clients', () => {
  it('refuses a client with another certificate, with none or without TLS, and still serves terraform', async () => {
    const [terraformIdentity, impostor] = await Promise.all([createTlsIdentity(), createTlsIdentity()]);
    const stub = startStub(hostEnvironment(terraformIdentity));
    try {
      const handshake = parseHandshake(await stub.firstLine);
      const client = connect(handshake.socketPath, mtlsCredentials(handshake, impostor));
      await assert.rejects(unary(client, provider.GetProviderSchema), (error: ServiceError) => {
        assert.equal(error.code, status.UNAVAILABLE);
        return true;
      });
      client.close();
      const anonymous = connect(handshake.socketPath, credentials.createSsl(Buffer.from(announcedCertificate(handshake).toString())));
      await assert.rejects(unary(anonymous, provider.GetProviderSchema), (error: ServiceError) => {
        assert.equal(error.code, status.UNAVAILABLE);
        return true;
      });
      anonymous.close();
      const plaintext = connect(handshake.socketPath, credentials.createInsecure());
      await assert.rejects(unary(plaintext, provider.GetProviderSchema));
      plaintext.close();
      const trusted = connect(handshake.socketPath, mtlsCredentials(handshake, terraformIdentity));
      await unary(trusted, provider.GetProviderSchema);
      trusted.close();
    } finally {
      stub.child.kill('SIGKILL');
    }
  });
});
