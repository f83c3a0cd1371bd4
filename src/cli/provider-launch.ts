// Start-up of the provider executables. terraform starts a provider process several times per
// command, and much of each start went to parsing and compiling JavaScript. So the build also
// bundles the provider entry as one CommonJS script, dist/provider.cjs, which this launcher
// compiles with V8's code cache: bytecode of every function the start-up ran, made on this
// machine by the first start after a build (`make build` makes one) and kept per Node version,
// since V8 accepts only caches of its own version and flags. When the script is missing (run
// from the sources), the ES module entry runs as before.
//
// (Node 20's user-land startup snapshot would save more, but it is chosen by a node flag,
// `--snapshot-blob`, on the command line terraform runs; starting a second node to add it would
// cost a whole Node start, the very floor start-up is measured against.)
//
// The launcher itself is built as CommonJS (dist/provider-launch.cjs) and required by the
// CommonJS bin scripts: a start that never enters Node's ES module loader is faster still.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

interface ProviderEntry {
  runProvider(name: string, args: readonly string[]): Promise<void>;
}

/** Set by scripts/build.mjs: a cache made for another build of the script must never be used. */
declare const TRUEMOX_BUILD_ID: string | undefined;

function buildId(): string | undefined {
  return typeof TRUEMOX_BUILD_ID === 'string' ? TRUEMOX_BUILD_ID : undefined;
}

/** The code cache of this build of the script for this Node binary. */
export function codeCachePath(distDir: string, build: string): string {
  return join(distDir, `provider-${build}-${process.version}-${process.arch}.v8cache`);
}

function readIfPresent(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** Writes the cache beside the script; a read-only install simply runs without one. */
function saveCodeCache(script: Script, path: string): void {
  const partial = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, path); // atomic: concurrent provider starts never read half a cache
  } catch {
    // Not writable: start-up stays correct, only slower.
  }
}

function loadCommonJsEntry(scriptPath: string, cachePath: string): { entry: ProviderEntry; afterStart: () => void } {
  const cachedData = readIfPresent(cachePath);
  // The build checks that the script is pure ASCII, so latin1 reads it right, at a third of
  // the cost of decoding UTF-8.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(scriptPath, 'latin1')}\n})`;
  const script = new Script(source, { filename: scriptPath, ...(cachedData ? { cachedData } : {}) });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as ProviderEntry };
  wrapper.call(module.exports, module.exports, createRequire(scriptPath), module, scriptPath, join(scriptPath, '..'));
  // Made after the handshake, the cache holds the bytecode of all that the start-up ran.
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  const afterStart = () => {
    if (stale) saveCodeCache(script, cachePath);
  };
  return { entry: module.exports, afterStart };
}

/**
 * Serves provider `name` from the build in `distDir` as terraform started it; resolves once
 * the handshake is out.
 */
export async function launchProvider(name: string, args: readonly string[], distDir: string): Promise<void> {
  const scriptPath = join(distDir, 'provider.cjs');
  const build = buildId();
  if (build === undefined || !existsSync(scriptPath)) {
    const { runProvider } = (await import(pathToFileURL(join(distDir, 'provider.js')).href)) as ProviderEntry;
    return runProvider(name, args);
  }
  const { entry, afterStart } = loadCommonJsEntry(scriptPath, codeCachePath(distDir, build));
  await entry.runProvider(name, args);
  afterStart();
}
