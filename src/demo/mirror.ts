// Both providers of this package installed into a private filesystem mirror, with a CLI
// configuration that uses it: how the demo (and tests) let terraform find them without
// touching the user's plugin folders.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMESPACE, REGISTRY_HOST } from '../cli/install.js';
import { installProvider } from '../cli/provider-install.js';
import { PROVIDER_NAMES } from '../providers/registry.js';
import { VERSION } from '../version.js';

/** The package's root folder, found from this module whether it runs bundled or from source. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'bin'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the truemox package folder (with bin/) above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

/** Installs both providers (bin/terraform-provider-NAME.mjs over the built dist/) into `mirrorDir`. */
export function installPackageProviders(mirrorDir: string): void {
  const root = packageRoot();
  if (!existsSync(join(root, 'dist', 'provider.js'))) throw new Error('the providers are not built: run `make build` first');
  for (const type of PROVIDER_NAMES) {
    const command = [process.execPath, join(root, 'bin', `terraform-provider-${type}.mjs`)];
    installProvider({ mirrorDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type, version: VERSION, command });
  }
}

/** A terraform CLI configuration file at `path` that installs our providers from `mirrorDir` only. */
export function writeMirrorCliConfig(path: string, mirrorDir: string): void {
  const include = JSON.stringify([`${REGISTRY_HOST}/${NAMESPACE}/*`]);
  writeFileSync(
    path,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirrorDir)}\n    include = ${include}\n  }\n  direct {\n    exclude = ${include}\n  }\n}\n`,
  );
}
