// Bundles the CLI (and with it both providers and the simulators) into dist/.
// One bundle with code splitting: the provider's start path loads only what it needs,
// and dynamic imports (clients, simulators) become chunks loaded on demand.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts', provider: 'src/cli/provider-main.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: 'dist',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
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
