// The data sources that look one object up by the attribute that names it (truenas_pool,
// truenas_service, truenas_dataset, truenas_zvol, truenas_iscsi_target, truenas_certificate,
// truenas_replication_task, truenas_cloudsync_credential): a name the server does not know is an
// error on that attribute, not an empty result a configuration would read nulls from. Every key
// they look up by is unique on the server, so one match is all there can be.
import { AttributeError } from '../../../framework/diagnostics.js';
import type { ModelOf, Schema } from '../../../framework/schema.js';
import type { TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasDataSource } from '../provider-data.js';

export function lookupDataSource<S extends Schema, R>(spec: {
  readonly name: string;
  readonly schema: S;
  /** The (required) attribute that names the object. */
  readonly key: keyof ModelOf<S> & string;
  /** The error's words: "<noun> not found", "The server has no <what> named …". */
  readonly noun: string;
  readonly what: string;
  readonly find: (client: TrueNASClient, name: string) => Promise<R | undefined>;
  /** More to say when nothing is found (such as "it is a zvol"), after the error's first sentence. */
  readonly notFoundHint?: (client: TrueNASClient, name: string) => Promise<string | undefined>;
  readonly toModel: (found: R, client: TrueNASClient) => ModelOf<S> | Promise<ModelOf<S>>;
  readonly example?: string;
}) {
  return truenasDataSource({
    name: spec.name,
    schema: spec.schema,
    ...(spec.example === undefined ? {} : { example: spec.example }),
    async read(ctx, config) {
      const name = String(config[spec.key]);
      const found = await spec.find(ctx.provider.client, name);
      if (!found) {
        const hint = await spec.notFoundHint?.(ctx.provider.client, name);
        throw new AttributeError(spec.key, `${spec.noun} not found`, `The server has no ${spec.what} named "${name}".${hint ? ` ${hint}` : ''}`);
      }
      return spec.toModel(found, ctx.provider.client);
    },
  });
}
