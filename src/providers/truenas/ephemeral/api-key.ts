// `truenas_api_key` (ephemeral): an API key made when terraform needs it, with an expiry as a
// safety net, and deleted when terraform is done with it; neither the key nor its id reaches a
// plan or state. api_key.create answers the key once (`<id>-<secret>`); api_key.delete revokes
// it at once (middleware plugins/api_key.py). The owner needs a privilege with roles, as for
// every key (the server refuses keys for users without).
import { randomBytes } from 'node:crypto';
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { TrueNASCallError, TrueNASIncompleteCreateError } from '../../../clients/truenas/errors.js'; // not the index: the client loads lazily
import { truenasEphemeralResource } from '../provider-data.js';
import { deleteIfPresent } from '../shared/ids.js';

const apiKeySchema = schema({
  description:
    'A short-lived TrueNAS API key: created when opened, deleted (revoked) when closed, never stored in a plan or state (Terraform 1.10+). Use it to configure another provider or a provisioner.',
  attributes: {
    username: attr.string({ required: true, description: 'The user the key belongs to; their privileges decide what the key may do.' }),
    name: attr.string({
      optional: true,
      computed: true,
      description: 'The key\'s name on the server; a random "tf-…" name when unset (each open makes a new key).',
      validators: [validators.lengthBetween(1, 200)],
    }),
    expire_in: attr.number({
      default: 3600,
      description: 'Seconds until TrueNAS expires the key (default 3600), in case it is never closed.',
      validators: [validators.between(60, 31_536_000), validators.integer()],
    }),
    id: attr.number({ computed: true, description: "The key's numeric id." }),
    key: attr.string({ computed: true, sensitive: true, description: "The key (`<id>-<secret>`), as the truenas provider's api_key takes it." }),
    expires_at: attr.string({ computed: true, description: 'When TrueNAS expires the key (RFC 3339, UTC).' }),
  },
});

/**
 * api_key.create's refusals as errors on the attribute they are about: the middleware files them
 * under `api_key_create` itself (plugins/api_key.py do_create :184-202 and _validate :315-323
 * @TS-25.10.6; the same texts on 25.04 and 26.0), which names no attribute.
 */
function refusedCreate(error: unknown, username: string, name: string): AttributeError | undefined {
  if (!(error instanceof TrueNASCallError)) return undefined;
  const said = (text: string) => error.issues.some((issue) => issue.message === text);
  if (said('User does not exist.')) return new AttributeError('username', 'User not found', `The server has no user "${username}" to give the key to.`);
  if (said('User lacks privilege role membership.'))
    return new AttributeError(
      'username',
      'User has no roles',
      `"${username}" is in no group that a privilege with roles names; TrueNAS gives API keys only to such users (a truenas_privilege for one of its groups).`,
    );
  if (said('name must be unique'))
    return new AttributeError(
      'name',
      'Name in use',
      `The server already has an API key named "${name}" (a key not deleted after an earlier run?); choose another name or leave name unset.`,
    );
  const limit = error.issues.find((issue) => issue.attribute === 'api_key_create.username');
  return limit ? new AttributeError('username', 'Refused by the TrueNAS server', limit.message) : undefined;
}

export const apiKeyEphemeral = truenasEphemeralResource({
  name: 'truenas_api_key',
  schema: apiKeySchema,
  async open(ctx, config) {
    const name = config.name ?? `tf-${randomBytes(4).toString('hex')}`;
    // Whole seconds, as a user writes it; the server keeps the instant.
    const expiresAt = new Date(Math.ceil(Date.now() / 1000 + (config.expire_in ?? 3600)) * 1000).toISOString().replace('.000Z', 'Z');
    const keys = ctx.provider.client.accounts.apiKeys;
    const created = await keys.createKey({ name, username: config.username, expires_at: expiresAt }).catch(async (error: unknown) => {
      if (error instanceof TrueNASIncompleteCreateError) {
        // Made, but its secret was lost with the answer: useless, and no state will ever hold it.
        const made = error.created as { id: number };
        await deleteIfPresent(() => keys.delete(made.id)).catch(() => undefined);
        throw error.cause;
      }
      throw refusedCreate(error, config.username, name) ?? error;
    });
    return {
      result: { ...config, name, id: created.id, key: created.key, expires_at: expiresAt },
      private: { id: created.id },
    };
  },
  async close(ctx, data) {
    const { id } = data;
    if (typeof id !== 'number') throw new Error('the key to delete is not known (no private data from open)');
    await deleteIfPresent(() => ctx.provider.client.accounts.apiKeys.delete(id));
  },
});
