// Keeps the packages a provider needs only once it talks to its API out of its start-up script.
// A start reads, decodes, hashes and deserializes (from the code cache) all of that script, so
// every byte of it costs every start, terraform's many schema and validation starts included.
// These packages are used only after the provider is configured: the transports (undici, ws),
// SSH (ssh2), CSR checks (@peculiar/x509 with the reflect-metadata it needs), and zod, which
// builds and parses the API clients' response schemas. So they go into a second script,
// dist/provider-NAME-late.cjs (with all that they import, zod's locales included), which the
// start-up script requires on first use: each import of one of them becomes
// `require('./provider-NAME-late.cjs')[package]`, and the late script evaluates a package only
// when it is asked for. The late script has a code cache of its own (src/cli/provider-launch.ts).
import { createRequire } from 'node:module';

/** Bare imports served from the late script. */
const LATE_PACKAGES = /^(undici|ws|@peculiar\/x509|reflect-metadata|ssh2|zod)$/;

/**
 * Late packages that modules evaluated by every start import: each of their exports is read
 * from the late script when first used, not when the importer loads. zod: the API clients'
 * schema modules are evaluated by a start (the providers use their constants), and build their
 * schemas only on first use (src/clients/common/lazy-schema.ts).
 */
const READ_ON_FIRST_USE = new Set(['zod']);

/** The late script of `provider`, beside its start-up script. */
export function lateChunkName(provider) {
  return `provider-${provider}-late.cjs`;
}

/**
 * The esbuild plugin for the start-up script of `provider`: records in `moved` (package name to
 * the file esbuild resolved it to) what it sends to the late script.
 */
export function lateImportsPlugin(provider, moved) {
  const chunk = JSON.stringify(`./${lateChunkName(provider)}`);
  return {
    name: 'late-imports',
    setup(build) {
      build.onResolve({ filter: LATE_PACKAGES }, async (args) => {
        if (args.pluginData?.lateResolve) return undefined;
        // Resolved as require() resolves it: the late script hands over a package's CommonJS
        // exports, which an import of it (a default import of ws included) reads as before.
        const resolved = await build.resolve(args.path, {
          kind: 'require-call',
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { lateResolve: true },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        moved.set(args.path, resolved.path);
        return { path: args.path, namespace: 'late' };
      });
      build.onResolve({ filter: /^\.\/provider-.*-late\.cjs$/, namespace: 'late' }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /^late-getters:/, namespace: 'late' }, (args) => ({
        path: args.path.slice('late-getters:'.length),
        namespace: 'late-getters',
      }));
      build.onResolve({ filter: /^\.\/provider-.*-late\.cjs$/, namespace: 'late-getters' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'late-getters' }, (args) => {
        const names = JSON.stringify(Object.keys(createRequire(import.meta.url)(moved.get(args.path))));
        const name = JSON.stringify(args.path);
        return {
          contents: `for (const key of ${names}) Object.defineProperty(exports, key, { enumerable: true, get: () => require(${chunk})[${name}][key] });`,
          loader: 'js',
          resolveDir: '.',
        };
      });
      build.onLoad({ filter: /.*/, namespace: 'late' }, (args) => {
        const name = JSON.stringify(args.path);
        // An ES module re-exporting the getters' CommonJS module: esbuild copies the getters
        // once, not into every module that imports the package.
        if (READ_ON_FIRST_USE.has(args.path))
          return { contents: `export * from ${JSON.stringify(`late-getters:${args.path}`)};`, loader: 'js', resolveDir: '.' };
        return { contents: `module.exports = require(${chunk})[${name}];`, loader: 'js', resolveDir: '.' };
      });
    },
  };
}

/** The entry of the late script: each moved package, evaluated on its first read. */
export function lateChunkEntry(moved) {
  const lines = [...moved].map(
    ([name, path]) =>
      `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => (loaded[${JSON.stringify(name)}] ??= require(${JSON.stringify(path)})) });`,
  );
  return ['const loaded = {};', ...lines].join('\n');
}
