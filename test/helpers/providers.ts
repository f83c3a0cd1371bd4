// Installs this package's real providers (the built dist/, as `make test` builds it before
// running tests) into a private filesystem mirror, for end-to-end tests with terraform.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMESPACE, REGISTRY_HOST } from '../../src/cli/install.js';
import { installProvider } from '../../src/cli/provider-install.js';
import { PROVIDER_NAMES } from '../../src/providers/registry.js';
import { VERSION } from '../../src/version.js';
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

export function installBuiltProviders(): { mirrorDir: string } {
  if (!existsSync(new URL('../../dist/provider.js', import.meta.url))) {
    throw new Error('dist/ is missing: run `make build` (make test builds first).');
  }
  const mirrorDir = join(mkdtempSync(join(tmpdir(), 'truemox-mirror-')), 'plugins');
  // installAll() finds bin/ relative to its own module, which is right only inside dist/;
  // run from the sources (tsx), name the package's executables directly.
  for (const type of PROVIDER_NAMES) {
    const executable = fileURLToPath(new URL(`../../bin/terraform-provider-${type}.mjs`, import.meta.url));
    installProvider({ mirrorDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type, version: VERSION, command: [process.execPath, executable] });
  }
  return { mirrorDir };
}

/** A terraform workspace whose CLI configuration finds both providers in a private mirror. */
export function providerWorkspace(env: Readonly<Record<string, string>> = {}): Workspace {
  const { mirrorDir } = installBuiltProviders();
  return new Workspace({ mirrorDir, include: [TRUENAS_SOURCE, PROXMOX_SOURCE], env });
}
