// Write-only attributes under terraform's rules, in-process: never in a plan or state, handed
// to create and update from the configuration, refused where terraform refuses them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, block, schema } from '../../src/framework/attributes.js';
import { planModifiers } from '../../src/framework/plan-modifiers.js';
import { defineResource } from '../../src/framework/resource.js';
import { ResourceRuntime } from '../../src/framework/resource-runtime.js';
import { blockType } from '../../src/framework/implied-type.js';
import { decodeDynamic, encodeDynamic } from '../../src/framework/wire.js';
import { secretToSend, writeOnlySchemaErrors } from '../../src/framework/write-only.js';
import type { AnyResource } from '../../src/framework/provider.js';
import type { PlanModelOf } from '../../src/framework/schema.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Value } from '../../src/values/types.js';

const secretSchema = schema({
  description: 'A secret holder.',
  attributes: {
    id: attr.string({ computed: true, description: 'id', planModifiers: [planModifiers.useStateForUnknown()] }),
    name: attr.string({ required: true, description: 'name' }),
    password_wo: attr.string({ optional: true, writeOnly: true, sensitive: true, description: 'password' }),
    password_wo_version: attr.number({ optional: true, description: 'version' }),
  },
  blocks: {
    login: block.list({
      description: 'logins',
      attributes: { user: attr.string({ required: true, description: 'user' }), key_wo: attr.string({ optional: true, writeOnly: true, description: 'key' }) },
    }),
  },
});

type Plan = PlanModelOf<typeof secretSchema>;

const received: Plan[] = [];
const resource = defineResource<object>()({
  name: 'test_secret',
  schema: secretSchema,
  importId: { description: 'name', example: 'a' },
  async create(_ctx, plan) {
    received.push(plan);
    return { ...plan, id: plan.name, password_wo: null, login: plan.login.map((l) => ({ ...l, key_wo: null })) };
  },
  async read(_ctx, state) {
    // A careless read that hands back a value: the framework must still keep it out of state.
    return { ...state, password_wo: 'leaked' as unknown as null };
  },
  async update(_ctx, plan) {
    received.push(plan);
    return { ...plan, password_wo: null, login: plan.login.map((l) => ({ ...l, key_wo: null })) };
  },
  async delete() {},
});

const runtime = new ResourceRuntime<object>(resource as unknown as AnyResource<object>, () => ({}));
const type = blockType(runtime.schema);
const call = { signal: new AbortController().signal, logger: silentLogger };
const dv = (value: Value) => encodeDynamic(value, type);
const config: Value = { id: null, name: 'a', password_wo: 's3cret', password_wo_version: 1, login: [{ user: 'u', key_wo: 'k1' }] };
const proposed: Value = { ...config, password_wo: null, login: [{ user: 'u', key_wo: null }] };

describe('write-only attributes', () => {
  it('are planned as null, whatever the configuration holds', async () => {
    const plan = await runtime.plan({ type_name: 'test_secret', config: dv(config), proposed_new_state: dv(config), prior_state: dv(null) }, call);
    const planned = decodeDynamic(plan.planned_state, type) as Record<string, Value>;
    assert.equal(planned.password_wo, null);
    assert.deepEqual(planned.login, [{ user: 'u', key_wo: null }]);
    assert.deepEqual(plan.diagnostics, []);
  });

  it('reach create from the configuration, and the applied state holds none', async () => {
    received.length = 0;
    const planned: Value = { ...proposed, id: null };
    const applied = await runtime.apply({ type_name: 'test_secret', config: dv(config), planned_state: dv(planned), prior_state: dv(null) }, call);
    assert.equal(received[0]?.password_wo, 's3cret');
    assert.equal(received[0]?.login[0]?.key_wo, 'k1');
    const state = decodeDynamic(applied.new_state, type) as Record<string, Value>;
    assert.equal(state.password_wo, null);
    assert.deepEqual(state.login, [{ user: 'u', key_wo: null }]);
  });

  it('are null after read, import and upgrade', async () => {
    const current: Value = { ...proposed, id: 'a' };
    const read = await runtime.read({ type_name: 'test_secret', current_state: dv(current) }, call);
    assert.equal((decodeDynamic(read.new_state, type) as Record<string, Value>).password_wo, null);
    const imported = await runtime.import({ type_name: 'test_secret', id: 'a' }, call);
    assert.equal((decodeDynamic(imported.imported_resources?.[0]?.state, type) as Record<string, Value>).password_wo, null);
    const raw = Buffer.from(JSON.stringify({ id: 'a', name: 'a', password_wo: 'old', password_wo_version: 1, login: [] }));
    const upgraded = runtime.upgrade({ type_name: 'test_secret', version: 0, raw_state: { json: raw } });
    assert.equal((decodeDynamic(upgraded.upgraded_state, type) as Record<string, Value>).password_wo, null);
  });

  it('are refused at validation when terraform did not announce write_only_attributes_allowed', () => {
    const old = runtime.validate({ type_name: 'test_secret', config: dv(config) });
    assert.deepEqual(
      old.diagnostics?.map((d) => d.attribute?.steps?.map((s) => s.attribute_name ?? s.element_key_int)),
      [['password_wo'], ['login', 0, 'key_wo']],
    );
    const current = runtime.validate({ type_name: 'test_secret', config: dv(config), client_capabilities: { write_only_attributes_allowed: true } });
    assert.deepEqual(current.diagnostics, []);
    const unset = runtime.validate({ type_name: 'test_secret', config: dv({ ...config, password_wo: null, login: [] }) });
    assert.deepEqual(unset.diagnostics, []);
  });

  it('follow terraform schema rules', () => {
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['computed', () => attr.string({ computed: true, writeOnly: true, description: 'x' }), /cannot be computed/],
      ['default', () => attr.string({ default: 'a', writeOnly: true, description: 'x' }), /cannot be computed or have a default/],
      [
        'plan modifier',
        () => attr.string({ optional: true, writeOnly: true, planModifiers: [planModifiers.requiresReplace()], description: 'x' }),
        /no plan modifiers/,
      ],
    ];
    for (const [name, declare, error] of cases) assert.throws(declare, error, name);
    const inSet = schema({
      description: 's',
      attributes: {},
      blocks: { b: block.set({ description: 'b', attributes: { k: attr.string({ optional: true, writeOnly: true, description: 'k' }) } }) },
    });
    assert.match(writeOnlySchemaErrors(inSet, true).join(), /b: set-nested blocks may not contain write-only/);
    const nested = schema({
      description: 's',
      attributes: {
        n: attr.nested('single', { a: attr.string({ optional: true, description: 'a' }) }, { optional: true, writeOnly: true, description: 'n' }),
      },
    });
    assert.match(writeOnlySchemaErrors(nested, true).join(), /n: every attribute inside a write-only nested attribute/);
    assert.match(writeOnlySchemaErrors(secretSchema, false).join(), /password_wo: only managed resources/);
    assert.deepEqual(writeOnlySchemaErrors(secretSchema, true), []);
  });
});

describe('secretToSend (a secret given stored or write-only)', () => {
  const s = (value: string | null, wo: string | null = null, woVersion: number | null = null) => ({ value, wo, woVersion });
  const cases: { name: string; plan: ReturnType<typeof s>; prior: ReturnType<typeof s> | null; sent: string | null }[] = [
    { name: 'stored, on create', plan: s('a'), prior: null, sent: 'a' },
    { name: 'stored, unchanged', plan: s('a'), prior: s('a'), sent: null },
    { name: 'stored, changed', plan: s('b'), prior: s('a'), sent: 'b' },
    { name: 'write-only, on create', plan: s(null, 'w', 1), prior: null, sent: 'w' },
    { name: 'write-only, same version (the value is not in state to compare)', plan: s(null, 'w2', 1), prior: s(null, null, 1), sent: null },
    { name: 'write-only, new version', plan: s(null, 'w2', 2), prior: s(null, null, 1), sent: 'w2' },
    { name: 'stored moved to write-only with a version', plan: s(null, 'w', 1), prior: s('a'), sent: 'w' },
    { name: 'neither', plan: s(null), prior: s('a'), sent: null },
  ];
  for (const c of cases) it(c.name, () => assert.equal(secretToSend(c.plan, c.prior), c.sent));
});
