// Installs this package's real providers (the built dist/, as `make test` builds it before
// running tests) into a private filesystem mirror, for end-to-end tests with terraform.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installAll, NAMESPACE, packageRoot, REGISTRY_HOST } from '../../src/cli/install.js';
import { installProvider } from '../../src/cli/provider-install.js';
import { nodeProviderPackage, providerExecutableName } from '../../src/cli/provider-package.js';
import { VERSION } from '../../src/version.js';
import { PROVIDER_NAMES } from '../../src/providers/registry.js';
import { Workspace } from './terraform.js';

export const TRUENAS_SOURCE = `${REGISTRY_HOST}/${NAMESPACE}/truenas`;
export const PROXMOX_SOURCE = `${REGISTRY_HOST}/${NAMESPACE}/proxmox`;

/** The `terraform { required_providers { … } }` block for both providers. */
export const REQUIRED_PROVIDERS = `terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
    proxmox = { source = "truemox/proxmox" }
  }
}
`;

/**
 * A terraform workspace whose CLI configuration finds both built providers in a private mirror
 * (removed with the workspace). `make test` builds dist/ before any test runs.
 *
 * `truenasCopies` installs the TrueNAS provider again under other types (`truenas-v2504`: source
 * `truemox/truenas-v2504`), one per server a test talks to. A configuration that gives each its
 * own provider source instead of an alias of one keeps every provider process running across
 * the workspace's commands (terraform reattaches one process per source, and one process holds
 * one configured client), where aliases make terraform start them afresh for every command.
 */
export function providerWorkspace(env: Readonly<Record<string, string>> = {}, truenasCopies: readonly string[] = []): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'truemox-mirror-'));
  const mirrorDir = join(root, 'plugins');
  // installAll returns the executables in PROVIDER_NAMES order.
  const reattach = installAll(mirrorDir).map((executable, index) => ({ address: `${REGISTRY_HOST}/${NAMESPACE}/${PROVIDER_NAMES[index]}`, executable }));
  const copies = truenasCopies.map((type) => ({ address: `${REGISTRY_HOST}/${NAMESPACE}/${type}`, executable: installTrueNASCopy(mirrorDir, type) }));
  return new Workspace({
    mirrorDir,
    include: [TRUENAS_SOURCE, PROXMOX_SOURCE, ...copies.map((copy) => copy.address)],
    env,
    ownedDirs: [root],
    reattach: [...reattach, ...copies],
  });
}

/** The TrueNAS provider's package installed as provider `type`: the same files, the executable named for the type. */
function installTrueNASCopy(mirrorDir: string, type: string): string {
  const files = nodeProviderPackage({ provider: 'truenas', version: VERSION, distDir: join(packageRoot(), 'dist'), codeCache: true });
  const executable = providerExecutableName('truenas', VERSION);
  return installProvider({
    mirrorDir,
    hostname: REGISTRY_HOST,
    namespace: NAMESPACE,
    type,
    version: VERSION,
    files: files.map((file) => (file.name === executable ? { ...file, name: providerExecutableName(type, VERSION) } : file)),
  });
}
