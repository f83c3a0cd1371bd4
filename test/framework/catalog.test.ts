// A provider served from its catalog: each type's definition is loaded when a call first names
// it, once; the whole schema loads them all; nothing else loads one (src/framework/catalog.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, schema } from '../../src/framework/attributes.js';
import { catalogEntry, defineCatalog, loadCatalog } from '../../src/framework/catalog.js';
import { defineDataSource } from '../../src/framework/data-source.js';
import type { FunctionDefinition } from '../../src/framework/function.js';
import { ty } from '../../src/framework/type-spec.js';
import { blockType } from '../../src/framework/implied-type.js';
import { defineResource } from '../../src/framework/resource.js';
import { createProviderServer } from '../../src/framework/server.js';
import { encodeDynamic } from '../../src/framework/wire.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Value } from '../../src/values/types.js';

const thingSchema = schema({ description: 'A thing.', attributes: { name: attr.string({ required: true, description: 'name' }) } });

function thing(name: string) {
  return defineResource<object>()({
    name,
    schema: thingSchema,
    importId: { description: 'name', example: 'a' },
    async create(_ctx, plan) {
      return plan;
    },
    async read(_ctx, state) {
      return state;
    },
    async update(_ctx, plan) {
      return plan;
    },
    async delete() {},
  });
}

const echo: FunctionDefinition = {
  name: 'echo',
  summary: 'Echoes.',
  description: 'Returns its argument.',
  parameters: [{ name: 'text', type: ty.string, description: 'text' }],
  returns: ty.string,
  run: ([text]) => text,
};

/** A catalog of two resources, a data source and a function, counting each load. */
function countingCatalog() {
  const loads: string[] = [];
  const counted =
    <D>(name: string, definition: D) =>
    async () => {
      loads.push(name);
      return definition;
    };
  const catalog = defineCatalog({
    name: 'test',
    address: 'example.com/test/test',
    version: '0.0.1',
    schema: schema({ description: 'The provider.', attributes: {} }),
    resources: [catalogEntry('test_one', counted('test_one', thing('test_one'))), catalogEntry('test_two', counted('test_two', thing('test_two')))],
    dataSources: [
      catalogEntry(
        'test_info',
        counted(
          'test_info',
          defineDataSource<object>()({
            name: 'test_info',
            schema: thingSchema,
            async read(_ctx, config) {
              return config;
            },
          }),
        ),
      ),
    ],
    functions: [catalogEntry('echo', counted('echo', echo))],
    ephemeralResources: [],
    async configure() {
      return {};
    },
  });
  return { catalog, loads };
}

const call = { signal: new AbortController().signal, logger: silentLogger };
const config = (name: string) => encodeDynamic({ name } as Value, blockType(thingSchema));

describe('a provider served from its catalog', () => {
  it('lists every type without loading one, and loads a type when a call first names it, once', async () => {
    const { catalog, loads } = countingCatalog();
    const server = createProviderServer(catalog);
    const metadata = await server.getMetadata!({}, call);
    assert.deepEqual(
      metadata.resources?.map((r) => r.type_name),
      ['test_one', 'test_two'],
    );
    assert.deepEqual(
      metadata.data_sources?.map((d) => d.type_name),
      ['test_info'],
    );
    assert.deepEqual(
      metadata.functions?.map((f) => f.name),
      ['echo'],
    );
    assert.deepEqual(loads, []);
    for (let i = 0; i < 3; i++) {
      const validated = await server.validateResourceConfig({ type_name: 'test_two', config: config('a') }, call);
      assert.deepEqual(validated.diagnostics ?? [], []);
    }
    assert.deepEqual(loads, ['test_two']);
    const unknown = await server.validateResourceConfig({ type_name: 'test_three', config: config('a') }, call);
    assert.match(unknown.diagnostics?.[0]?.detail ?? '', /has no resource "test_three"/);
    assert.deepEqual(loads, ['test_two']);
  });

  it('loads every type for the whole schema, in the catalog order', async () => {
    const { catalog, loads } = countingCatalog();
    const server = createProviderServer(catalog);
    const schemas = await server.getProviderSchema({}, call);
    assert.deepEqual(Object.keys(schemas.resource_schemas ?? {}), ['test_one', 'test_two']);
    assert.deepEqual(Object.keys(schemas.data_source_schemas ?? {}), ['test_info']);
    assert.deepEqual(Object.keys(schemas.functions ?? {}), ['echo']);
    assert.deepEqual([...loads].sort(), ['echo', 'test_info', 'test_one', 'test_two']);
  });

  it('gives the plain definition with every entry loaded, in order', async () => {
    const { catalog } = countingCatalog();
    const provider = await loadCatalog(catalog);
    assert.deepEqual(
      provider.resources.map((r) => r.name),
      ['test_one', 'test_two'],
    );
    assert.equal('catalog' in provider, false);
  });

  it('refuses an entry whose definition carries another type name', async () => {
    const entry = catalogEntry('test_one', async () => thing('test_other'));
    await assert.rejects(entry.load(), /the catalog entry "test_one" loads a definition named "test_other"/);
  });
});
