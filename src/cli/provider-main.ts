// Entry of the provider executables: serve one provider over the plugin protocol. Kept apart
// from the `truemox` command so that terraform's many provider starts load no CLI library.
import { isProviderName, loadProvider, PROVIDER_NAMES } from '../providers/registry.js';

export async function runProvider(name: string, args: readonly string[]): Promise<void> {
  if (!isProviderName(name)) {
    process.stderr.write(`Unknown provider "${name}": expected one of ${PROVIDER_NAMES.join(', ')}.\n`);
    process.exit(1);
  }
  const [provider, { createProviderServer }, { servePlugin }] = await Promise.all([
    loadProvider(name),
    import('../framework/server.js'),
    import('../plugin/serve.js'),
  ]);
  const server = createProviderServer(provider);
  await servePlugin(server, { providerAddress: provider.address, debug: args.includes('--debug'), exitFields: () => server.apiCallCounts() });
}
