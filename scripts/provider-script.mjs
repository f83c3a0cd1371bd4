// Builds a provider's start-up script and its late scripts, as the provider executables run
// them through dist/provider-launch.cjs (src/cli/provider-launch.ts): one CommonJS script of
// the provider entry with every lazy import inlined, and beside it the scripts of what only a
// configured provider needs (late-chunk.mjs). Used by scripts/build.mjs for the two providers
// and by bench/reference/build.ts for the benchmark provider, so that the provider measured
// beside the Go reference starts the way the shipped ones do.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lateChunkEntries, lateChunkName, lateImportsPlugin } from './late-chunk.mjs';
import { lazyRequiresPlugin } from './lazy-requires.mjs';
import { assertNoExternalDynamicImports } from './no-dynamic-imports.mjs';

/**
 * Writes `provider-NAME.cjs` (the bundle of `entryPoint`, which exports `runProvider`) and its
 * late scripts `provider-NAME-late-GROUP.cjs` into `outdir`. `common` holds the esbuild options
 * every script of the build shares.
 */
export async function buildProviderScripts(provider, entryPoint, outdir, common) {
  // Whitespace and syntax minified (names kept, for readable stack traces): a third fewer bytes.
  const scriptOptions = { ...common, format: 'cjs', minifyWhitespace: true, minifySyntax: true, charset: 'ascii', metafile: true };
  const outfile = join(outdir, `provider-${provider}.cjs`);
  // The packages needed only after the provider is configured go to late scripts (see late-chunk.mjs).
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
  const scripts = [{ name: `provider-${provider}.cjs`, metafile: providerScript.metafile }];
  for (const [group, entry] of lateChunkEntries(moved)) {
    const name = lateChunkName(provider, group);
    const lateFile = join(outdir, name);
    const lateScript = await build({ ...scriptOptions, stdin: { contents: entry, resolveDir: '.', sourcefile: name, loader: 'js' }, outfile: lateFile });
    assertNoExternalDynamicImports(lateScript.metafile, lateFile);
    scripts.push({ name, metafile: lateScript.metafile });
  }
  assertNoSharedModules(scripts);
}

/**
 * Throws when a module is in two scripts of a provider: the second copy would be evaluated again,
 * with state of its own (each late script's own entry excepted).
 */
function assertNoSharedModules(scripts) {
  const holders = new Map();
  for (const { name, metafile } of scripts) {
    for (const input of new Set(Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs)))) {
      if (input !== '<stdin>') holders.set(input, [...(holders.get(input) ?? []), name]);
    }
  }
  const shared = [...holders].filter(([, names]) => names.length > 1);
  if (shared.length > 0)
    throw new Error(`modules in more than one script:\n  ${shared.map(([input, names]) => `${input} (${names.join(', ')})`).join('\n  ')}`);
}
