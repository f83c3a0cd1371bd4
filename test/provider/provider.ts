// A provider used only by the tests: one resource with every kind of attribute, a data
// source and a function, backed by a JSON file. It proves the protocol core and the framework
// against the real terraform binary.
import { attr, block, schema } from '../../src/framework/attributes.js';
import { defineDataSource } from '../../src/framework/data-source.js';
import { AttributeError } from '../../src/framework/diagnostics.js';
import { FunctionArgumentError } from '../../src/framework/function.js';
import { planModifiers } from '../../src/framework/plan-modifiers.js';
import { defineProvider } from '../../src/framework/provider.js';
import { defineResource } from '../../src/framework/resource.js';
import type { ModelOf } from '../../src/framework/schema.js';
import { ty } from '../../src/framework/type-spec.js';
import { validators } from '../../src/framework/validators.js';
import { ThingStore, type StoredThing } from './store.js';

export const TESTER_ADDRESS = 'example.com/truemox/tester';

interface TesterData {
  store: ThingStore;
}

const thingSchema = schema({
  description: 'A thing kept by the test provider.',
  attributes: {
    id: attr.string({ computed: true, description: 'Identifier.', planModifiers: [planModifiers.useStateForUnknown()] }),
    name: attr.string({
      required: true,
      description: 'Name; lower case letters, digits and dashes.',
      validators: [validators.matches(/^[a-z][a-z0-9-]*$/, 'must start with a letter and hold only a-z, 0-9 and -')],
    }),
    size: attr.number({ default: 10, description: 'Size, 1 to 1000.', validators: [validators.between(1, 1000), validators.integer()] }),
    zone: attr.string({ optional: true, description: 'Zone; changing it replaces the thing.', planModifiers: [planModifiers.requiresReplace()] }),
    secret: attr.string({ optional: true, sensitive: true, description: 'A secret.' }),
    tags: attr.map(ty.string, { optional: true, description: 'Tags.' }),
    created_at: attr.string({ computed: true, description: 'Creation time.', planModifiers: [planModifiers.useStateForUnknown()] }),
    revision: attr.number({ computed: true, description: 'Bumped by every update.' }),
    settings: attr.nested(
      'single',
      {
        mode: attr.string({
          optional: true,
          description: 'Mode.',
          semanticEquals: (a, b) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase(),
        }),
        level: attr.number({ optional: true, description: 'Level.' }),
      },
      { optional: true, description: 'Settings.' },
    ),
  },
  blocks: {
    port: block.list(
      {
        description: 'A port.',
        attributes: {
          number: attr.number({ required: true, description: 'Port number.', validators: [validators.between(1, 65535)] }),
          protocol: attr.string({ default: 'tcp', description: 'tcp or udp.', validators: [validators.oneOf('tcp', 'udp')] }),
        },
      },
      { maxItems: 4 },
    ),
  },
});

type ThingModel = ModelOf<typeof thingSchema>;

function toModel(thing: StoredThing): ThingModel {
  return {
    id: thing.id,
    name: thing.name,
    size: thing.size,
    zone: thing.zone,
    secret: thing.secret,
    tags: thing.tags,
    created_at: thing.created_at,
    revision: thing.revision,
    // The "server" upper-cases modes; semantic equality keeps the user's spelling in state.
    settings: thing.settings,
    port: thing.ports,
  };
}

function fields(model: ThingModel): Omit<StoredThing, 'id' | 'created_at' | 'revision'> {
  return {
    name: model.name,
    size: model.size ?? 10,
    zone: model.zone,
    secret: model.secret,
    tags: model.tags,
    ports: model.port.map((p) => ({ number: p.number, protocol: p.protocol ?? 'tcp' })),
    settings: model.settings ? { mode: model.settings.mode?.toUpperCase() ?? null, level: model.settings.level } : null,
  };
}

const resource = defineResource<TesterData>();

const thing = resource({
  name: 'tester_thing',
  schema: thingSchema,
  importId: { description: 'the thing id', example: 'thing-1' },
  timeouts: { create: '5m', delete: '5m' },
  async create(ctx, plan) {
    const created = ctx.provider.store.create(fields(plan));
    ctx.savePartialState(toModel(created));
    if (plan.name.startsWith('fail-after-create')) throw new Error('the second step of create failed on purpose');
    return toModel(created);
  },
  async read(ctx, state) {
    const found = state.id ? ctx.provider.store.get(state.id) : undefined;
    return found ? toModel(found) : null;
  },
  async update(ctx, plan, prior) {
    return toModel(ctx.provider.store.update(prior.id!, fields(plan)));
  },
  async delete(ctx, state) {
    ctx.provider.store.delete(state.id!);
  },
  validateConfig(ctx) {
    if (ctx.config.string('zone') === 'forbidden') ctx.error('zone', 'Zone not allowed', 'The zone "forbidden" cannot be used.');
  },
});

const dataSource = defineDataSource<TesterData>();

const thingData = dataSource({
  name: 'tester_thing',
  schema: schema({
    description: 'Looks a thing up by name.',
    attributes: {
      name: attr.string({ required: true, description: 'Name of the thing.' }),
      id: attr.string({ computed: true, description: 'Its id.' }),
      size: attr.number({ computed: true, description: 'Its size.' }),
    },
  }),
  async read(ctx, config) {
    const found = ctx.provider.store.findByName(config.name);
    if (!found) throw new AttributeError('name', 'Thing not found', `No thing is named "${config.name}".`);
    return { name: found.name, id: found.id, size: found.size };
  },
});

export const testerProvider = defineProvider({
  name: 'tester',
  address: TESTER_ADDRESS,
  version: '0.0.1',
  schema: schema({
    description: 'The test provider.',
    attributes: {
      store_path: attr.string({ optional: true, description: 'The JSON file holding the things (or TESTER_STORE).' }),
      token: attr.string({ optional: true, sensitive: true, description: 'A secret that must never be logged.' }),
    },
  }),
  resources: [thing],
  dataSources: [thingData],
  functions: [
    {
      name: 'shout',
      summary: 'Upper-cases a string and adds "!".',
      description: 'Returns the string in upper case followed by an exclamation mark.',
      parameters: [{ name: 'text', type: ty.string, description: 'What to shout.' }],
      returns: ty.string,
      run([text]) {
        if (text === '') throw new FunctionArgumentError(0, 'text must not be empty');
        return `${String(text).toUpperCase()}!`;
      },
    },
  ],
  async configure(_ctx, config) {
    const path = config.store_path ?? process.env.TESTER_STORE;
    if (!path) throw new AttributeError('store_path', 'Missing store path', 'Set store_path or TESTER_STORE.');
    return { store: new ThingStore(path) };
  },
});
