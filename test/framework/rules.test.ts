// Cross-attribute rules (conflicts, exactly one of, at least one of, required with) and the typed
// schema: table cases run in-process, and type-level cases that `tsc` checks (`make typecheck`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, block, schema } from '../../src/framework/attributes.js';
import { renderProviderDocs } from '../../src/framework/docs.js';
import { pathToString } from '../../src/framework/diagnostics.js';
import { defineProvider } from '../../src/framework/provider.js';
import { defineResource } from '../../src/framework/resource.js';
import { rules } from '../../src/framework/rules.js';
import type { ModelOf, PlanModelOf } from '../../src/framework/schema.js';
import { createRuleErrors, validateObject } from '../../src/framework/validate.js';
import { validators } from '../../src/framework/validators.js';
import { UNKNOWN, type Value } from '../../src/values/types.js';

const shareSchema = schema({
  description: 'A share.',
  attributes: {
    user_id: attr.string({ optional: true, description: 'user' }),
    group_id: attr.string({ optional: true, description: 'group' }),
    token_id: attr.string({ optional: true, description: 'token' }),
    password: attr.string({ optional: true, sensitive: true, description: 'password' }),
    username: attr.string({ optional: true, description: 'username' }),
    api_key: attr.string({ optional: true, sensitive: true, description: 'api key' }),
    comment: attr.string({ default: '', description: 'comment' }),
  },
  blocks: {
    target: block.list({
      description: 'a target',
      attributes: { path: attr.string({ optional: true, description: 'path' }), volume: attr.string({ optional: true, description: 'volume' }) },
      rules: [rules.exactlyOneOf('path', 'volume')],
    }),
  },
  rules: [
    rules.exactlyOneOf('user_id', 'group_id', 'token_id'),
    rules.conflictsWith('api_key', 'password'),
    rules.requiredWith('password', 'username'),
    rules.atLeastOneOf('api_key', 'username'),
  ],
});

function config(values: Record<string, Value>): Value {
  const empty = { user_id: null, group_id: null, token_id: null, password: null, username: null, api_key: null, comment: null, target: null };
  return { ...empty, ...values };
}

/** Each diagnostic as "attribute: detail". */
function problems(values: Record<string, Value>): string[] {
  return validateObject(shareSchema, config(values)).map((d) => {
    return `${pathToString(d.path ?? [])}: ${d.detail}`;
  });
}

describe('cross-attribute rules', () => {
  const cases: { name: string; values: Record<string, Value>; expect: string[] }[] = [
    { name: 'one principal and a key: valid', values: { user_id: 'u', api_key: 'k' }, expect: [] },
    {
      name: 'no principal',
      values: { api_key: 'k' },
      expect: ['user_id: Set exactly one of "user_id", "group_id" and "token_id".'],
    },
    {
      name: 'two principals: the second is named',
      values: { user_id: 'u', group_id: 'g', api_key: 'k' },
      expect: ['group_id: Set exactly one of "user_id", "group_id" and "token_id"; "user_id" and "group_id" are set.'],
    },
    {
      name: 'an unknown principal: "none set" cannot be judged',
      values: { user_id: UNKNOWN, api_key: 'k' },
      expect: [],
    },
    {
      name: 'an unknown principal beside two set ones: two are already too many',
      values: { user_id: 'u', group_id: 'g', token_id: UNKNOWN, api_key: 'k' },
      expect: ['group_id: Set exactly one of "user_id", "group_id" and "token_id"; "user_id" and "group_id" are set.'],
    },
    {
      name: 'conflicting credentials',
      values: { user_id: 'u', api_key: 'k', password: 'p', username: 'n' },
      expect: ['password: Set at most one of "api_key" and "password"; "api_key" and "password" are set.'],
    },
    {
      name: 'an unknown api_key beside a password is not yet a conflict',
      values: { user_id: 'u', api_key: UNKNOWN, password: 'p', username: 'n' },
      expect: [],
    },
    {
      name: 'password without username',
      values: { user_id: 'u', password: 'p' },
      expect: ['username: "username" must be set when "password" is set.', 'api_key: Set at least one of "api_key" and "username".'],
    },
    {
      name: 'password with an unknown username: not judged',
      values: { user_id: 'u', password: 'p', username: UNKNOWN },
      expect: [],
    },
    {
      name: 'an unknown password: not judged',
      values: { user_id: 'u', password: UNKNOWN, api_key: 'k' },
      expect: [],
    },
    {
      name: 'neither api_key nor username',
      values: { user_id: 'u' },
      expect: ['api_key: Set at least one of "api_key" and "username".'],
    },
    {
      name: "rules of a nested block, per element, at the element's path",
      values: {
        user_id: 'u',
        api_key: 'k',
        target: [
          { path: '/a', volume: null },
          { path: '/b', volume: 'v' },
          { path: null, volume: null },
        ],
      },
      expect: [
        'target[1].volume: Set exactly one of "path" and "volume"; "path" and "volume" are set.',
        'target[2].path: Set exactly one of "path" and "volume".',
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(problems(c.values), c.expect));
  }

  it('refuses a rule naming an attribute the block does not have (at run time too)', () => {
    const untyped = rules.conflictsWith('a', 'missing');
    assert.throws(
      () => schema({ description: 'x', attributes: { a: attr.string({ optional: true, description: 'a' }) }, rules: [untyped as never] }),
      /a rule names "missing"/,
    );
  });

  it('shows the rules in the generated docs', () => {
    const resource = defineResource<unknown>()({
      name: 'test_share',
      schema: shareSchema,
      importId: { description: 'the id', example: '1' },
      create: async (_ctx, plan) => plan,
      read: async (_ctx, state) => state,
      update: async (_ctx, plan) => plan,
      delete: async () => {},
    });
    const provider = defineProvider({
      name: 'test',
      address: 'example.com/test/test',
      version: '0.0.0',
      schema: schema({ description: 'p', attributes: {} }),
      resources: [resource as never],
      dataSources: [],
      functions: [],
      configure: async () => undefined,
    });
    const page = renderProviderDocs(provider).get('resources/share.md') ?? '';
    assert.match(
      page,
      /### Constraints\n\n- Set exactly one of `user_id`, `group_id` and `token_id`\.\n- Set at most one of `api_key` and `password`\.\n- When `password` is set, `username` must be set too\.\n- Set at least one of `api_key` and `username`\./,
    );
    assert.match(page, /### Nested Schema for `target`[\s\S]*### Constraints\n\n- Set exactly one of `path` and `volume`\./);
  });
});

describe('a rule judged only when creating (rules.oneOfToCreate)', () => {
  const fileSchema = schema({
    description: 'A file.',
    attributes: {
      source_file: attr.string({ optional: true, description: 'path' }),
      source_content: attr.string({ optional: true, description: 'text' }),
    },
    rules: [rules.oneOfToCreate('source_file', 'source_content')],
  });
  const found = (values: Record<string, Value>) =>
    createRuleErrors(fileSchema, { source_file: null, source_content: null, ...values }).map((d) => `${pathToString(d.path ?? [])}: ${d.detail}`);

  it('needs one of them to create', () => {
    assert.deepEqual(found({}), ['source_file: Set one of "source_file" and "source_content" to create it (only an imported object may leave it unset).']);
    assert.deepEqual(found({ source_content: 'x' }), []);
    assert.deepEqual(found({ source_file: UNKNOWN }), [], 'an unknown value may still be set');
  });

  it('is not judged at validate time, when terraform has not said whether the object exists (an import plans with neither)', () => {
    assert.deepEqual(validateObject(fileSchema, { source_file: null, source_content: null }), []);
  });
});

describe("the providers' credential rules", () => {
  it('refuses a secret beside username and password, and a password without username, in both providers', async () => {
    const { truenasConfigSchema } = await import('../../src/providers/truenas/config.js');
    const { proxmoxConfigSchema } = await import('../../src/providers/proxmox/config.js');
    for (const [schemaOf, secret, key] of [
      [truenasConfigSchema, 'api_key', '1-key'],
      [proxmoxConfigSchema, 'api_token', 'root@pam!tf=secret'],
    ] as const) {
      const nulls = Object.fromEntries(Object.keys(schemaOf.attributes).map((name) => [name, null]));
      const found = (values: Record<string, Value>) => validateObject(schemaOf, { ...nulls, ...values }).map((d) => pathToString(d.path ?? []));
      assert.deepEqual(found({ [secret]: key, username: 'u', password: 'p' }), ['username', 'password']);
      assert.deepEqual(found({ password: 'p' }), ['username']);
      assert.deepEqual(found({ username: 'u', password: 'p' }), []);
      assert.deepEqual(found({ [secret]: key, username: UNKNOWN }), []);
    }
  });
});

// Type-level cases: these lines compile only while the types say what the framework guarantees.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

describe('typed schema', () => {
  it('types a defaulted attribute non-null in the plan model and nullable in state', () => {
    assertType<Equal<PlanModelOf<typeof shareSchema>['comment'], string>>();
    assertType<Equal<ModelOf<typeof shareSchema>['comment'], string | null>>();
    assertType<Equal<PlanModelOf<typeof shareSchema>['user_id'], string | null>>();
    const target: PlanModelOf<typeof shareSchema>['target'] = [{ path: null, volume: 'v' }];
    // @ts-expect-error the model has only the schema's attributes
    assert.equal(target[0]?.other, undefined);
    assert.ok(true);
  });

  it('checks validators by kind and attribute names in rules and hooks', () => {
    attr.number({ optional: true, description: 'n', validators: [validators.between(1, 2), validators.custom('any', () => undefined)] });
    // @ts-expect-error a string validator on a number attribute
    attr.number({ optional: true, description: 'n', validators: [validators.oneOf('a')] });
    // @ts-expect-error a number validator on a string attribute
    attr.string({ optional: true, description: 's', validators: [validators.atLeast(1)] });
    assert.throws(() =>
      schema({
        description: 'x',
        attributes: { a: attr.string({ optional: true, description: 'a' }) },
        // @ts-expect-error a rule naming an attribute the schema does not have
        rules: [rules.conflictsWith('a', 'b')],
      }),
    );
    defineResource<unknown>()({
      name: 'test_typed',
      schema: shareSchema,
      importId: { description: 'the id', example: '1' },
      create: async (_ctx, plan) => ({ ...plan, comment: plan.comment.trim() }),
      read: async (_ctx, state) => state,
      update: async (_ctx, plan) => plan,
      delete: async () => {},
      validateConfig(ctx) {
        ctx.config.string('user_id');
        // @ts-expect-error a misspelt attribute name in a hook
        ctx.config.string('userid');
      },
    });
    assert.ok(true);
  });
});
