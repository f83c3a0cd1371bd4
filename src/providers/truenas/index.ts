// The `truenas` provider with every resource, data source, function and ephemeral resource of its
// catalog (catalog.ts) loaded: what the docs, the CDKTF bindings, the CLI and the tests read. The
// provider executable serves the catalog itself and loads a type when terraform first names it.
import { loadCatalog } from '../../framework/catalog.js';
import { truenasCatalog } from './catalog.js';

export type { TrueNASProviderData } from './provider-data.js';

export const truenasProvider = await loadCatalog(truenasCatalog);
