// data "truenas_cloudsync_credential": one cloud credential by name, without its secrets (only
// which secret fields it has); data "truenas_keychain_credentials": the SSH key pairs and SSH
// connections of the keychain, by id, name and type (no keys).
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import type { CloudCredentialProvider } from '../../../clients/truenas/index.js';
import { CLOUD_PROVIDERS, fromApiValue } from '../shared/cloud-providers.js';
import { MASKED_SECRET } from '../shared/masked-secret.js';
import { listDataSource } from './lists.js';
import { lookupDataSource } from './lookup.js';

/**
 * The provider's fields as the data source reports them. The server masks every `Secret` field
 * as "********" for a key without full admin or CLOUD_SYNC_WRITE (main.py:836-847 @TS-25.10.6),
 * and on 25.10+ nearly every credential field is one (S3's access_key_id, region and
 * max_upload_parts too: api/v25_10_5/cloud_sync_providers.py:156-171): a masked setting is left
 * out rather than read as that text, and a masked secret counts as one the credential has.
 */
function credentialFields(provider: CloudCredentialProvider): { settings: Record<string, string>; secret_fields: string[] } {
  const settings: Record<string, string> = {};
  const secretFields: string[] = [];
  for (const [key, field] of Object.entries(CLOUD_PROVIDERS[provider.type]?.fields ?? {})) {
    const read = fromApiValue(provider[key]);
    if (read === null) continue;
    if (field.secret) {
      if (read !== '') secretFields.push(key);
    } else if (read !== MASKED_SECRET) settings[key] = read;
  }
  return { settings, secret_fields: secretFields.sort() };
}

export const cloudsyncCredentialDataSource = lookupDataSource({
  name: 'truenas_cloudsync_credential',
  key: 'name',
  noun: 'Cloud sync credential',
  what: 'cloud sync credential',
  schema: schema({
    description:
      'A cloud sync credential (cloudsync.credentials) by name, for cloud sync tasks and cloud backups: its id, provider and non-secret settings. Secret values are never read; `secret_fields` only names the ones it has. Read with an API key lacking full admin or the CLOUD_SYNC_WRITE role, the server masks most fields (25.10+ even settings such as region): `settings` then holds only the fields it shows.',
    attributes: {
      name: attr.string({ required: true, description: 'Name of the credential.' }),
      id: attr.number({ computed: true, description: 'Numeric id (what truenas_cloudsync_task.credentials takes).' }),
      provider_type: attr.string({ computed: true, description: 'The cloud provider, such as S3 or B2.' }),
      settings: attr.map(ty.string, {
        computed: true,
        description: "The provider's non-secret fields as strings (defaults included), e.g. endpoint and region for S3.",
      }),
      secret_fields: attr.list(ty.string, {
        computed: true,
        description: 'The names of the secret fields the credential has a value for (or the server masked), sorted (not the values).',
      }),
    },
  }),
  find: async (client, name) => (await client.protection.cloudCredentials.query([['name', '=', name]]))[0],
  toModel: (row) => ({ name: row.name, id: row.id, provider_type: row.provider.type, ...credentialFields(row.provider) }),
  example: `data "truenas_cloudsync_credential" "offsite" {
  name = "offsite-s3"
}`,
});

export const keychainCredentialsDataSource = listDataSource('truenas_keychain_credentials', {
  what: 'keychain credential (SSH key pairs, type SSH_KEY_PAIR, and SSH connections, type SSH_CREDENTIALS; no keys)',
  item: { id: ty.number, name: ty.string, type: ty.string },
  fetch: async (client) => client.protection.keychain.query(),
  example: ['all'],
});
