// One shape for the single-row service settings (truenas_ssh_config, truenas_nfs_config, …):
// every attribute is optional and computed, named as the API field. Creating the resource adopts
// the server's current settings and changes only the attributes the configuration sets;
// destroying it leaves the settings as they are (said in the plan, as a warning, and in the docs).
// Secrets come as `<name>` (sensitive) with a write-only twin `<name>_wo` + `<name>_wo_version`;
// settings of one release only (26.0's SMB `minimum_protocol`) are refused at plan time elsewhere.
import type { ModelOf, Schema } from '../../../framework/schema.js';
import { attributePath } from '../../../framework/diagnostics.js';
import type { ResourceDefinition } from '../../../framework/resource.js';
import type { ConfigNamespace, ServiceConfig } from '../../../clients/truenas/index.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { checkAttributeReleases, requireRelease, type ReleaseRange } from './release-gate.js';
import { keptString } from './named-objects.js';
import { unmaskedSecret } from './masked-secret.js';

/** The `id` attribute of a settings resource: the service's name. */
export function configId(namespace: ConfigNamespace) {
  return keptString(`Always "${namespace}".`);
}

/**
 * For a setting the API also takes as null (none, or "the system picks"): an unset attribute keeps
 * the server's value (it is never sent), so the resource cannot put it back to null.
 */
export const KEPT_WHEN_REMOVED = ' Removing it from the configuration keeps the current value; this resource cannot put it back to none.';

export const ADOPTS_AND_LEAVES =
  ' There is one such configuration per system: creating the resource adopts the current settings and changes only the attributes set here; destroying it leaves the settings as they are.';

/**
 * The model: each schema attribute read from the API field of the same name. A secret given
 * write-only stays out of state (null), and its `_wo` twin is always null; `known` is the plan or
 * state the answer replaces (the `_wo_version` attributes come from it).
 */
export function toModel<S extends Schema>(schema: S, namespace: ConfigNamespace, config: ServiceConfig, secrets: readonly string[], known: object): ModelOf<S> {
  const prior = known as Record<string, unknown>;
  const model: Record<string, unknown> = { id: namespace };
  for (const name of Object.keys(schema.attributes)) if (name !== 'id') model[name] = config[name] ?? null;
  for (const secret of secrets) {
    const version = prior[`${secret}_wo_version`] ?? null;
    model[`${secret}_wo`] = null;
    model[`${secret}_wo_version`] = version;
    if (version !== null) model[secret] = null;
    // SNMP's v3 secrets are `Secret` fields (api/v25_10_5/snmp.py): masked for a credential that may not write them.
    else
      model[secret] = unmaskedSecret(model[secret] as string | null, typeof prior[secret] === 'string' || prior[secret] === null ? prior[secret] : undefined);
  }
  return model as ModelOf<S>;
}

/** The attributes the configuration sets (unset ones are null in the plan and keep the server's value). */
export function patchOf(schema: Schema, plan: object, secrets: readonly string[]): ServiceConfig {
  // Computed-only attributes (what the server derives) are never sent.
  const settable = (name: string) => name !== 'id' && schema.attributes[name]?.optional === true;
  const set = Object.fromEntries(Object.entries(plan).filter(([name, value]) => settable(name) && value !== null && value !== undefined));
  for (const secret of secrets) {
    // The write-only value is sent under the API's name; its version is the provider's own.
    if (set[`${secret}_wo`] !== undefined) set[secret] = set[`${secret}_wo`];
    delete set[`${secret}_wo`];
    delete set[`${secret}_wo_version`];
  }
  return set;
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
  /** Inline example; by default the docs take examples/resources/<name>/resource.tf. */
  readonly example?: string;
  /** Attributes with a `_wo`/`_wo_version` write-only twin in the schema. */
  readonly secrets?: readonly string[];
  /** For secrets the server does not read back (truenas_mail_config): the patch sent and the model read. */
  readonly customSecrets?: ConfigSecrets;
  /** The first release that has these settings (`25.10` for NVMe-oF). */
  readonly since?: string;
  /** Attributes that exist in some releases only. */
  readonly releases?: Readonly<Record<string, ReleaseRange>>;
  /** Checks between settings that rules cannot express. */
  readonly validateConfig?: ResourceDefinition<S, TrueNASProviderData>['validateConfig'];
  /** Keeps configured spellings of values the server rewrites (the model read and what is known). */
  readonly asConfigured?: (model: Record<string, unknown>, known: Record<string, unknown>) => Record<string, unknown>;
  /** Plan-time checks that depend on the server (its release). */
  readonly checkPlan?: ResourceDefinition<S, TrueNASProviderData>['modifyPlan'];
}): ResourceDefinition<S, TrueNASProviderData> {
  const { namespace, schema, customSecrets } = spec;
  const secrets = spec.secrets ?? [];
  const model = (config: ServiceConfig, known: object): ModelOf<S> => {
    const read = toModel(schema, namespace, config, secrets, known) as Record<string, unknown>;
    const kept = spec.asConfigured ? spec.asConfigured(read, known as Record<string, unknown>) : read;
    return (customSecrets ? customSecrets.read(kept, known as Record<string, unknown>) : kept) as ModelOf<S>;
  };
  const write = async (client: TrueNASProviderData['client'], plan: object, prior?: object) => {
    const plain = patchOf(schema, plan, secrets);
    const patch = customSecrets ? customSecrets.write(plain, plan as Record<string, unknown>, prior as Record<string, unknown> | undefined) : plain;
    return model(Object.keys(patch).length > 0 ? await client.serviceConfigs.update(namespace, patch) : await client.serviceConfigs.config(namespace), plan);
  };
  return truenasResource({
    name: spec.name,
    schema,
    importId: { description: `"${namespace}" (there is one configuration)`, example: namespace, only: [namespace] },
    example: spec.example,
    importState: () => toModel(schema, namespace, {}, secrets, {}),
    validateConfig: spec.validateConfig,
    async modifyPlan(ctx) {
      if (spec.since) await requireRelease(ctx, spec.since, `${namespace} (${spec.name})`, 'id');
      if (spec.releases) await checkAttributeReleases(ctx, spec.releases);
      await spec.checkPlan?.(ctx);
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
