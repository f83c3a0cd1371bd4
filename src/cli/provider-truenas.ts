// Entry of dist/provider-truenas.cjs, the truenas provider's start-up script (see
// provider-launch.ts): it holds this provider alone, so a start reads, and its code cache
// keeps, nothing of the other one.
import type { ProviderCatalog } from '../framework/catalog.js';
import type { Schema } from '../framework/schema.js';
import { providerScript } from './provider-serve.js';

export const { runProvider, loadForCodeCache } = providerScript('truenas', () =>
  import('../providers/truenas/catalog.js').then(({ truenasCatalog }) => truenasCatalog as ProviderCatalog<Schema, unknown>),
);
