// Terraform's planning rules as the framework applies them, without terraform.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, block, schema } from '../../src/framework/attributes.js';
import { planModifiers, type PlanModifier } from '../../src/framework/plan-modifiers.js';
import { planObject } from '../../src/framework/plan.js';
import { inconsistencies, reconcile } from '../../src/framework/reconcile.js';
import { blockToModel, modelToBlock } from '../../src/framework/model.js';
import { ty } from '../../src/framework/type-spec.js';
import { UNKNOWN, Unknown, type Value } from '../../src/values/types.js';

const disk = schema({
  description: 'A disk.',
  attributes: {
    id: attr.string({ computed: true, description: 'id', planModifiers: [planModifiers.useStateForUnknown()] }),
    name: attr.string({ required: true, description: 'name', planModifiers: [planModifiers.requiresReplace()] }),
    size: attr.number({ required: true, description: 'size' }),
    compression: attr.string({ optional: true, computed: true, description: 'compression', planModifiers: [planModifiers.requiresReplace()] }),
    sync: attr.string({ default: 'standard', description: 'sync' }),
    used: attr.number({ computed: true, description: 'used' }),
    labels: attr.set(ty.string, { optional: true, description: 'labels' }),
  },
  blocks: {
    port: block.list({
      description: 'port',
      attributes: {
        number: attr.number({ required: true, description: 'number' }),
        protocol: attr.string({ default: 'tcp', description: 'protocol' }),
        handle: attr.string({ computed: true, description: 'handle' }),
      },
    }),
  },
});

const config = (overrides: Record<string, Value> = {}): Value => ({
  id: null,
  name: 'd0',
  size: 10,
  compression: null,
  sync: null,
  used: null,
  labels: null,
  port: [{ number: 80, protocol: null, handle: null }],
  ...overrides,
});

const prior: Value = {
  id: 'tank/d0',
  name: 'd0',
  size: 10,
  compression: 'lz4',
  sync: 'standard',
  used: 4096,
  labels: null,
  port: [{ number: 80, protocol: 'tcp', handle: 'h1' }],
};

/** What terraform proposes: config, with prior values for computed attributes left unset. */
function proposed(cfg: Value, from: Value): Value {
  const c = cfg as Record<string, Value>;
  const p = (from ?? {}) as Record<string, Value>;
  const port = (c.port as Record<string, Value>[]).map((element, i) => ({
    ...element,
    protocol: element.protocol ?? (p.port as Record<string, Value>[] | undefined)?.[i]?.protocol ?? null,
    handle: (p.port as Record<string, Value>[] | undefined)?.[i]?.handle ?? null,
  }));
  return { ...c, id: p.id ?? null, compression: c.compression ?? p.compression ?? null, sync: c.sync ?? p.sync ?? null, used: p.used ?? null, port };
}

describe('planning', () => {
  it('on create, plans computed values unknown and fills defaults, keeping configured values', () => {
    const cfg = config();
    const { planned, requiresReplace } = planObject({ body: disk, config: cfg, prior: null, proposed: proposed(cfg, null) });
    const p = planned as Record<string, Value>;
    assert.ok(p.id instanceof Unknown);
    assert.ok(p.compression instanceof Unknown);
    assert.ok(p.used instanceof Unknown);
    assert.equal(p.sync, 'standard');
    assert.equal(p.name, 'd0');
    const port = (p.port as Record<string, Value>[])[0]!;
    assert.equal(port.protocol, 'tcp');
    assert.ok(port.handle instanceof Unknown);
    assert.deepEqual(requiresReplace, []);
  });

  it('plans the prior state when nothing changed', () => {
    const cfg = config();
    const { planned } = planObject({ body: disk, config: cfg, prior, proposed: proposed(cfg, prior) });
    assert.deepEqual(planned, prior);
  });

  it('on update, recomputes computed values except those kept by useStateForUnknown', () => {
    const cfg = config({ size: 20 });
    const { planned, requiresReplace } = planObject({ body: disk, config: cfg, prior, proposed: proposed(cfg, prior) });
    const p = planned as Record<string, Value>;
    assert.equal(p.size, 20);
    assert.equal(p.id, 'tank/d0');
    assert.ok(p.used instanceof Unknown);
    assert.ok(p.compression instanceof Unknown, 'an unset optional+computed value may change');
    assert.deepEqual(requiresReplace, [], 'a recomputed value the user did not set forces nothing');
  });

  it('asks for replacement when a requires-replace attribute changes, and only then', () => {
    const cfg = config({ name: 'd1' });
    const { planned, requiresReplace } = planObject({ body: disk, config: cfg, prior, proposed: proposed(cfg, prior) });
    assert.deepEqual(requiresReplace, [[{ attribute: 'name' }]]);
    assert.ok((planned as Record<string, Value>).id instanceof Unknown, 'a replaced object gets a new id');
    const unchanged = planObject({ body: disk, config: config({ compression: 'lz4' }), prior, proposed: proposed(config({ compression: 'lz4' }), prior) });
    assert.deepEqual(unchanged.requiresReplace, []);
  });

  it('plans no change when plan modifiers settle every difference', () => {
    const sameSpelling: PlanModifier = {
      description: 'case-insensitive',
      modify: ({ config: c, state }) => (typeof c === 'string' && typeof state === 'string' && c.toLowerCase() === state.toLowerCase() ? { plan: state } : {}),
    };
    const cased = schema({
      description: 'x',
      attributes: {
        mode: attr.string({ optional: true, computed: true, description: 'mode', planModifiers: [sameSpelling] }),
        used: attr.number({ computed: true, description: 'used' }),
      },
    });
    const before: Value = { mode: 'lz4', used: 7 };
    const cfg: Value = { mode: 'LZ4', used: null };
    const { planned, requiresReplace } = planObject({ body: cased, config: cfg, prior: before, proposed: { mode: 'LZ4', used: 7 } });
    assert.deepEqual(planned, before);
    assert.deepEqual(requiresReplace, []);
  });

  it('keeps unknown configured values unknown', () => {
    const cfg = config({ size: UNKNOWN });
    const { planned } = planObject({ body: disk, config: cfg, prior, proposed: proposed(cfg, prior) });
    assert.ok((planned as Record<string, Value>).size instanceof Unknown);
  });
});

describe('useStateForUnknown with no value in the state (an imported object the server cannot tell it for)', () => {
  const keep = planModifiers.useStateForUnknown();
  const account = schema({
    description: 'An account.',
    attributes: {
      name: attr.string({ required: true, description: 'name' }),
      password: attr.string({ optional: true, description: 'password, never read back' }),
      key: attr.string({ computed: true, description: 'shown by the create answer only', planModifiers: [keep] }),
      used: attr.number({ computed: true, description: 'recomputed by the server' }),
    },
    blocks: {
      nic: block.list({
        description: 'nic',
        attributes: {
          bridge: attr.string({ required: true, description: 'bridge' }),
          mac: attr.string({ computed: true, description: 'mac', planModifiers: [keep] }),
        },
      }),
    },
  });
  type Row = Record<string, Value>;
  const imported: Row = { name: 'a', password: null, key: null, used: 3, nic: [{ bridge: 'vmbr0', mac: null }] };
  const made: Row = { name: 'a', password: 'x', key: 'k1', used: 3, nic: [{ bridge: 'vmbr0', mac: 'aa:bb' }] };
  /** Terraform's proposal: configured values, the prior's for unset computed ones (nested by position). */
  const propose = (cfg: Row, from: Row | null): Row => ({
    ...cfg,
    key: from?.key ?? null,
    used: from?.used ?? null,
    nic: (cfg.nic as Row[]).map((n, i) => ({ ...n, mac: ((from?.nic as Row[] | undefined)?.[i]?.mac as Value | undefined) ?? null })),
  });
  const cases: Array<{ name: string; prior: Row | null; config: Row; key: Value | 'unknown'; macs: Array<Value | 'unknown'>; used: Value | 'unknown' }> = [
    {
      name: 'an update of an imported object keeps a null it cannot read as null, a recomputed value goes unknown',
      prior: imported,
      config: { name: 'a', password: 'x', key: null, used: null, nic: [{ bridge: 'vmbr0', mac: null }] },
      key: null,
      macs: [null],
      used: 'unknown',
    },
    {
      name: 'an unchanged imported object plans its prior state',
      prior: imported,
      config: { name: 'a', password: null, key: null, used: null, nic: [{ bridge: 'vmbr0', mac: null }] },
      key: null,
      macs: [null],
      used: 3,
    },
    {
      name: 'a known state value is kept as before',
      prior: made,
      config: { name: 'b', password: 'x', key: null, used: null, nic: [{ bridge: 'vmbr0', mac: null }] },
      key: 'k1',
      macs: ['aa:bb'],
      used: 'unknown',
    },
    {
      name: 'a nested element the update adds has no state: its value is unknown',
      prior: imported,
      config: {
        name: 'a',
        password: null,
        key: null,
        used: null,
        nic: [
          { bridge: 'vmbr0', mac: null },
          { bridge: 'vmbr1', mac: null },
        ],
      },
      key: null,
      macs: [null, 'unknown'],
      used: 'unknown',
    },
    {
      name: 'on create everything computed is unknown',
      prior: null,
      config: { name: 'a', password: 'x', key: null, used: null, nic: [{ bridge: 'vmbr0', mac: null }] },
      key: 'unknown',
      macs: ['unknown'],
      used: 'unknown',
    },
  ];
  const shown = (v: Value): Value | 'unknown' => (v instanceof Unknown ? 'unknown' : v);
  for (const c of cases) {
    it(c.name, () => {
      const { planned } = planObject({ body: account, config: c.config, prior: c.prior, proposed: propose(c.config, c.prior) });
      const p = planned as Row;
      assert.deepEqual(
        { key: shown(p.key!), macs: (p.nic as Row[]).map((n) => shown(n.mac!)), used: shown(p.used!) },
        { key: c.key, macs: c.macs, used: c.used },
      );
    });
  }
});

describe('reconciling server results', () => {
  const withSemantics = schema({
    description: 'x',
    attributes: {
      mode: attr.string({ optional: true, description: 'mode', semanticEquals: (a, b) => String(a).toLowerCase() === String(b).toLowerCase() }),
      tags: attr.set(ty.string, { optional: true, description: 'tags' }),
      size: attr.number({ optional: true, description: 'size' }),
    },
  });

  it('keeps the known spelling of equivalent values and the known order of equal sets', () => {
    const known = { mode: 'fast', tags: ['b', 'a'], size: 1 };
    const fresh = { mode: 'FAST', tags: ['a', 'b'], size: 2 };
    assert.deepEqual(reconcile(withSemantics, known, fresh), { mode: 'fast', tags: ['b', 'a'], size: 2 });
  });

  it('reports planned values the result contradicts, by path', () => {
    const found = inconsistencies(withSemantics, { mode: 'fast', tags: null, size: UNKNOWN }, { mode: 'slow', tags: null, size: 5 });
    assert.deepEqual(
      found.map((f) => f.path),
      [[{ attribute: 'mode' }]],
    );
  });
});

describe('models', () => {
  it('round-trips a block value through the plain model, unknowns becoming null', () => {
    const value = { ...(prior as Record<string, Value>), used: UNKNOWN, labels: ['x'] };
    const model = blockToModel(value, disk);
    assert.equal(model.used, null);
    assert.deepEqual(model.labels, ['x']);
    assert.deepEqual(modelToBlock(model, disk), { ...value, used: null });
  });
});

describe('schema declarations', () => {
  it('refuses flag combinations terraform rejects', () => {
    assert.throws(() => attr.string({ required: true, computed: true, description: 'x' }), /cannot also be optional, computed/);
    assert.throws(() => attr.string({ description: 'x' }), /must be required, optional or computed/);
    assert.throws(
      () => schema({ description: 'x', attributes: { Bad: attr.string({ optional: true, description: 'x' }) } }),
      /invalid attribute or block name/,
    );
  });
});
