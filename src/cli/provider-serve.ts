// Serving one provider definition over the plugin protocol: what every provider entry ends in
// (the per-provider start-up scripts, provider-truenas.ts and provider-proxmox.ts, and the
// entry by name, provider-main.ts). Imports no provider itself, so each script holds only its own.
import { loadCatalog, type ProviderCatalog } from '../framework/catalog.js';
import type { ProviderDefinition } from '../framework/provider.js';
import type { Schema } from '../framework/schema.js';

/** Ends the process (status 1) when `name` is not among `expected`: the executable was started under another provider's name. */
export function refuseUnknownProvider(name: string, expected: readonly string[]): void {
  if (expected.includes(name)) return;
  process.stderr.write(`Unknown provider "${name}": expected one of ${expected.join(', ')}.\n`);
  process.exit(1);
}

/**
 * Serves `definition` (a provider, or its catalog, whose types load when a call first names them)
 * until terraform shuts the process down; resolves once the handshake is out.
 */
export async function serveProvider(
  definition: Promise<ProviderDefinition<Schema, unknown> | ProviderCatalog<Schema, unknown>>,
  args: readonly string[],
): Promise<void> {
  const [provider, { createProviderServer }, { servePlugin }] = await Promise.all([definition, import('../framework/server.js'), import('../plugin/serve.js')]);
  const server = createProviderServer(provider);
  await servePlugin(server, { providerAddress: provider.address, debug: args.includes('--debug'), exitFields: () => server.apiCallCounts() });
}

/** What a provider's own start-up script exports (provider-launch.ts `ProviderEntry`). */
export interface ProviderScript {
  runProvider(name: string, args: readonly string[]): Promise<void>;
  loadForCodeCache(): Promise<void>;
}

/**
 * The start-up script of the one provider `name` whose catalog `load` imports: serve it, or load
 * every type of it for the code cache the first start makes (provider-launch.ts).
 */
export function providerScript(name: string, load: () => Promise<ProviderCatalog<Schema, unknown>>): ProviderScript {
  return {
    async runProvider(requested, args) {
      refuseUnknownProvider(requested, [name]);
      await serveProvider(load(), args);
    },
    async loadForCodeCache() {
      await loadCatalog(await load());
    },
  };
}
