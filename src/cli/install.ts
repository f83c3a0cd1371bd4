// `truemox install` / `uninstall`: put both providers into terraform's local plugin directory
// (an implied filesystem mirror), so `source = "truemox/truenas"` needs no other set-up.
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVIDER_NAMES } from '../providers/registry.js';
import { VERSION } from '../version.js';
import { installProvider, uninstallProvider } from './provider-install.js';
import { userCodeCacheDir } from './provider-launch.js';
import { nodeProviderPackage } from './provider-package.js';

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

/**
 * Installs both providers into `mirrorDir` as self-contained packages (the built provider, its
 * launcher and this machine's code cache copied in): moving or deleting this folder afterwards
 * leaves them working.
 */
export function installAll(mirrorDir: string): string[] {
  const distDir = join(packageRoot(), 'dist');
  return PROVIDER_NAMES.map((type) =>
    installProvider({
      mirrorDir,
      hostname: REGISTRY_HOST,
      namespace: NAMESPACE,
      type,
      version: VERSION,
      files: nodeProviderPackage({ provider: type, version: VERSION, distDir, codeCache: true }),
    }),
  );
}

/** What `truemox install` says about what the installed providers need. */
export function installNotes(): string[] {
  return [
    'The installed providers are copies: they keep working when this folder moves or goes.',
    `They run with the Node.js 20+ found on PATH when terraform starts them (here now: ${nodeOnPath() ?? 'none found'}).`,
    "After rebuilding and installing again, run `terraform init -upgrade` in existing configurations (the lock file holds the old copy's hash).",
  ];
}

/** The `node` a shell would run, or undefined. */
function nodeOnPath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'node'))) return join(dir, 'node');
  }
  return undefined;
}

/** Removes both providers, and the code caches installed providers kept in the user's cache folder. */
export function uninstallAll(mirrorDir: string): void {
  for (const type of PROVIDER_NAMES) uninstallProvider({ mirrorDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type });
  const caches = userCodeCacheDir();
  if (!existsSync(caches)) return;
  for (const name of readdirSync(caches).filter((file) => file.endsWith('.v8cache'))) rmSync(join(caches, name), { force: true });
  if (readdirSync(caches).length === 0) rmdirSync(caches);
}
