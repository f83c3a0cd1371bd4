// data "truenas_cloudsync_credential": one cloud credential by name, without its secrets (only
// which secret fields it has); data "truenas_keychain_credentials": the SSH key pairs and SSH
// connections of the keychain, by id, name and type (no keys).
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { CLOUD_PROVIDERS } from '../shared/cloud-providers.js';
import { readTypedMaps } from '../shared/typed-secret-maps.js';
import { truenasDataSource } from '../provider-data.js';
import { listDataSource } from './lists.js';

export const cloudsyncCredentialDataSource = truenasDataSource({
  name: 'truenas_cloudsync_credential',
  schema: schema({
    description:
      'A cloud sync credential (cloudsync.credentials) by name, for cloud sync tasks and cloud backups: its id, provider and non-secret settings. Secret values are never read; `secret_fields` only names the ones it has.',
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
        description: 'The names of the secret fields the credential has a value for, sorted (not the values).',
      }),
    },
  }),
  example: `data "truenas_cloudsync_credential" "offsite" {
  name = "offsite-s3"
}`,
  async read(ctx, config) {
    const [row] = await ctx.provider.client.protection.cloudCredentials.query([['name', '=', config.name]]);
    if (!row) throw new Error(`No cloud sync credential is named "${config.name}"`);
    const kind = CLOUD_PROVIDERS[row.provider.type];
    // Every field asked for: settings at their default too, and the secrets the server holds (only their names are kept).
    const every = Object.fromEntries(Object.keys(kind?.fields ?? {}).map((key) => [key, '']));
    const { settings, secrets } = readTypedMaps(row.provider, kind, { settings: every, secrets: every });
    return { name: row.name, id: row.id, provider_type: row.provider.type, settings, secret_fields: Object.keys(secrets ?? {}).sort() };
  },
});

export const keychainCredentialsDataSource = listDataSource({
  name: 'truenas_keychain_credentials',
  plural: 'keychain credentials',
  what: 'keychain credential (SSH key pairs, type SSH_KEY_PAIR, and SSH connections, type SSH_CREDENTIALS; no keys)',
  nameField: 'name',
  item: { id: ty.number, name: ty.string, type: ty.string },
  fetch: async (client) => client.protection.keychain.query(),
  example: `data "truenas_keychain_credentials" "all" {}`,
});
