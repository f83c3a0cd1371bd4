// Bundles the CLI (and with it both providers and the simulators) into dist/.
// One bundle with code splitting: the provider's start path loads only what it needs,
// and dynamic imports (clients, simulators) become chunks loaded on demand.
// The provider executables start through dist/provider-launch.cjs, which runs the provider
// entry bundled once more as a single CommonJS script with V8's code cache (see
// src/cli/provider-launch.ts); the cache is made here, on the machine that runs it.
import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { buildProviderScripts } from './provider-script.mjs';
import { warmProviderCodeCache } from './warm-code-cache.mjs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Ties the code cache to this build: V8 checks only the source's length.
  define: { TRUEMOX_BUILD_ID: JSON.stringify(randomUUID()) },
  // Native add-ons (ssh2's optional crypto binding) stay out of the bundle: ssh2 requires them
  // inside try/catch and uses its JavaScript implementation when they are not found.
  external: ['*.node'],
};

await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts', provider: 'src/cli/provider-main.ts' },
  format: 'esm',
  splitting: true,
  outdir: 'dist',
  sourcemap: 'linked',
  // CommonJS dependencies bundled into ESM still call require() and use __dirname.
  banner: {
    js: [
      "import { createRequire as __truemoxCreateRequire } from 'node:module';",
      "import { fileURLToPath as __truemoxFileURLToPath } from 'node:url';",
      'const require = __truemoxCreateRequire(import.meta.url);',
      'const __filename = __truemoxFileURLToPath(import.meta.url);',
      "const __dirname = __truemoxFileURLToPath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
});

// Each provider's entry alone, every lazy import inlined: one file to compile from one cache,
// holding that provider only (a start reads nothing of the other).
const PROVIDERS = ['truenas', 'proxmox'];
for (const provider of PROVIDERS) {
  await buildProviderScripts(provider, `src/cli/provider-${provider}.ts`, 'dist', common);
}

// The launcher the CommonJS bin scripts require.
await build({
  ...common,
  entryPoints: ['src/cli/provider-launch.ts'],
  format: 'cjs',
  outfile: 'dist/provider-launch.cjs',
});

// Without the cache the providers still start (the first start writes it), only slower.
await Promise.all(
  PROVIDERS.map(async (provider) => {
    try {
      await warmProviderCodeCache(provider, new URL(`../bin/terraform-provider-${provider}.cjs`, import.meta.url), new URL('../dist/', import.meta.url));
    } catch (error) {
      console.warn(`warning: no code cache for the ${provider} provider's start-up: ${error.message}`);
    }
  }),
);
