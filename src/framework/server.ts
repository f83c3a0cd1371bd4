// The framework's implementation of the tfplugin6 handlers for one provider definition.
import type * as proto from '../protocol/tfplugin6.js';
import type { CallContext, ProviderHandlers } from '../protocol/tfplugin6.js';
import { isWhollyKnown } from '../values/compare.js';
import type { Value } from '../values/types.js';
import { diagnosticFromError, errorDiagnostic, type Diagnostic } from './diagnostics.js';
import { blockType } from './implied-type.js';
import { blockToModel, modelToBlock } from './model.js';
import type { AnyDataSource, ProviderDefinition } from './provider.js';
import { catalogOf, type CatalogEntry, type ProviderCatalog } from './catalog.js';
import { reconcile } from './reconcile.js';
import { ResourceRuntime } from './resource-runtime.js';
import type { Schema } from './schema.js';
import { functionToProto, schemaToProto } from './schema-proto.js';
import { FunctionRuntime } from './function-runtime.js';
import { validateContext, validateObject } from './validate.js';
import { assertWriteOnlySchema } from './write-only.js';
import { EphemeralRuntime } from './ephemeral-runtime.js';
import { decodeDynamic, diagnosticsToProto, encodeDynamic } from './wire.js';

/** The tfplugin6 handlers of one provider, and what its process reports when it exits. */
export interface ProviderServer extends ProviderHandlers {
  /** The provider's API call counters in this process; none before it is configured. */
  apiCallCounts(): Readonly<Record<string, number>>;
}

/** A definition loaded on first use, then at hand for every later call without waiting. */
interface Slot<R> {
  ready?: R;
  readonly load: () => Promise<R>;
}

/** Each entry of `entries` by name, made into `make`'s runtime when a call first names it. */
function slots<D, R>(entries: readonly CatalogEntry<D>[], make: (definition: D) => R): ReadonlyMap<string, Slot<R>> {
  return new Map(
    entries.map((entry) => {
      let loading: Promise<R> | undefined;
      const slot: Slot<R> = {
        load: () =>
          (loading ??= entry.load().then((definition) => {
            slot.ready = make(definition);
            return slot.ready;
          })),
      };
      return [entry.name, slot];
    }),
  );
}

/** `use` of the slot's runtime: at once when it is loaded (no extra promise turn on every call), else once it is. */
function withRuntime<R, A>(slot: Slot<R>, use: (runtime: R) => A): A | Promise<A> {
  return slot.ready !== undefined ? use(slot.ready) : slot.load().then(use);
}

async function loadAll<R>(table: ReadonlyMap<string, Slot<R>>): Promise<[string, R][]> {
  return Promise.all([...table].map(async ([name, slot]) => withRuntime(slot, (runtime): [string, R] => [name, runtime])));
}

/**
 * The handlers of `provider`: a definition, or a catalog whose definitions are loaded when a
 * call first names their type (src/framework/catalog.ts); the whole schema loads them all.
 */
export function createProviderServer<S extends Schema, P>(definition: ProviderDefinition<S, P> | ProviderCatalog<S, P>): ProviderServer {
  const provider = 'catalog' in definition ? definition : catalogOf(definition);
  let configured: P | undefined;
  const providerType = blockType(provider.schema);
  const resources = slots(provider.resources, (r) => new ResourceRuntime<P>(r, () => configured, provider.explainError));
  const dataSources = slots(provider.dataSources, (d) => {
    assertWriteOnlySchema(d.name, d.schema, false);
    return d;
  });
  const functions = slots(provider.functions, (f) => new FunctionRuntime(f));
  assertWriteOnlySchema(`the ${provider.name} provider`, provider.schema, false);
  const ephemeral = slots(provider.ephemeralResources, (e) => new EphemeralRuntime<P>(e, () => configured));

  const unknownType = (kind: string, name: string | undefined): { diagnostics: proto.Diagnostic[] } => ({
    diagnostics: diagnosticsToProto([errorDiagnostic(`Unknown ${kind} type`, `The ${provider.name} provider has no ${kind} "${name ?? ''}".`)]),
  });

  /** The request's type in `table` does `run`; a type the provider does not have is an error diagnostic. */
  const byType =
    <R>(table: ReadonlyMap<string, Slot<R>>, kind: string) =>
    async <A>(req: { type_name?: string }, run: (runtime: R) => A | Promise<A>): Promise<A | { diagnostics: proto.Diagnostic[] }> => {
      const slot = table.get(req.type_name ?? '');
      if (slot === undefined) return unknownType(kind, req.type_name);
      return withRuntime(slot, run);
    };
  const resource = byType(resources, 'resource');
  const dataSource = byType(dataSources, 'data source');
  const ephemeralResource = byType(ephemeral, 'ephemeral resource');

  const functionSchemas = async () => Object.fromEntries((await loadAll(functions)).map(([name, f]) => [name, functionToProto(f.definition)]));
  const names = (table: ReadonlyMap<string, unknown>) => [...table.keys()];

  return {
    apiCallCounts: () => (configured !== undefined && provider.apiCallCounts ? provider.apiCallCounts(configured) : {}),

    async getMetadata() {
      return {
        server_capabilities: capabilities,
        resources: names(resources).map((name) => ({ type_name: name })),
        data_sources: names(dataSources).map((name) => ({ type_name: name })),
        functions: names(functions).map((name) => ({ name })),
        ephemeral_resources: names(ephemeral).map((name) => ({ type_name: name })),
      };
    },

    async getProviderSchema() {
      const [loadedResources, loadedDataSources, functionProtos, loadedEphemeral] = await Promise.all([
        loadAll(resources),
        loadAll(dataSources),
        functionSchemas(),
        loadAll(ephemeral),
      ]);
      return {
        provider: schemaToProto(provider.schema),
        resource_schemas: Object.fromEntries(loadedResources.map(([name, r]) => [name, schemaToProto(r.schema)])),
        data_source_schemas: Object.fromEntries(loadedDataSources.map(([name, d]) => [name, schemaToProto(d.schema)])),
        functions: functionProtos,
        ephemeral_resource_schemas: Object.fromEntries(loadedEphemeral.map(([name, e]) => [name, schemaToProto(e.definition.schema)])),
        server_capabilities: capabilities,
      };
    },

    async getFunctions() {
      return { functions: await functionSchemas() };
    },

    async validateProviderConfig(req) {
      const config = decodeDynamic(req.config, providerType);
      const diagnostics = validateObject(provider.schema, config);
      provider.validateConfig?.(validateContext(config, diagnostics));
      return { diagnostics: diagnosticsToProto(diagnostics) };
    },

    async configureProvider(req, call) {
      const config = decodeDynamic(req.config, providerType);
      if (!isWhollyKnown(config)) {
        call.logger.info('provider configuration is not known yet; resources that need the API will wait for apply');
        return {};
      }
      try {
        configured = await provider.configure(
          { logger: call.logger, signal: call.signal, terraformVersion: req.terraform_version ?? '' },
          blockToModel(config, provider.schema) as never,
        );
        return {};
      } catch (error) {
        return { diagnostics: diagnosticsToProto([diagnosticFromError(error, `Configuring the ${provider.name} provider failed`)]) };
      }
    },

    validateResourceConfig: (req) => resource(req, (r) => r.validate(req)),
    upgradeResourceState: (req) => resource(req, (r) => r.upgrade(req)),
    readResource: (req, call) => resource(req, (r) => r.read(req, call)),
    planResourceChange: (req, call) => resource(req, (r) => r.plan(req, call)),
    applyResourceChange: (req, call) => resource(req, (r) => r.apply(req, call)),
    importResourceState: (req, call) => resource(req, (r) => r.import(req, call)),

    validateDataResourceConfig: (req) =>
      dataSource(req, (d) => {
        const config = decodeDynamic(req.config, blockType(d.schema));
        const diagnostics = validateObject(d.schema, config);
        d.validateConfig?.(validateContext(config, diagnostics));
        return { diagnostics: diagnosticsToProto(diagnostics) };
      }),
    readDataSource: (req, call) => dataSource(req, (d) => readDataSource(d, req, call, configured)),

    validateEphemeralResourceConfig: (req) => ephemeralResource(req, (e) => e.validate(req)),
    openEphemeralResource: (req, call) => ephemeralResource(req, (e) => e.open(req, call)),
    renewEphemeralResource: (req, call) => ephemeralResource(req, (e) => e.renew(req, call)),
    closeEphemeralResource: (req, call) => ephemeralResource(req, (e) => e.close(req, call)),

    async callFunction(req) {
      const slot = functions.get(req.name ?? '');
      if (!slot) return { error: { text: `The ${provider.name} provider has no function "${req.name ?? ''}".` } };
      return withRuntime(slot, (fn) => fn.call(req));
    },
  };
}

const capabilities: proto.ServerCapabilities = {
  plan_destroy: false,
  get_provider_schema_optional: true,
  move_resource_state: false,
};

async function readDataSource<P>(
  dataSource: AnyDataSource<P>,
  req: proto.ReadDataSourceRequest,
  call: CallContext,
  provider: P | undefined,
): Promise<proto.ReadDataSourceResponse> {
  const type = blockType(dataSource.schema);
  const config = decodeDynamic(req.config, type);
  const diagnostics: Diagnostic[] = [];
  if (provider === undefined) {
    diagnostics.push(errorDiagnostic('Provider not configured', 'The provider could not be configured, so this data source cannot be read.'));
    return { diagnostics: diagnosticsToProto(diagnostics) };
  }
  try {
    const result = await dataSource.read(
      {
        provider,
        logger: call.logger.with({ tf_data_source_type: dataSource.name }),
        signal: call.signal,
        timeoutMs: undefined,
        warn: (summary, detail, path) => diagnostics.push({ severity: 'warning', summary, detail: detail ?? summary, path }),
      },
      blockToModel(config, dataSource.schema),
    );
    const state: Value = reconcile(dataSource.schema, config, modelToBlock(result, dataSource.schema));
    return { state: encodeDynamic(state, type), diagnostics: diagnosticsToProto(diagnostics) };
  } catch (error) {
    diagnostics.push(diagnosticFromError(error, `Reading data source ${dataSource.name} failed`));
    return { diagnostics: diagnosticsToProto(diagnostics) };
  }
}
