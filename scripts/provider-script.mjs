// Builds a provider's start-up script and its late script, as the provider executables run
// them through dist/provider-launch.cjs (src/cli/provider-launch.ts): one CommonJS script of
// the provider entry with every lazy import inlined, and beside it the script of what only a
// configured provider needs (late-chunk.mjs). Used by scripts/build.mjs for the two providers
// and by bench/reference/build.ts for the benchmark provider, so that the provider measured
// beside the Go reference starts the way the shipped ones do.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lateChunkEntry, lateChunkName, lateImportsPlugin } from './late-chunk.mjs';
import { lazyRequiresPlugin } from './lazy-requires.mjs';
import { assertNoExternalDynamicImports } from './no-dynamic-imports.mjs';

/**
 * Writes `provider-NAME.cjs` (the bundle of `entryPoint`, which exports `runProvider`) and
 * `provider-NAME-late.cjs` into `outdir`. `common` holds the esbuild options every script of
 * the build shares.
 */
export async function buildProviderScripts(provider, entryPoint, outdir, common) {
  // Whitespace and syntax minified (names kept, for readable stack traces): a third fewer bytes.
  const scriptOptions = { ...common, format: 'cjs', minifyWhitespace: true, minifySyntax: true, charset: 'ascii', metafile: true };
  const outfile = join(outdir, `provider-${provider}.cjs`);
  // The packages needed only after the provider is configured go to a second script (see late-chunk.mjs).
  const moved = new Map();
  const providerScript = await build({
    ...scriptOptions,
    entryPoints: [entryPoint],
    outfile,
    plugins: [lateImportsPlugin(provider, moved), lazyRequiresPlugin()],
  });
  assertNoExternalDynamicImports(providerScript.metafile, outfile);
  // The launcher reads the script as latin1, which is right only for pure ASCII (esbuild
  // escapes everything else by default; this keeps it so).
  if (/[^\x00-\x7f]/.test(readFileSync(outfile, 'latin1'))) {
    throw new Error(`${outfile} is not pure ASCII: the provider launcher would misread it`);
  }
  const lateFile = join(outdir, lateChunkName(provider));
  const lateScript = await build({
    ...scriptOptions,
    stdin: { contents: lateChunkEntry(moved), resolveDir: '.', sourcefile: lateChunkName(provider), loader: 'js' },
    outfile: lateFile,
  });
  assertNoExternalDynamicImports(lateScript.metafile, lateFile);
  assertNoSharedModules(providerScript.metafile, lateScript.metafile, provider);
}

/** Throws when a module is in both scripts of `provider`: the late script would hold a second copy of it, with state of its own. */
function assertNoSharedModules(startMeta, lateMeta, provider) {
  const inputs = (meta) => new Set(Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs)));
  const start = inputs(startMeta);
  const shared = [...inputs(lateMeta)].filter((input) => start.has(input));
  if (shared.length > 0) throw new Error(`provider-${provider}: modules in both the start-up and the late script:\n  ${shared.join('\n  ')}`);
}
