// Our side of the Go comparison: a provider on our framework with the two resources the Go
// reference serves, with exactly the schemas of the test provider's `tester_thing` and of
// `truenas_dataset`, keeping objects in terraform's state only (read returns what it is given),
// as the Go reference does. The two then differ only in language, protocol stack and framework.
import { defineProvider } from '../../src/framework/provider.js';
import { defineResource } from '../../src/framework/resource.js';
import type { Schema } from '../../src/framework/schema.js';
import { schema } from '../../src/framework/attributes.js';
import { datasetResource } from '../../src/providers/truenas/resources/dataset.js';
import { testerProvider } from '../../test/provider/provider.js';

export const BENCH_PROVIDER_NAME = 'bench';

const resource = defineResource<{ nextId: number }>();

function inMemoryResource(name: string, resourceSchema: Schema) {
  return resource({
    name,
    schema: resourceSchema,
    importId: { description: 'the id', example: 'obj-1' },
    async create(ctx, plan) {
      ctx.provider.nextId += 1;
      return { ...plan, id: `obj-${ctx.provider.nextId}` };
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

const thingSchema = testerProvider.resources.find((r) => r.name === 'tester_thing')?.schema;
if (!thingSchema) throw new Error('the test provider has no tester_thing');

export const benchProvider = defineProvider({
  name: BENCH_PROVIDER_NAME,
  address: 'example.com/node/bench',
  version: '0.0.1',
  schema: schema({ description: 'The benchmark provider.', attributes: {} }),
  resources: [inMemoryResource('bench_thing', thingSchema), inMemoryResource('bench_dataset', datasetResource.schema)],
  dataSources: [],
  functions: [],
  async configure() {
    return { nextId: 0 };
  },
});

/** Defaults the framework plans for unset attributes, per resource type: the Go reference plans the same. */
export function plannedDefaults(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    benchProvider.resources.map((r) => [
      r.name,
      Object.fromEntries(Object.entries(r.schema.attributes).flatMap(([name, a]) => (a.default === undefined ? [] : [[name, a.default]]))),
    ]),
  );
}
