// Keeps the packages a provider needs only once it talks to its API out of its start-up script.
// A start reads, decodes, hashes and deserializes (from the code cache) all of that script, so
// every byte of it costs every start, terraform's many schema and validation starts included;
// these packages are reached only through dynamic imports (the transports, ssh2, CSR checks with the reflect-metadata they need) or
// by nothing (zod's locales other than English), so they go into a second script,
// dist/provider-NAME-late.cjs, required by the start-up script on first use: each import of one
// of them becomes `require('./provider-NAME-late.cjs')[package]`, and the late script evaluates
// a package only when it is asked for, so the packages are loaded when they were before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Bare imports served from the late script. */
const LATE_PACKAGES = ['undici', 'ws', '@peculiar/x509', 'reflect-metadata', 'ssh2'];

/**
 * A late package that modules evaluated by every start import: each of its exports is read
 * from the late script when first used, not when the importer loads. zod, for a provider
 * whose start evaluates API client modules that only build schemas on first use
 * (src/clients/common/lazy-schema.ts); not the proxmox provider's yet, whose endpoint modules
 * call zod at their top level.
 */
const READ_ON_FIRST_USE = new Set(['zod']);

/** The name under which the late script exports zod's locales module. */
const ZOD_LOCALES = 'zod/locales';

/** The late script of `provider`, beside its start-up script. */
export function lateChunkName(provider) {
  return `provider-${provider}-late.cjs`;
}

/** The names zod's locales module exports (`export { default as de } from "./de.js"`, one a line). */
function zodLocaleNames(localesIndex) {
  return [...readFileSync(localesIndex, 'utf8').matchAll(/export \{ default as (\w+) \}/g)].map((match) => match[1]);
}

/**
 * The esbuild plugin for the start-up script of `provider`: records in `moved` (package name to
 * the file esbuild resolved it to) what it sends to the late script; with `zod`, zod too.
 */
export function lateImportsPlugin(provider, moved, { zod = false } = {}) {
  const chunk = JSON.stringify(`./${lateChunkName(provider)}`);
  const late = new RegExp(`^(${[...LATE_PACKAGES, ...(zod ? ['zod'] : [])].map((name) => name.replace('/', '\\/')).join('|')})$`);
  return {
    name: 'late-imports',
    setup(build) {
      build.onResolve({ filter: late }, async (args) => {
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
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
        if (!args.importer.includes(`${join('node_modules', 'zod')}`)) return undefined;
        moved.set(ZOD_LOCALES, join(dirname(args.importer), args.path));
        return { path: ZOD_LOCALES, namespace: 'late' };
      });
      build.onResolve({ filter: /^\.\/provider-.*-late\.cjs$/, namespace: 'late' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'late' }, (args) => {
        const name = JSON.stringify(args.path);
        if (READ_ON_FIRST_USE.has(args.path)) {
          const names = JSON.stringify(Object.keys(createRequire(import.meta.url)(moved.get(args.path))));
          return {
            contents: `for (const key of ${names}) Object.defineProperty(exports, key, { enumerable: true, get: () => require(${chunk})[${name}][key] });`,
            loader: 'js',
            resolveDir: '.',
          };
        }
        if (args.path !== ZOD_LOCALES) return { contents: `module.exports = require(${chunk})[${name}];`, loader: 'js', resolveDir: '.' };
        // zod's index re-exports its locales as a namespace (`z.locales`): each one is read from
        // the late script when it is first asked for.
        const names = JSON.stringify(zodLocaleNames(moved.get(ZOD_LOCALES)));
        return {
          contents: `for (const locale of ${names}) Object.defineProperty(exports, locale, { enumerable: true, get: () => require(${chunk})[${name}][locale] });`,
          loader: 'js',
          resolveDir: '.',
        };
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
