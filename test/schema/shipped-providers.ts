// Both shipped providers in a new private filesystem mirror, for tests that run them under
// terraform (the providers run the built dist/: `make test` builds first).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NAMESPACE, REGISTRY_HOST } from '../../src/cli/install.js';
import { installPackageProviders } from '../../src/demo/mirror.js';
import { PROVIDER_NAMES, type ProviderName } from '../../src/providers/registry.js';

export function installShippedProviders(): { mirrorDir: string; sources: Record<ProviderName, string> } {
  const mirrorDir = join(mkdtempSync(join(tmpdir(), 'truemox-shipped-')), 'mirror');
  installPackageProviders(mirrorDir);
  const sources = Object.fromEntries(PROVIDER_NAMES.map((name) => [name, `${REGISTRY_HOST}/${NAMESPACE}/${name}`])) as Record<ProviderName, string>;
  return { mirrorDir, sources };
}
