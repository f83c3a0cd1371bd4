// One shape for the single-row service settings (truenas_ssh_config, truenas_nfs_config, …):
// every attribute is optional and computed, named as the API field. Creating the resource adopts
// the server's current settings and changes only the attributes the configuration sets;
// destroying it leaves the settings as they are (said in the plan, as a warning, and in the docs).
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf, Schema } from '../../../framework/schema.js';
import { attributePath } from '../../../framework/diagnostics.js';
import type { ResourceDefinition } from '../../../framework/resource.js';
import type { ConfigNamespace, ServiceConfig } from '../../../clients/truenas/index.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';

/** The `id` attribute of a settings resource: the service's name. */
export function configId(namespace: ConfigNamespace) {
  return attr.string({ computed: true, description: `Always "${namespace}".`, planModifiers: [planModifiers.useStateForUnknown()] });
}

export const ADOPTS_AND_LEAVES =
  ' There is one such configuration per system: creating the resource adopts the current settings and changes only the attributes set here; destroying it leaves the settings as they are.';

/** The model: each schema attribute read from the API field of the same name. */
function toModel<S extends Schema>(schema: S, namespace: ConfigNamespace, config: ServiceConfig): ModelOf<S> {
  const model: Record<string, unknown> = { id: namespace };
  for (const name of Object.keys(schema.attributes)) if (name !== 'id') model[name] = config[name] ?? null;
  return model as ModelOf<S>;
}

/** The attributes the configuration sets (unset ones are null in the plan and keep the server's value). */
function patchOf(plan: object): ServiceConfig {
  return Object.fromEntries(Object.entries(plan).filter(([name, value]) => name !== 'id' && value !== null && value !== undefined));
}

/** How a settings resource with secrets maps them (see truenas_mail_config). */
export interface ConfigSecrets {
  /** The patch to send, from the plain patch of set attributes, the plan and the prior state (none on create). */
  write(patch: ServiceConfig, plan: Record<string, unknown>, prior: Record<string, unknown> | undefined): ServiceConfig;
  /** The model from the one read back and what is known (plan or state): secrets are not taken from the server. */
  read(model: Record<string, unknown>, known: Record<string, unknown>): Record<string, unknown>;
}

export function serviceConfigResource<S extends Schema>(spec: {
  readonly name: string;
  readonly namespace: ConfigNamespace;
  readonly schema: S;
  readonly example: string;
  /** For attributes that are not plain API fields (secrets, write-only twins): the patch sent and the model read. */
  readonly secrets?: ConfigSecrets;
}): ResourceDefinition<S, TrueNASProviderData> {
  const { namespace, schema, secrets } = spec;
  const model = (config: ServiceConfig, known: object): ModelOf<S> => {
    const read = toModel(schema, namespace, config);
    return (secrets ? secrets.read(read as Record<string, unknown>, known as Record<string, unknown>) : read) as ModelOf<S>;
  };
  const write = async (client: TrueNASProviderData['client'], plan: object, prior?: object) => {
    const plain = patchOf(plan);
    const patch = secrets ? secrets.write(plain, plan as Record<string, unknown>, prior as Record<string, unknown> | undefined) : plain;
    return model(Object.keys(patch).length > 0 ? await client.serviceConfigs.update(namespace, patch) : await client.serviceConfigs.config(namespace), plan);
  };
  return truenasResource({
    name: spec.name,
    schema,
    importId: { description: `"${namespace}" (there is one configuration)`, example: namespace },
    example: spec.example,
    importState: () => toModel(schema, namespace, {}),
    modifyPlan(ctx) {
      if (ctx.creating)
        ctx.warn(
          attributePath('id'),
          `Adopting the current ${namespace} settings`,
          `Attributes left unset keep the server's current values; destroying this resource leaves the settings as they are.`,
        );
    },
    create: (ctx, plan) => write(ctx.provider.client, plan as object),
    read: async (ctx, state) => model(await ctx.provider.client.serviceConfigs.config(namespace), state as object),
    update: (ctx, plan, prior) => write(ctx.provider.client, plan as object, prior as object),
    async delete() {
      // Settings cannot be deleted; they stay as they are.
    },
  });
}
