// The data sources that look one object up by the attribute that names it (truenas_pool,
// truenas_service, truenas_dataset, truenas_zvol, truenas_iscsi_target, truenas_certificate,
// truenas_replication_task): a name the server does not know is an error on that attribute, not
// an empty result a configuration would read nulls from.
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
  readonly toModel: (found: R, client: TrueNASClient) => ModelOf<S> | Promise<ModelOf<S>>;
}) {
  return truenasDataSource({
    name: spec.name,
    schema: spec.schema,
    async read(ctx, config) {
      const name = String(config[spec.key]);
      const found = await spec.find(ctx.provider.client, name);
      if (!found) throw new AttributeError(spec.key, `${spec.noun} not found`, `The server has no ${spec.what} named "${name}".`);
      return spec.toModel(found, ctx.provider.client);
    },
  });
}
