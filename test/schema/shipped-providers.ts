// Installs both shipped providers (bin/terraform-provider-NAME.mjs over the built dist/) into a
// private filesystem mirror, for tests that run them under terraform. `installAll` resolves the
// executables relative to the bundle, which under tsx is the source tree, hence this helper.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMESPACE, REGISTRY_HOST } from '../../src/cli/install.js';
import { installProvider } from '../../src/cli/provider-install.js';
import { PROVIDER_NAMES, type ProviderName } from '../../src/providers/registry.js';
import { VERSION } from '../../src/version.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function shippedSource(name: ProviderName): string {
  return `${REGISTRY_HOST}/${NAMESPACE}/${name}`;
}

/** A new mirror holding both providers; run `make build` first (they run dist/). */
export function installShippedProviders(): { mirrorDir: string; sources: Record<ProviderName, string> } {
  const mirrorDir = join(mkdtempSync(join(tmpdir(), 'truemox-shipped-')), 'mirror');
  for (const type of PROVIDER_NAMES) {
    installProvider({
      mirrorDir,
      hostname: REGISTRY_HOST,
      namespace: NAMESPACE,
      type,
      version: VERSION,
      command: [process.execPath, join(REPO_ROOT, 'bin', `terraform-provider-${type}.mjs`)],
    });
  }
  const sources = Object.fromEntries(PROVIDER_NAMES.map((name) => [name, shippedSource(name)])) as Record<ProviderName, string>;
  return { mirrorDir, sources };
}
