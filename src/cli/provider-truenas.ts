// Entry of dist/provider-truenas.cjs, the truenas provider's start-up script (see
// provider-launch.ts): it holds this provider alone, so a start reads, and its code cache
// keeps, nothing of the other one.
import type { ProviderDefinition } from '../framework/provider.js';
import type { Schema } from '../framework/schema.js';
import { refuseUnknownProvider, serveProvider } from './provider-serve.js';

export async function runProvider(name: string, args: readonly string[]): Promise<void> {
  refuseUnknownProvider(name, ['truenas']);
  const definition = import('../providers/truenas/index.js').then(({ truenasProvider }) => truenasProvider as ProviderDefinition<Schema, unknown>);
  await serveProvider(definition, args);
}
