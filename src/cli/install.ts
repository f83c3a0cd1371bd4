// `truemox install` / `uninstall`: put both providers into terraform's local plugin directory
// (an implied filesystem mirror), so `source = "truemox/truenas"` needs no other set-up.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
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

/** The package's root folder (with package.json and bin/), found from this module bundled or not. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'bin'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the truemox package folder (with bin/) above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

/** Installs both providers (bin/terraform-provider-NAME.cjs over the built dist/) into `mirrorDir`. */
export function installAll(mirrorDir: string): string[] {
  const root = packageRoot();
  if (!existsSync(join(root, 'dist', 'provider.js'))) throw new Error('the providers are not built: run `make build` first');
  return PROVIDER_NAMES.map((type) =>
    installProvider({
      mirrorDir,
      hostname: REGISTRY_HOST,
      namespace: NAMESPACE,
      type,
      version: VERSION,
      command: [process.execPath, join(root, 'bin', `terraform-provider-${type}.cjs`)],
      notes: installNotes(root),
    }),
  );
}

/** What an installed executable points at, said in it and by `truemox install`: it is not relocatable. */
export function installNotes(root = packageRoot()): string[] {
  return [
    `Runs the truemox provider from ${root} with the Node.js at ${process.execPath}.`,
    'Moving or deleting that folder, or removing that Node.js, breaks it: run `make install` (or `truemox install`) again from where truemox is then.',
  ];
}

export function uninstallAll(mirrorDir: string): void {
  for (const type of PROVIDER_NAMES) uninstallProvider({ mirrorDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type });
}
