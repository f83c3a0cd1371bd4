// Entry of the provider executables by name: serve one provider over the plugin protocol. Kept
// apart from the `truemox` command so that terraform's many provider starts load no CLI library.
// (The launcher prefers each provider's own start-up script, provider-truenas.ts and
// provider-proxmox.ts; this entry serves from the ES module build and the release's bundles.)
import { isProviderName, loadProvider, PROVIDER_NAMES } from '../providers/registry.js';
import { refuseUnknownProvider, serveProvider } from './provider-serve.js';

export async function runProvider(name: string, args: readonly string[]): Promise<void> {
  refuseUnknownProvider(name, PROVIDER_NAMES);
  if (isProviderName(name)) await serveProvider(loadProvider(name), args);
}
