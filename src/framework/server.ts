// The framework's implementation of the tfplugin6 handlers for one provider definition.
import type * as proto from '../protocol/tfplugin6.js';
import type { CallContext, ProviderHandlers } from '../protocol/tfplugin6.js';
import { isWhollyKnown } from '../values/compare.js';
import type { Value } from '../values/types.js';
import { diagnosticFromError, errorDiagnostic, type Diagnostic } from './diagnostics.js';
import { blockType } from './implied-type.js';
import { blockToModel, modelToBlock } from './model.js';
import type { AnyDataSource, ProviderDefinition } from './provider.js';
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

export function createProviderServer<S extends Schema, P>(provider: ProviderDefinition<S, P>): ProviderServer {
  let configured: P | undefined;
  const providerType = blockType(provider.schema);
  const resources = new Map(provider.resources.map((r) => [r.name, new ResourceRuntime<P>(r, () => configured, provider.explainError)]));
  const dataSources = new Map(provider.dataSources.map((d) => [d.name, d]));
  const functions = new Map(provider.functions.map((f) => [f.name, new FunctionRuntime(f)]));
  assertWriteOnlySchema(`the ${provider.name} provider`, provider.schema, false);
  const ephemeral = new Map((provider.ephemeralResources ?? []).map((e) => [e.name, new EphemeralRuntime<P>(e, () => configured)]));
  for (const d of provider.dataSources) assertWriteOnlySchema(d.name, d.schema, false);

  const unknownType = (kind: string, name: string | undefined): { diagnostics: proto.Diagnostic[] } => ({
    diagnostics: diagnosticsToProto([errorDiagnostic(`Unknown ${kind} type`, `The ${provider.name} provider has no ${kind} "${name ?? ''}".`)]),
  });

  /** The request's type in `table` does `run`; a type the provider does not have is an error diagnostic. */
  const byType =
    <R>(table: ReadonlyMap<string, R>, kind: string) =>
    async <A>(req: { type_name?: string }, run: (runtime: R) => A | Promise<A>): Promise<A | { diagnostics: proto.Diagnostic[] }> => {
      const runtime = table.get(req.type_name ?? '');
      return runtime === undefined ? unknownType(kind, req.type_name) : run(runtime);
    };
  const resource = byType(resources, 'resource');
  const dataSource = byType(dataSources, 'data source');
  const ephemeralResource = byType(ephemeral, 'ephemeral resource');

  const functionSchemas = () => Object.fromEntries(provider.functions.map((f) => [f.name, functionToProto(f)]));

  return {
    apiCallCounts: () => (configured !== undefined && provider.apiCallCounts ? provider.apiCallCounts(configured) : {}),

    async getMetadata() {
      return {
        server_capabilities: capabilities,
        resources: provider.resources.map((r) => ({ type_name: r.name })),
        data_sources: provider.dataSources.map((d) => ({ type_name: d.name })),
        functions: provider.functions.map((f) => ({ name: f.name })),
        ephemeral_resources: [...ephemeral.keys()].map((name) => ({ type_name: name })),
      };
    },

    async getProviderSchema() {
      return {
        provider: schemaToProto(provider.schema),
        resource_schemas: Object.fromEntries([...resources].map(([name, r]) => [name, schemaToProto(r.schema)])),
        data_source_schemas: Object.fromEntries(provider.dataSources.map((d) => [d.name, schemaToProto(d.schema)])),
        functions: functionSchemas(),
        ephemeral_resource_schemas: Object.fromEntries([...ephemeral].map(([name, e]) => [name, schemaToProto(e.definition.schema)])),
        server_capabilities: capabilities,
      };
    },

    async getFunctions() {
      return { functions: functionSchemas() };
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
      const fn = functions.get(req.name ?? '');
      if (!fn) return { error: { text: `The ${provider.name} provider has no function "${req.name ?? ''}".` } };
      return fn.call(req);
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
