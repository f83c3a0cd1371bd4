// The committed descriptor must be what scripts/compile-proto.ts makes of proto/, and the
// codecs built from it must produce the shapes src/protocol/tfplugin6.ts promises.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { codecsFile, compileProtoCodecs, compileProtoDescriptor, descriptorFile } from '../../scripts/compile-proto.js';
import { loadProtocolServices, serviceNames } from '../../src/protocol/descriptor.js';
import { providerRpcHandlers } from '../../src/plugin/provider-service.js';

const services = loadProtocolServices();

function roundTrip(rpc: string, side: 'request' | 'response', message: object): unknown {
  const method = services.provider[rpc];
  assert.ok(method, rpc);
  return side === 'request' ? method.requestDeserialize(method.requestSerialize(message)) : method.responseDeserialize(method.responseSerialize(message));
}

describe('protocol descriptor', () => {
  it('is up to date with proto/ (run `node --import tsx scripts/compile-proto.ts` if not)', async () => {
    assert.equal(readFileSync(descriptorFile, 'utf8'), compileProtoDescriptor());
    assert.equal(readFileSync(codecsFile, 'utf8'), await compileProtoCodecs());
  });

  it('leaves the global Object alone although a message is named Object', () => {
    assert.equal(typeof Object.create, 'function');
    assert.deepEqual(Object.keys(Object.create({ inherited: 1 })), []);
    const decoded = roundTrip('GetProviderSchema', 'response', {
      resource_schemas: {
        r: { block: { attributes: [{ name: 'disks', nested_type: { nesting: 2, attributes: [{ name: 'size', type: Buffer.from('"number"') }] } }] } },
      },
    });
    assert.deepEqual(decoded, {
      resource_schemas: {
        r: { block: { attributes: [{ name: 'disks', nested_type: { nesting: 2, attributes: [{ name: 'size', type: Buffer.from('"number"') }] } }] } },
      },
    });
  });

  it('defines every tfplugin6 6.8 RPC and go-plugin service method at its wire path', () => {
    assert.deepEqual(Object.keys(services.provider).sort(), [...Object.keys(providerRpcHandlers), 'StopProvider'].sort());
    assert.equal(services.provider.PlanResourceChange?.path, '/tfplugin6.Provider/PlanResourceChange');
    assert.equal(services.controller.Shutdown?.path, '/plugin.GRPCController/Shutdown');
    assert.equal(services.stdio.StreamStdio?.responseStream, true);
    assert.equal(services.broker.StartStream?.requestStream, true);
    assert.equal(services.health.Check?.path, '/grpc.health.v1.Health/Check');
    assert.equal(serviceNames.provider, 'tfplugin6.Provider');
  });

  it('decodes with snake_case names, Buffer bytes, number int64s and enums, and oneof names', () => {
    const decoded = roundTrip('GetProviderSchema', 'response', {
      provider: { version: 2, block: { block_types: [{ type_name: 'disk', nesting: 2, min_items: 1, block: {} }] } },
      resource_schemas: { a_b: { block: { attributes: [{ name: 'id', type: Buffer.from('"string"'), write_only: true }] } } },
      diagnostics: [{ severity: 1, summary: 's', attribute: { steps: [{ element_key_int: 9007199254740991 }] } }],
    });
    assert.deepEqual(decoded, {
      provider: { version: 2, block: { block_types: [{ type_name: 'disk', nesting: 2, min_items: 1, block: {} }] } },
      resource_schemas: { a_b: { block: { attributes: [{ name: 'id', type: Buffer.from('"string"'), write_only: true }] } } },
      diagnostics: [{ severity: 1, summary: 's', attribute: { steps: [{ element_key_int: 9007199254740991, selector: 'element_key_int' }] } }],
    });
  });

  it('keeps the wire numbers that differ from the obvious (ValidateProviderConfig diagnostics = 2)', () => {
    const bytes = services.provider.ValidateProviderConfig?.responseSerialize({ diagnostics: [{ severity: 2 }] });
    assert.equal(bytes?.[0], (2 << 3) | 2); // field 2, length-delimited
    const stop = services.provider.StopProvider?.responseSerialize({ Error: 'x' });
    assert.deepEqual(stop, Buffer.from([0x0a, 0x01, 0x78]));
  });

  it('tells an absent proto3 optional field from an empty one', () => {
    assert.deepEqual(roundTrip('CloseEphemeralResource', 'request', { type_name: 't' }), { type_name: 't' });
    assert.deepEqual(roundTrip('CloseEphemeralResource', 'request', { type_name: 't', private: Buffer.alloc(0) }), {
      type_name: 't',
      private: Buffer.alloc(0),
      _private: 'private',
    });
  });
});
