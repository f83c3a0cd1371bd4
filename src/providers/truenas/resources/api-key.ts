// truenas_api_key: an API key for a user. The server shows the key once, in the create answer;
// it is kept in state from then on and never read again.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { ApiKey, ApiKeyCreate, ApiKeyUpdate, CreatedApiKey } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';

const RFC3339 = validators.custom('an RFC 3339 time', (v) =>
  typeof v === 'string' && (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(v) || Number.isNaN(Date.parse(v)))
    ? `must be an RFC 3339 time such as "2030-01-01T00:00:00Z", got "${v}"`
    : undefined,
);

const apiKeySchema = schema({
  description:
    'An API key for a user whose groups hold a privilege with roles (the server refuses keys for users without). The key is shown once, when created: it is kept in state (sensitive) and cannot be read again; importing one leaves `key` empty.',
  attributes: {
    id: numericId('API key'),
    name: attr.string({ required: true, description: 'Unique name.', validators: [validators.lengthBetween(1, 200)] }),
    username: attr.string({ required: true, description: 'The user the key belongs to.', planModifiers: [planModifiers.requiresReplace()] }),
    expires_at: attr.string({
      optional: true,
      description: 'When the key stops working (RFC 3339, in the future); unset, it never expires.',
      validators: [RFC3339],
    }),
    key: attr.string({
      computed: true,
      sensitive: true,
      description: 'The key (`<id>-<secret>`), as the server showed it at creation.',
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    revoked: attr.bool({ computed: true, description: 'Whether the server revoked the key (e.g. sent in clear over HTTP).' }),
  },
});

type ApiKeyModel = ModelOf<typeof apiKeySchema>;

/** The same instant, whatever the spelling ("…Z" or "+00:00", with or without fractions). */
function sameTime(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));
}

/** RFC 3339 in UTC without zero fractions, as a user writes it ("2030-01-01T00:00:00Z"). */
const canonicalTime = (text: string | null): string | null => (text === null ? null : new Date(text).toISOString().replace('.000Z', 'Z'));

/** `known`: the plan or state; the key itself is only in create's answer, kept in state from then on. */
function toModel(key: ApiKey | CreatedApiKey, known: ApiKeyModel): ApiKeyModel {
  return {
    id: key.id,
    name: key.name,
    username: key.username ?? known.username,
    expires_at: sameTime(key.expires_at, known.expires_at ?? null) ? (known.expires_at ?? null) : canonicalTime(key.expires_at),
    key: 'key' in key ? key.key : (known.key ?? null),
    revoked: key.revoked,
  };
}

export const apiKeyResource = truenasResource({
  name: 'truenas_api_key',
  schema: apiKeySchema,
  ...numericCrud({
    importId: {
      description: "the key's numeric id (the key itself is shown only when it is created: an imported key's `key` stays null)",
      example: '3',
    },
    group: (client) => {
      const keys = client.accounts.apiKeys;
      return {
        create: (input: ApiKeyCreate) => keys.createKey(input),
        find: (id) => keys.find(id),
        update: (id, patch: ApiKeyUpdate) => keys.update(id, patch),
        delete: (id) => keys.delete(id),
      };
    },
    toModel,
    createInput: (plan: ApiKeyModel) => ({ name: plan.name, username: plan.username, expires_at: plan.expires_at }),
    updateInput: (plan) => ({ name: plan.name, expires_at: plan.expires_at }),
  }),
});
