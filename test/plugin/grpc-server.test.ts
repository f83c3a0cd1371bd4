// The plugin's own gRPC server against grpc-js's client: the statuses, limits, compression and
// cancellation grpc-js's server had, in-process on a unix socket.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client, credentials, type ServiceError } from '@grpc/grpc-js';
import { GrpcServer, status, type sendUnaryData, type ServerUnaryCall } from '../../src/plugin/grpc-server.js';
import { loadProtocolServices } from '../../src/protocol/descriptor.js';
import { unary } from './harness.js';

const services = loadProtocolServices();

describe('plugin gRPC server', () => {
  let directory: string;
  let listener: NetServer;
  let server: GrpcServer;
  let client: Client;
  let cancelled: Promise<void>;
  let onCancelled: () => void;

  before(async () => {
    directory = mkdtempSync(join(tmpdir(), 'truemox-grpc-'));
    server = new GrpcServer({ maxReceiveMessageBytes: 1000, maxSendMessageBytes: 1000 });
    cancelled = new Promise((resolve) => (onCancelled = resolve));
    server.addService(services.health, {
      Check(call: ServerUnaryCall<{ service?: string }>, callback: sendUnaryData<object>) {
        const service = call.request.service ?? '';
        if (service === 'hang') return call.on('cancelled', onCancelled); // never answers
        if (service.startsWith('fail')) return callback({ code: status.NOT_FOUND, details: `no ${service} here, 100%` });
        callback(null, { status: 1 });
      },
    });
    server.addService(services.provider, {
      GetMetadata(_call: ServerUnaryCall<object>, callback: sendUnaryData<object>) {
        callback(null, { resources: Array.from({ length: 100 }, (_, i) => ({ type_name: `resource_${i}` })) });
      },
    });
    listener = createServer((socket) => server.injectConnection(socket));
    const socketPath = join(directory, 'grpc.sock');
    await new Promise<void>((resolve) => listener.listen(socketPath, resolve));
    client = new Client(`unix:${socketPath}`, credentials.createInsecure(), { 'grpc.default_compression_algorithm': 2 /* gzip */ });
  });

  after(() => {
    client.close();
    listener.close();
    server.forceShutdown();
    rmSync(directory, { recursive: true, force: true });
  });

  const check = (service: string) => unary<{ status?: number }>(client, services.health.Check, { service });
  const failure = async (promise: Promise<unknown>) => {
    const error = (await promise.then(
      () => assert.fail('the call succeeded'),
      (e: unknown) => e,
    )) as ServiceError;
    return { code: error.code, details: error.details };
  };

  it('answers a unary call (its request gzip-compressed by the client)', async () => {
    assert.deepEqual(await check('plugin'), { status: 1 });
  });

  it("sends a handler's status with its details", async () => {
    assert.deepEqual(await failure(check('fail')), { code: status.NOT_FOUND, details: 'no fail here, 100%' });
  });

  it('answers UNIMPLEMENTED for a method it does not serve', async () => {
    assert.deepEqual(await failure(unary(client, services.controller.Shutdown, {})), {
      code: status.UNIMPLEMENTED,
      details: 'The server does not implement the method /plugin.GRPCController/Shutdown',
    });
  });

  it('refuses a request over the size limit', async () => {
    const { code, details } = await failure(check('y'.repeat(5000)));
    assert.equal(code, status.RESOURCE_EXHAUSTED);
    assert.match(details, /larger than/);
  });

  it('refuses to send an answer over the size limit', async () => {
    const { code, details } = await failure(unary(client, services.provider.GetMetadata, {}));
    assert.equal(code, status.RESOURCE_EXHAUSTED);
    assert.match(details, /^Sent message larger than max/);
  });

  it("cancels the handler's call when the client's deadline passes", async () => {
    const call = new Promise<ServiceError | null>((resolve) =>
      client.makeUnaryRequest(
        services.health.Check!.path,
        services.health.Check!.requestSerialize,
        services.health.Check!.responseDeserialize,
        { service: 'hang' },
        { deadline: Date.now() + 200 },
        (error) => resolve(error),
      ),
    );
    assert.equal((await call)?.code, status.DEADLINE_EXCEEDED);
    await cancelled;
  });
});
