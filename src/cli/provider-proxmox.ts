// Entry of dist/provider-proxmox.cjs, the proxmox provider's start-up script (see
// provider-launch.ts): it holds this provider alone, so a start reads, and its code cache
// keeps, nothing of the other one.
import type { ProviderCatalog } from '../framework/catalog.js';
import type { Schema } from '../framework/schema.js';
import { providerScript } from './provider-serve.js';

export const { runProvider, loadForCodeCache } = providerScript('proxmox', () =>
  import('../providers/proxmox/catalog.js').then(({ proxmoxCatalog }) => proxmoxCatalog as ProviderCatalog<Schema, unknown>),
);
