// A provider whose resources, data sources, functions and ephemeral resources are loaded when
// terraform first names them. terraform starts a provider process several times per command and
// reads the whole schema in only one of them (the provider sets get_provider_schema_optional);
// the others validate, plan or apply a few types. Evaluating every definition's module (its
// schema, validators and closures) cost each start about 40 ms (bench/startup-costs.md), so the
// serving entries load only what a call needs. The catalog is the one list of a provider's
// types; `loadCatalog` makes the plain definition (every entry loaded) that the docs, the CDKTF
// bindings, the CLI and the tests read.
import type { AnyEphemeralResource } from './ephemeral-runtime.js';
import type { FunctionDefinition } from './function.js';
import type { AnyDataSource, AnyResource, ProviderDefinition } from './provider.js';
import type { Schema } from './schema.js';

/** One type of the provider: its name, known without loading it, and how to load its definition. */
export interface CatalogEntry<D> {
  readonly name: string;
  readonly load: () => Promise<D>;
}

/** What a provider definition holds, with each list of types as catalog entries. */
export type ProviderCatalog<S extends Schema, P> = Omit<ProviderDefinition<S, P>, 'resources' | 'dataSources' | 'functions' | 'ephemeralResources'> & {
  readonly catalog: true;
  readonly resources: readonly CatalogEntry<AnyResource<P>>[];
  readonly dataSources: readonly CatalogEntry<AnyDataSource<P>>[];
  readonly functions: readonly CatalogEntry<FunctionDefinition>[];
  readonly ephemeralResources: readonly CatalogEntry<AnyEphemeralResource<P>>[];
};

/**
 * The entry of type `name`, whose definition `load` imports. The definition must carry the same
 * name: loading one that does not fails (and the registry test loads them all).
 */
export function catalogEntry<D extends { readonly name: string }>(name: string, load: () => Promise<D>): CatalogEntry<D> {
  return {
    name,
    load: async () => {
      const definition = await load();
      if (definition.name !== name) throw new Error(`the catalog entry "${name}" loads a definition named "${definition.name}"`);
      return definition;
    },
  };
}

export function defineCatalog<S extends Schema, P>(catalog: Omit<ProviderCatalog<S, P>, 'catalog'>): ProviderCatalog<S, P> {
  return { ...catalog, catalog: true };
}

/** The provider with every entry loaded. */
export async function loadCatalog<S extends Schema, P>(catalog: ProviderCatalog<S, P>): Promise<ProviderDefinition<S, P>> {
  const loadAll = <D>(entries: readonly CatalogEntry<D>[]) => Promise.all(entries.map((entry) => entry.load()));
  const [resources, dataSources, functions, ephemeralResources] = await Promise.all([
    loadAll(catalog.resources),
    loadAll(catalog.dataSources),
    loadAll(catalog.functions),
    loadAll(catalog.ephemeralResources),
  ]);
  const { catalog: _catalog, ...provider } = catalog;
  return { ...provider, resources, dataSources, functions, ephemeralResources };
}

/** A provider already loaded, as a catalog whose entries hand over its definitions (tests and the benchmark serve those). */
export function catalogOf<S extends Schema, P>(provider: ProviderDefinition<S, P>): ProviderCatalog<S, P> {
  const loaded = <D extends { readonly name: string }>(definitions: readonly D[]) =>
    definitions.map((definition) => ({ name: definition.name, load: () => Promise.resolve(definition) }));
  return {
    ...provider,
    catalog: true,
    resources: loaded(provider.resources),
    dataSources: loaded(provider.dataSources),
    functions: loaded(provider.functions),
    ephemeralResources: loaded(provider.ephemeralResources ?? []),
  };
}
