// The providers this package ships, loaded on demand (a provider process loads only its own).
import type { ProviderDefinition } from '../framework/provider.js';
import type { Schema } from '../framework/schema.js';

export const PROVIDER_NAMES = ['truenas', 'proxmox'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export function isProviderName(name: string): name is ProviderName {
  return (PROVIDER_NAMES as readonly string[]).includes(name);
}

export async function loadProvider(name: ProviderName): Promise<ProviderDefinition<Schema, unknown>> {
  switch (name) {
    case 'truenas':
      return (await import('./truenas/index.js')).truenasProvider as ProviderDefinition<Schema, unknown>;
    case 'proxmox':
      return (await import('./proxmox/index.js')).proxmoxProvider as ProviderDefinition<Schema, unknown>;
  }
}
