// truenas_alert_policy against a fake alertclasses API that stores the whole map it is sent, as
// alertclasses.update does: the resource changes only the classes its configuration names, and
// only import adopts the rest.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alertPolicyResource } from '../../../src/providers/truenas/resources/alert-policy.js';

type Classes = Record<string, { level?: string; policy?: string }>;
type Model = { id: string | null; levels: Record<string, string> | null; policies: Record<string, string> | null };
interface Lifecycle {
  importState(id: string): Model;
  create(ctx: unknown, plan: Model): Promise<Model>;
  read(ctx: unknown, state: Model): Promise<Model>;
  update(ctx: unknown, plan: Model, prior: Model): Promise<Model>;
  delete(ctx: unknown, state: Model): Promise<void>;
}
const resource = alertPolicyResource as unknown as Lifecycle;

/** A server whose classes someone set in the UI before terraform ran. */
function server(classes: Classes) {
  const stored = { classes: structuredClone(classes) };
  const client = {
    serviceConfigs: {
      config: async () => ({ id: 1, classes: structuredClone(stored.classes) }),
      update: async (_namespace: string, patch: { classes: Classes }) => {
        stored.classes = structuredClone(patch.classes);
        return { id: 1, classes: structuredClone(stored.classes) };
      },
    },
  };
  return { stored, ctx: { provider: { client } } };
}

describe('truenas_alert_policy leaves the classes it does not name alone', () => {
  it('an unset levels map stays unset through create, read, update and destroy', async () => {
    const { stored, ctx } = server({ ZpoolCapacityWarning: { level: 'CRITICAL' } });
    const plan: Model = { id: null, levels: null, policies: { ScrubFinished: 'NEVER' } };
    const created = await resource.create(ctx, plan);
    assert.deepEqual(created, { id: 'alertclasses', levels: null, policies: { ScrubFinished: 'NEVER' } });
    assert.deepEqual(await resource.read(ctx, created), created);
    const updated = await resource.update(ctx, { ...created, policies: { ScrubFinished: 'HOURLY' } }, created);
    assert.deepEqual(updated.levels, null);
    assert.deepEqual(stored.classes, { ZpoolCapacityWarning: { level: 'CRITICAL' }, ScrubFinished: { policy: 'HOURLY' } });
    await resource.delete(ctx, updated);
    assert.deepEqual(stored.classes, { ZpoolCapacityWarning: { level: 'CRITICAL' } });
  });

  it('two resources splitting the classes do not adopt each other', async () => {
    const { stored, ctx } = server({});
    const one = await resource.create(ctx, { id: null, levels: { ZpoolCapacityWarning: 'ERROR' }, policies: null });
    const two = await resource.create(ctx, { id: null, levels: { ScrubFinished: 'INFO' }, policies: null });
    assert.deepEqual(await resource.read(ctx, one), one);
    assert.deepEqual(two.levels, { ScrubFinished: 'INFO' });
    await resource.delete(ctx, one);
    assert.deepEqual(stored.classes, { ScrubFinished: { level: 'INFO' } });
  });

  it('import reads every class with a setting', async () => {
    const { ctx } = server({ ZpoolCapacityWarning: { level: 'CRITICAL' }, ScrubFinished: { policy: 'NEVER' } });
    assert.deepEqual(await resource.read(ctx, resource.importState('alertclasses')), {
      id: 'alertclasses',
      levels: { ZpoolCapacityWarning: 'CRITICAL' },
      policies: { ScrubFinished: 'NEVER' },
    });
  });
});
