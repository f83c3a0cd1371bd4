// cloudsync.credentials.*: cloud provider credentials (plugins/cloud_sync.py CredentialsService
// @TS-25.04.2.6, @TS-25.10.6): the provider's fields are checked by the release's schema (one
// model per provider type, cloud_sync_providers.py), names are unique ("Object with this name
// already exists", CRUDService._ensure_unique), an update replaces the whole provider object
// (`new.update(data)`); a delete refuses a credential a cloud sync task or cloud backup uses
// (`do_delete`: "This credential is used by cloud sync task <description or id>").
import { crud, mustExist, type CallContext, type MethodTable } from '../registry.js';
import { Errno } from '../../../clients/truenas/errno.js';
import { SimCallError, Verrors } from '../sim-errors.js';
import type { SimCloudCredential, SimState } from '../state.js';
import { withDefaults } from './system-settings.js';
import type { JsonSchema } from '../schema/types.js';

const NOUN = 'CloudCredential';

const isUrl = (schema: JsonSchema | undefined): boolean => schema?.format === 'uri' || (schema?.anyOf ?? []).some((member) => member.format === 'uri');

/**
 * The provider object with the defaults this release's model for its type fills in, and its URL
 * fields as pydantic's `HttpUrl` stores them: normalised ("https://h" → "https://h/", scheme and
 * host lower-cased, default port dropped; `AfterValidator(str)`, api/base/types/string.py:61
 * @TS-25.10.6). Which fields are URLs is the release's model's (`format: uri`: Azure endpoint,
 * HTTP and WebDAV url, Storj endpoint; S3 endpoint from 25.10).
 */
function completeProvider(ctx: CallContext, provider: unknown): SimCloudCredential['provider'] {
  const accepts = ctx.schema.method('cloudsync.credentials.create')?.accepts.prefixItems?.[0];
  const complete = withDefaults(accepts?.properties?.['provider'], provider) as SimCloudCredential['provider'];
  const model = accepts?.properties?.['provider']?.oneOf?.find((member) => member.properties?.['type']?.const === complete.type);
  for (const [key, schema] of Object.entries(model?.properties ?? {})) {
    const value = complete[key];
    if (isUrl(schema) && typeof value === 'string' && value !== '' && URL.canParse(value)) complete[key] = new URL(value).href;
  }
  return complete;
}

function checkName(state: SimState, name: string, schema: string, id?: number): void {
  const verrors = new Verrors();
  if (state.cloudCredentials.list().some((c) => c.name === name && c.id !== id)) verrors.add(`${schema}.name`, 'Object with this name already exists');
  verrors.check();
}

export const cloudsyncMethods: MethodTable = {
  ...crud<number>('cloudsync.credentials', {
    noun: NOUN,
    rows: (ctx) => ctx.state.cloudCredentials.list().map((row): Record<string, unknown> => structuredClone({ ...row })),
    create: (data, ctx) => {
      const name = String(data['name']);
      checkName(ctx.state, name, 'cloud_sync_credentials_create');
      return structuredClone(ctx.state.cloudCredentials.insert({ name, provider: completeProvider(ctx, data['provider']) }));
    },
    update: (id, data, ctx) => {
      const old = mustExist(ctx.state.cloudCredentials.get(id), NOUN, id);
      const name = data['name'] === undefined ? old.name : String(data['name']);
      checkName(ctx.state, name, 'cloud_sync_credentials_update', id);
      old.name = name;
      if (data['provider'] !== undefined) old.provider = completeProvider(ctx, data['provider']);
      return structuredClone(old);
    },
    delete: (id, _options, ctx) => {
      mustExist(ctx.state.cloudCredentials.get(id), NOUN, id);
      for (const [kind, tasks] of [
        ['cloud sync task', ctx.state.cloudSyncTasks.list()],
        ['cloud backup task', ctx.state.cloudBackups.list()],
      ] as const) {
        const user = tasks.find((task) => task.credentials === id);
        if (user) throw new SimCallError(Errno.EFAULT, `This credential is used by ${kind} ${user.description || user.id}`);
      }
      return ctx.state.cloudCredentials.delete(id);
    },
  }),
};
