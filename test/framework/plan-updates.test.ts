// A plan hook's `updates()`: whether the plan writes the existing object, so a rule only a write
// meets (one a newer server release added) is checked then and not on an unchanged configuration.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, schema } from '../../src/framework/attributes.js';
import { planModifiers } from '../../src/framework/plan-modifiers.js';
import { defineResource } from '../../src/framework/resource.js';
import { ResourceRuntime } from '../../src/framework/resource-runtime.js';
import { blockType } from '../../src/framework/implied-type.js';
import { encodeDynamic } from '../../src/framework/wire.js';
import type { AnyResource } from '../../src/framework/provider.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Value } from '../../src/values/types.js';

const accountSchema = schema({
  description: 'An account.',
  attributes: {
    id: attr.string({ computed: true, description: 'id', planModifiers: [planModifiers.useStateForUnknown()] }),
    name: attr.string({ required: true, description: 'name' }),
    email: attr.string({ optional: true, description: 'email' }),
    password_wo: attr.string({ optional: true, writeOnly: true, sensitive: true, description: 'password' }),
  },
});

const seen: Array<{ creating: boolean; updates: boolean }> = [];
const resource = defineResource<object>()({
  name: 'test_account',
  schema: accountSchema,
  importId: { description: 'name', example: 'a' },
  modifyPlan: (ctx) => void seen.push({ creating: ctx.creating, updates: ctx.updates() }),
  create: async (_ctx, plan) => ({ ...plan, id: plan.name, password_wo: null }),
  read: async (_ctx, state) => state,
  update: async (_ctx, plan) => ({ ...plan, password_wo: null }),
  async delete() {},
});

const runtime = new ResourceRuntime<object>(resource as unknown as AnyResource<object>, () => ({}));
const type = blockType(runtime.schema);
const call = { signal: new AbortController().signal, logger: silentLogger };
const dv = (value: Value) => encodeDynamic(value, type);

async function updatesFor(config: Value, prior: Value): Promise<{ creating: boolean; updates: boolean }> {
  seen.length = 0;
  await runtime.plan({ type_name: 'test_account', config: dv(config), proposed_new_state: dv(config), prior_state: dv(prior) }, call);
  return seen[0]!;
}

describe('PlanContext.updates()', () => {
  const state: Value = { id: 'a', name: 'a', email: 'root@localhost', password_wo: null };
  const config: Value = { id: null, name: 'a', email: 'root@localhost', password_wo: 'pw' };

  it('is false when creating', async () => {
    assert.deepEqual(await updatesFor(config, null), { creating: true, updates: false });
  });

  it('is false for an unchanged configuration, a write-only value in it or not', async () => {
    assert.deepEqual(await updatesFor({ ...config, id: 'a' }, state), { creating: false, updates: false });
    assert.deepEqual(await updatesFor({ ...config, id: 'a', password_wo: null }, state), { creating: false, updates: false });
  });

  it('is true when an attribute changes', async () => {
    assert.deepEqual(await updatesFor({ ...config, id: 'a', name: 'b' }, state), { creating: false, updates: true });
  });
});
