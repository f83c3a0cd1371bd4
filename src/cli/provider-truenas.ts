// Entry of dist/provider-truenas.cjs, the truenas provider's start-up script (see
// provider-launch.ts): it holds this provider alone, so a start reads, and its code cache
// keeps, nothing of the other one.
import { loadCatalog, type ProviderCatalog } from '../framework/catalog.js';
import type { Schema } from '../framework/schema.js';
import { refuseUnknownProvider, serveProvider } from './provider-serve.js';

export async function runProvider(name: string, args: readonly string[]): Promise<void> {
  refuseUnknownProvider(name, ['truenas']);
  const definition = import('../providers/truenas/catalog.js').then(({ truenasCatalog }) => truenasCatalog as ProviderCatalog<Schema, unknown>);
  await serveProvider(definition, args);
}

/** Every type of the catalog loaded, for the code cache the first start makes (provider-launch.ts). */
export async function loadForCodeCache(): Promise<void> {
  const { truenasCatalog } = await import('../providers/truenas/catalog.js');
  await loadCatalog(truenasCatalog);
}
