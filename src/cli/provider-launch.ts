// Start-up of the provider executables. terraform starts a provider process several times per
// command, and much of each start went to parsing and compiling JavaScript. So the build also
// bundles each provider's entry as one CommonJS script, dist/provider-NAME.cjs (that provider
// alone: a start reads and deserializes nothing of the other, and each provider's code cache
// holds its own start-up, not the other's), which this launcher
// compiles with V8's code cache: bytecode of every function the start-up ran, made on this
// machine by the first start after a build (`make build` makes one) and kept per Node version,
// since V8 accepts only caches of its own version and flags; beside the script, or in the
// user's cache folder when the install is read-only. When the script is missing (run
// from the sources), the ES module entry runs as before.
//
// (Node 20's user-land startup snapshot would save more, but it is chosen by a node flag,
// `--snapshot-blob`, on the command line terraform runs; starting a second node to add it would
// cost a whole Node start, the very floor start-up is measured against.)
//
// The launcher itself is built as CommonJS (dist/provider-launch.cjs) and required by the
// CommonJS bin scripts: a start that never enters Node's ES module loader is faster still.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

interface ProviderEntry {
  runProvider(name: string, args: readonly string[]): Promise<void>;
  /**
   * Loads what the provider loads only when a call asks for it (its catalog's types), so that the
   * code cache made by the first start holds their compiled code too: later starts then compile
   * none of it, and run only what their calls need.
   */
  loadForCodeCache?(): Promise<void>;
}

/** Set by scripts/build.mjs: a cache made for another build of the script must never be used. */
declare const TRUEMOX_BUILD_ID: string | undefined;

function buildId(): string | undefined {
  return typeof TRUEMOX_BUILD_ID === 'string' ? TRUEMOX_BUILD_ID : undefined;
}

/**
 * Where the code cache of this build of the script for this Node binary may live: beside the
 * script, or, when the install is not writable by whoever runs terraform (a global npm
 * install, a read-only package store), in the user's cache folder.
 */
export function codeCachePaths(distDir: string, build: string, env: NodeJS.ProcessEnv = process.env): { beside: string; user: string } {
  const file = `provider-${build}-${process.version}-${process.arch}.v8cache`;
  return { beside: join(distDir, file), user: join(userCodeCacheDir(env), file) };
}

/** The folder of code caches kept for the user (`truemox uninstall` empties it of them). */
export function userCodeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(userCacheFolder(env), 'truemox');
}

/** XDG_CACHE_HOME, else ~/.cache; a user with no home (containers running an arbitrary uid) gets one in the temporary folder. */
function userCacheFolder(env: NodeJS.ProcessEnv): string {
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME;
  try {
    return join(homedir(), '.cache');
  } catch {
    return join(tmpdir(), `cache-${process.getuid?.() ?? 'user'}`);
  }
}

/** The cache at `path`; none when it is missing or cannot be read, which never stops a start. */
function readIfPresent(path: string): Buffer | undefined {
  try {
    return existsSync(path) ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache to the first of `paths` that takes it; where none does, starts stay correct, only slower. */
export function saveCodeCache(data: Buffer, paths: readonly string[]): string | undefined {
  for (const path of paths) {
    const partial = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(partial, data);
      renameSync(partial, path); // atomic: concurrent provider starts never read half a cache
      return path;
    } catch {
      if (existsSync(partial)) rmSync(partial);
    }
  }
  return undefined;
}

export interface LaunchOptions {
  /**
   * The script's folder is a terraform provider package (`truemox install`, a release archive):
   * terraform hashes every file in it against the lock file, so nothing may be written there;
   * a cache the package lacks goes to the user's cache folder.
   */
  readonly sealed?: boolean;
}

type ScriptRequire = (id: string) => unknown;

/**
 * Runs the CommonJS script at `scriptPath` compiled with its code cache in `caches` (when
 * there is one V8 accepts); `saveCache` writes a cache of all the script has compiled so far
 * when there was none.
 */
function runCommonJsScript(
  scriptPath: string,
  caches: { beside: string; user: string },
  options: LaunchOptions,
  scriptRequire: ScriptRequire,
): { exports: unknown; cacheStale: boolean; saveCache: () => void } {
  // The user's copy exists only where the install could not take one, so it comes first, and
  // a stale cache is replaced where it was found.
  const userData = readIfPresent(caches.user);
  const cachedData = userData ?? readIfPresent(caches.beside);
  const writeTo = options.sealed ? [caches.user] : userData ? [caches.user, caches.beside] : [caches.beside, caches.user];
  // The build checks that the script is pure ASCII, so latin1 reads it right, at a third of
  // the cost of decoding UTF-8.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(scriptPath, 'latin1')}\n})`;
  const script = new Script(source, { filename: scriptPath, ...(cachedData ? { cachedData } : {}) });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, scriptRequire, module, scriptPath, join(scriptPath, '..'));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  const saveCache = () => {
    if (stale) saveCodeCache(script.createCachedData(), writeTo);
  };
  return { exports: module.exports, cacheStale: stale, saveCache };
}

/**
 * `require` for the start-up script of provider `name`: each of its late scripts (the packages
 * the provider needs once configured, scripts/late-chunk.mjs) is compiled with a code cache of
 * its own too, so the first call to the API does not parse its megabyte of JavaScript on every
 * start; that cache is written as soon as the late script is loaded, once per build.
 */
function startScriptRequire(name: string, distDir: string, build: string, options: LaunchOptions): ScriptRequire {
  const scriptRequire = createRequire(join(distDir, providerScriptName(name)));
  const lateScripts = new Map<string, { exports: unknown }>();
  const requireLate = (id: string): unknown => {
    const group = lateScriptGroup(name, id);
    if (group === undefined) return scriptRequire(id);
    let late = lateScripts.get(group);
    if (late === undefined) {
      const latePath = join(distDir, providerLateScriptName(name, group));
      const loaded = runCommonJsScript(latePath, codeCachePaths(distDir, `${name}-late-${group}-${build}`), options, createRequire(latePath));
      loaded.saveCache();
      late = loaded;
      lateScripts.set(group, late);
    }
    return late.exports;
  };
  return Object.assign(requireLate, scriptRequire);
}

/** The group of a late script of provider `name` that the start-up script requires as `id`; undefined for any other module. */
function lateScriptGroup(name: string, id: string): string | undefined {
  const prefix = `./provider-${name}-late-`;
  if (!id.startsWith(prefix) || !id.endsWith('.cjs')) return undefined;
  const group = id.slice(prefix.length, -'.cjs'.length);
  return /^[a-z0-9]+$/.test(group) ? group : undefined;
}

/** The start-up script of provider `name` in dist/ (scripts/build.mjs makes one per provider). */
export function providerScriptName(name: string): string {
  return `provider-${name}.cjs`;
}

/**
 * A script beside it holding some of what provider `name` needs only once configured (the
 * packages of `group`: an API transport's library, zod), which its start-up script requires on
 * first use (scripts/late-chunk.mjs).
 */
export function providerLateScriptName(name: string, group: string): string {
  return `provider-${name}-late-${group}.cjs`;
}

/** The late scripts of provider `name` in `distDir`, by name. */
export function providerLateScripts(name: string, distDir: string): string[] {
  return readdirSync(distDir)
    .filter((file) => lateScriptGroup(name, `./${file}`) !== undefined)
    .sort();
}

/**
 * Serves provider `name` from the build in `distDir` as terraform started it; resolves once
 * the handshake is out.
 */
export async function launchProvider(name: string, args: readonly string[], distDir: string, options: LaunchOptions = {}): Promise<void> {
  const scriptPath = join(distDir, providerScriptName(name));
  const build = buildId();
  if (build === undefined || !existsSync(scriptPath)) {
    const { runProvider } = (await import(pathToFileURL(join(distDir, 'provider.js')).href)) as ProviderEntry;
    return runProvider(name, args);
  }
  // The cache's name carries the provider's: each script has its own.
  const start = runCommonJsScript(scriptPath, codeCachePaths(distDir, `${name}-${build}`), options, startScriptRequire(name, distDir, build, options));
  const entry = start.exports as ProviderEntry;
  await entry.runProvider(name, args);
  // Made after the handshake, the cache holds the bytecode of all that the start-up ran, and of
  // what the provider loads on demand.
  if (start.cacheStale) await entry.loadForCodeCache?.();
  start.saveCache();
}
