// Builds the test provider into one file and installs it into a private filesystem mirror,
// so terraform can start it like any installed provider.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installProvider } from '../../src/cli/provider-install.js';

export const TESTER_SOURCE = 'example.com/truemox/tester';

/** Bundles a provider's entry point into one ES module file node runs as is (tests and benchmarks). */
export async function bundleProvider(entryPoint: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

/** The mirror holding the test provider, and its installed executable (which also serves `--debug`). */
export async function installTestProvider(): Promise<{ mirrorDir: string; executable: string }> {
  const root = mkdtempSync(join(tmpdir(), 'truemox-tester-'));
  const bundle = join(root, 'tester.mjs');
  await bundleProvider(new URL('../provider/main.ts', import.meta.url).pathname, bundle);
  const mirrorDir = join(root, 'mirror');
  const executable = installProvider({
    mirrorDir,
    hostname: 'example.com',
    namespace: 'truemox',
    type: 'tester',
    version: '0.0.1',
    command: [process.execPath, bundle],
  });
  return { mirrorDir, executable };
}
