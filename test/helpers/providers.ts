// Installs this package's real providers (the built dist/, as `make test` builds it before
// running tests) into a private filesystem mirror, for end-to-end tests with terraform.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installAll, NAMESPACE, REGISTRY_HOST } from '../../src/cli/install.js';
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
 */
export function providerWorkspace(env: Readonly<Record<string, string>> = {}): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'truemox-mirror-'));
  const mirrorDir = join(root, 'plugins');
  // installAll returns the executables in PROVIDER_NAMES order.
  const reattach = installAll(mirrorDir).map((executable, index) => ({ address: `${REGISTRY_HOST}/${NAMESPACE}/${PROVIDER_NAMES[index]}`, executable }));
  return new Workspace({ mirrorDir, include: [TRUENAS_SOURCE, PROXMOX_SOURCE], env, ownedDirs: [root], reattach });
}
