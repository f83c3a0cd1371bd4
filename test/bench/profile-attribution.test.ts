// bench/profile.ts charges each CPU sample to a call kind and a layer from its stack.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeSample, layerOfFrame } from '../../bench/profile.js';

const root = 'file:///repo';
const frame = (functionName: string, path: string) => ({ functionName, url: path.startsWith('node:') || path === '' ? path : `${root}/${path}` });

test('a sample under a resource handler takes its kind and the nearest layer below it', () => {
  const stack = [
    frame('', ''),
    frame('readUint8', 'src/values/msgpack-decode.ts'),
    frame('decodeDynamic', 'src/framework/wire.ts'),
    frame('plan', 'src/framework/resource-runtime.ts'),
    frame('planResourceChange', 'src/framework/server.ts'),
    frame('handleUnary', 'node_modules/@grpc/grpc-js/build/src/server.js'),
  ];
  assert.deepEqual(attributeSample(stack), { kind: 'planResourceChange', layer: 'decoding' });
});

test("a sample in an async ResourceRuntime method resumed after an await, with no handler below it, takes the method's kind", () => {
  const stack = [
    frame('encodeDynamic', 'src/framework/wire.ts'),
    frame('read', 'src/framework/resource-runtime.ts'),
    frame('processTicksAndRejections', 'node:internal/process/task_queues'),
  ];
  assert.deepEqual(attributeSample(stack), { kind: 'readResource', layer: 'encoding' });
});

test('a sample with no handler on its stack is outside, and gRPC work is transport', () => {
  const stack = [frame('write', 'node:internal/http2/core'), frame('sendUnaryMessage', 'node_modules/@grpc/grpc-js/build/src/server-interceptors.js')];
  assert.deepEqual(attributeSample(stack), { kind: 'outside', layer: 'transport' });
});

test('wire.ts encoders are encoding, its other functions framework; the collector is gc', () => {
  assert.equal(layerOfFrame(frame('encodeDynamic', 'src/framework/wire.ts')), 'encoding');
  assert.equal(layerOfFrame(frame('diagnosticsToProto', 'src/framework/wire.ts')), 'encoding');
  assert.equal(layerOfFrame(frame('planChange', 'src/framework/plan.ts')), 'framework');
  assert.equal(layerOfFrame(frame('(garbage collector)', '')), 'gc');
  assert.equal(layerOfFrame(frame('', '')), undefined);
});
