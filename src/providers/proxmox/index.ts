// The `proxmox` provider with every resource, data source, function and ephemeral resource of its
// catalog (catalog.ts) loaded: what the docs, the CDKTF bindings, the CLI and the tests read. The
// provider executable serves the catalog itself and loads a type when terraform first names it.
import { loadCatalog } from '../../framework/catalog.js';
import { proxmoxCatalog } from './catalog.js';

export type { ProxmoxProviderData } from './provider-data.js';

export const proxmoxProvider = await loadCatalog(proxmoxCatalog);
