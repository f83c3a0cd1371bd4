// A provider as a self-contained package that runs with the Node.js on PATH: what
// `truemox install` writes into terraform's plugin folder, and what `make release` zips for
// the platforms that get no single executable. It needs nothing from where it was made (the
// clone or npm package may move or go), and nothing is ever written into it: terraform
// checks every file of an installed package against the lock file's hash.
//
//   terraform-provider-NAME_vVERSION  the executable terraform starts: finds node on PATH
//   provider-start.cjs                checks the Node version, starts the launcher
//   provider-launch.cjs               the built launcher (dist/)
//   provider-NAME.cjs                 the provider's start-up script (dist/)
//   provider-NAME-late-GROUP.cjs      what it requires once configured, by package (dist/)
//   provider-NAME-*.v8cache           its code cache, when made for this machine
//
// Only the executable's name starts with `terraform-provider-NAME`: terraform runs the first
// file (by name) that does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerLateScripts, providerScriptName } from './provider-launch.js';

export interface PackageFile {
  readonly name: string;
  readonly data: Buffer;
  readonly mode: number;
}

/** The built files the package of `provider` takes from `distDir` (scripts/build.mjs makes them). */
export function packagedBuildFiles(provider: string, distDir: string): string[] {
  const late = existsSync(distDir) ? providerLateScripts(provider, distDir) : [];
  // A build always makes at least one late script (zod's); none means no build.
  return [providerScriptName(provider), ...(late.length > 0 ? late : [`provider-${provider}-late-*.cjs`]), 'provider-launch.cjs'];
}

/** The lowest Node.js major version the bundles are built for (esbuild target node20). */
const NODE_MAJOR = 20;

export function providerExecutableName(provider: string, version: string): string {
  return `terraform-provider-${provider}_v${version}`;
}

export interface PackageOptions {
  readonly provider: string;
  readonly version: string;
  /** The built dist/ folder. */
  readonly distDir: string;
  /** Take the code cache dist/ holds for this Node binary (made by `make build` on this machine). */
  readonly codeCache: boolean;
}

export function nodeProviderPackage(options: PackageOptions): PackageFile[] {
  const built = packagedBuildFiles(options.provider, options.distDir);
  const missing = built.filter((name) => !existsSync(join(options.distDir, name)));
  if (missing.length > 0) throw new Error(`the providers are not built (${missing.join(', ')} missing in ${options.distDir}): run \`make build\` first`);
  const files: PackageFile[] = [
    { name: providerExecutableName(options.provider, options.version), data: Buffer.from(launcherScript(options.provider, options.version)), mode: 0o755 },
    { name: 'provider-start.cjs', data: Buffer.from(startScript(options.provider)), mode: 0o644 },
    ...built.map((name) => ({ name, data: readFileSync(join(options.distDir, name)), mode: 0o644 })),
  ];
  if (options.codeCache) {
    // Caches carry the Node version and architecture they were made by in their names.
    const ownCache = `-${process.version}-${process.arch}.v8cache`;
    for (const name of readdirSync(options.distDir).filter((file) => file.startsWith(`provider-${options.provider}-`) && file.endsWith(ownCache))) {
      files.push({ name, data: readFileSync(join(options.distDir, name)), mode: 0o644 });
    }
  }
  return files;
}

/**
 * Errors go to stdout as well: terraform shows a line a provider prints there instead of its
 * handshake ("Unrecognized remote plugin message"), while stderr only reaches its logs.
 */
function launcherScript(provider: string, version: string): string {
  const noNode = `truemox ${provider} provider ${version}: needs Node.js ${NODE_MAJOR} or later on PATH, and found no node there (PATH=$PATH)`;
  return [
    '#!/bin/sh',
    `# The truemox ${provider} provider ${version}, run with the Node.js ${NODE_MAJOR}+ found on PATH,`,
    '# from the files beside this one (nothing outside this folder).',
    'if ! command -v node >/dev/null 2>&1; then',
    `  echo "${noNode}"`,
    `  echo "${noNode}" >&2`,
    '  exit 1',
    'fi',
    // `exec`: terraform stops the process it started; a shell left in between would keep it waiting.
    'exec node "$(dirname "$0")/provider-start.cjs" "$@"',
    '',
  ].join('\n');
}

function startScript(provider: string): string {
  return [
    "'use strict';",
    `// Started by ${providerExecutableName(provider, '*')} beside it (see truemox src/cli/provider-package.ts).`,
    `if (Number(process.versions.node.split('.')[0]) < ${NODE_MAJOR}) {`,
    `  const message = 'truemox ${provider} provider: needs Node.js ${NODE_MAJOR} or later; the node on PATH (' + process.execPath + ') is ' + process.version;`,
    '  console.log(message);',
    '  console.error(message);',
    '  process.exit(1);',
    '}',
    `require('./provider-launch.cjs').launchProvider(${JSON.stringify(provider)}, process.argv.slice(2), __dirname, { sealed: true });`,
    '',
  ].join('\n');
}
