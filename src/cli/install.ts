// `truemox install` / `uninstall`: put both providers into terraform's local plugin directory
// (an implied filesystem mirror), so `source = "truemox/truenas"` needs no other set-up.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVIDER_NAMES } from '../providers/registry.js';
import { VERSION } from '../version.js';
import { installProvider, uninstallProvider } from './provider-install.js';

export const REGISTRY_HOST = 'registry.terraform.io';
export const NAMESPACE = 'truemox';

/** `~/.terraform.d/plugins`: the first directory terraform searches when no mirror is configured. */
export function defaultPluginDir(): string {
  return join(homedir(), '.terraform.d', 'plugins');
}

/** The executable of one provider in this package (`bin/terraform-provider-NAME.mjs`). */
export function providerExecutable(name: string): string {
  return fileURLToPath(new URL(`../bin/terraform-provider-${name}.mjs`, import.meta.url));
}

export function installAll(mirrorDir: string): string[] {
  return PROVIDER_NAMES.map((type) =>
    installProvider({
      mirrorDir,
      hostname: REGISTRY_HOST,
      namespace: NAMESPACE,
      type,
      version: VERSION,
      command: [process.execPath, providerExecutable(type)],
    }),
  );
}

export function uninstallAll(mirrorDir: string): void {
  for (const type of PROVIDER_NAMES) uninstallProvider({ mirrorDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type });
}
