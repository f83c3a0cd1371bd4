// Keeps the packages a provider needs only once it talks to its API out of its start-up script.
// A start reads, decodes, hashes and deserializes (from the code cache) all of that script, so
// every byte of it costs every start, terraform's many schema and validation starts included.
// These packages are used only after the provider is configured: the transports (undici, ws),
// SSH (ssh2), CSR checks (@peculiar/x509 with the reflect-metadata it needs), and zod, which
// builds and parses the API clients' response schemas. So they go into late scripts,
// dist/provider-NAME-late-GROUP.cjs (each with all that its packages import, zod's locales
// included), which the start-up script requires on first use: each import of one of them
// becomes `require('./provider-NAME-late-GROUP.cjs')[package]`, and a late script evaluates a
// package only when it is asked for. A configured provider reads only the late scripts of the
// packages it uses: a TrueNAS plan reads zod and ws (0.8 MB), not undici and the X.509
// libraries as well (2 MB in one script before). Each late script has a code cache of its own
// (src/cli/provider-launch.ts).
import { createRequire } from 'node:module';

/** Bare imports served from late scripts, each with the late script (group) it goes to: packages always used together share one. */
const LATE_GROUPS = new Map([
  ['undici', 'undici'],
  ['ws', 'ws'],
  ['ssh2', 'ssh2'],
  ['zod', 'zod'],
  ['@peculiar/x509', 'x509'],
  ['reflect-metadata', 'x509'],
]);
const LATE_PACKAGES = new RegExp(`^(${[...LATE_GROUPS.keys()].map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`);
/** A late script's name as the start-up script requires it. */
const LATE_SCRIPT = /^\.\/provider-.*-late-[a-z0-9]+\.cjs$/;

/**
 * Late packages that modules evaluated by every start import: each of their exports is read
 * from the late script when first used, not when the importer loads. zod: the API clients'
 * schema modules are evaluated by a start (the providers use their constants), and build their
 * schemas only on first use (src/clients/common/lazy-schema.ts).
 */
const READ_ON_FIRST_USE = new Set(['zod']);

/** The late script of `provider` that holds the packages of `group`, beside its start-up script. */
export function lateChunkName(provider, group) {
  return `provider-${provider}-late-${group}.cjs`;
}

/** The late script's group of a package moved out of the start-up script. */
function groupOf(name) {
  const group = LATE_GROUPS.get(name);
  if (group === undefined) throw new Error(`${name} is not a late package`);
  return group;
}

/**
 * The esbuild plugin for the start-up script of `provider`: records in `moved` (package name to
 * the file esbuild resolved it to) what it sends to the late script.
 */
export function lateImportsPlugin(provider, moved) {
  const chunk = (name) => JSON.stringify(`./${lateChunkName(provider, groupOf(name))}`);
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
      build.onResolve({ filter: LATE_SCRIPT, namespace: 'late' }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /^late-getters:/, namespace: 'late' }, (args) => ({
        path: args.path.slice('late-getters:'.length),
        namespace: 'late-getters',
      }));
      build.onResolve({ filter: LATE_SCRIPT, namespace: 'late-getters' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'late-getters' }, (args) => {
        const names = JSON.stringify(Object.keys(createRequire(import.meta.url)(moved.get(args.path))));
        const name = JSON.stringify(args.path);
        return {
          contents: `for (const key of ${names}) Object.defineProperty(exports, key, { enumerable: true, get: () => require(${chunk(args.path)})[${name}][key] });`,
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
        return { contents: `module.exports = require(${chunk(args.path)})[${name}];`, loader: 'js', resolveDir: '.' };
      });
    },
  };
}

/** The entry of each late script, by group: each of its packages, evaluated on its first read. */
export function lateChunkEntries(moved) {
  const groups = new Map();
  for (const [name, path] of moved) {
    const group = groupOf(name);
    groups.set(group, [...(groups.get(group) ?? []), [name, path]]);
  }
  return new Map([...groups].map(([group, packages]) => [group, lateChunkEntry(packages)]));
}

function lateChunkEntry(packages) {
  const lines = packages.map(
    ([name, path]) =>
      `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => (loaded[${JSON.stringify(name)}] ??= require(${JSON.stringify(path)})) });`,
  );
  return ['const loaded = {};', ...lines].join('\n');
}
