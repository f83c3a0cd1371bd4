// Builds the two reference providers `make bench` compares and installs them into the bench's
// filesystem mirror under one local name, `bench`: the Go one as example.com/go/bench, ours
// as example.com/node/bench, so one configuration serves both.
//
// The Go provider is built from Debian's packages only (installed with apt-get when missing):
// Go code generated from the project's own proto/ files at bench time, compiled in GOPATH mode
// against /usr/share/gocode with module downloads off. Nothing generated is committed.
import type { BuildOptions } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installProvider } from '../../src/cli/provider-install.js';
import { createProviderServer } from '../../src/framework/server.js';
import codecs from '../../src/protocol/generated/codecs.cjs';
import { buildProviderScripts } from '../../scripts/provider-script.mjs';
import { warmProviderCodeCache } from '../../scripts/warm-code-cache.mjs';
import { BENCH_PROVIDER_NAME, benchProvider, plannedDefaults } from './node-provider.js';

/** Debian packages the Go reference needs, with the command each provides. */
const GO_PACKAGES: Readonly<Record<string, string>> = {
  'golang-go': 'go',
  'protobuf-compiler': 'protoc',
  'protoc-gen-go': 'protoc-gen-go',
  'protoc-gen-go-grpc': 'protoc-gen-go-grpc',
  'golang-google-grpc-dev': '',
  'golang-google-protobuf-dev': '',
  'golang-github-vmihailenco-msgpack.v5-dev': '',
};
const GOCODE = '/usr/share/gocode';

const project = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

function installed(pkg: string): boolean {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return false;
  }
}

/** Installs the Debian packages that are missing (as root, or through sudo). */
export function ensureGoToolchain(log: (line: string) => void): void {
  const missing = Object.keys(GO_PACKAGES).filter((pkg) => !installed(pkg));
  if (missing.length === 0) return;
  log(`  apt-get install -y ${missing.join(' ')}`);
  const root = process.getuid?.() === 0;
  const [command, ...args] = [...(root ? [] : ['sudo']), 'apt-get', 'install', '-y', ...missing];
  execFileSync(command!, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Compiles the Go reference into `dir`; returns the executable's path. */
function buildGoProvider(dir: string): string {
  const gopath = join(dir, 'gopath');
  const src = join(gopath, 'src', 'truemox.bench');
  for (const pkg of ['tfplugin6', 'plugin', 'goprovider']) mkdirSync(join(src, pkg), { recursive: true });
  const mappings = ['Mtfplugin6.proto=truemox.bench/tfplugin6', 'Mplugin.proto=truemox.bench/plugin'];
  for (const [file, pkg] of [
    ['tfplugin6.proto', 'tfplugin6'],
    ['plugin.proto', 'plugin'],
  ] as const) {
    const options = mappings.flatMap((m) => [`--go_opt=${m}`, `--go-grpc_opt=${m}`]);
    execFileSync(
      'protoc',
      [
        '-I',
        project('proto'),
        '-I',
        '/usr/include',
        `--go_out=${join(src, pkg)}`,
        '--go_opt=paths=source_relative',
        `--go-grpc_out=${join(src, pkg)}`,
        '--go-grpc_opt=paths=source_relative',
        ...options,
        file,
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  for (const file of ['main.go', 'provider.go', 'codec.go']) cpSync(project(`bench/go-provider/${file}`), join(src, 'goprovider', file));
  const executable = join(dir, 'go-provider');
  execFileSync('go', ['build', '-o', executable, 'truemox.bench/goprovider'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      GO111MODULE: 'off',
      GOPROXY: 'off',
      GOFLAGS: '',
      GOPATH: `${gopath}:${GOCODE}`,
      GOCACHE: process.env.GOCACHE ?? project('bench/.go-cache'),
    },
  });
  return executable;
}

/** The schema response our framework sends for the bench provider, protobuf-encoded, and the defaults it plans. */
async function writeSchemaFiles(dir: string): Promise<{ schemaFile: string; defaultsFile: string }> {
  const response = await createProviderServer(benchProvider).getProviderSchema({}, undefined as never);
  const codec = (codecs.tfplugin6 as codecs.Namespace).GetProviderSchema as codecs.Namespace;
  const messageCodec = codec.Response as codecs.MessageCodec;
  const schemaFile = join(dir, 'schema.bin');
  writeFileSync(schemaFile, messageCodec.encode(messageCodec.fromObject(response)).finish());
  const defaultsFile = join(dir, 'defaults.json');
  writeFileSync(
    defaultsFile,
    JSON.stringify(plannedDefaults(), (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
  );
  return { schemaFile, defaultsFile };
}

/**
 * Ours, built and started as the shipped providers are: a CommonJS start-up script and its late
 * script (scripts/provider-script.mjs), run by dist/provider-launch.cjs with a V8 code cache
 * made by one start here. Returns the executable terraform runs.
 */
export async function buildNodeProvider(dir: string): Promise<string> {
  const launcher = project('dist/provider-launch.cjs');
  if (!existsSync(launcher)) throw new Error(`${launcher} is missing: run \`make build\` first`);
  const common: BuildOptions = { bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning', external: ['*.node'] };
  await buildProviderScripts(BENCH_PROVIDER_NAME, project('bench/reference/node-provider-script.ts'), dir, common);
  const executable = join(dir, `terraform-provider-${BENCH_PROVIDER_NAME}.cjs`);
  const launch = `require(${JSON.stringify(launcher)}).launchProvider(${JSON.stringify(BENCH_PROVIDER_NAME)}, process.argv.slice(2), ${JSON.stringify(dir)});`;
  writeFileSync(executable, `'use strict';\n${launch}\n`);
  await warmProviderCodeCache(BENCH_PROVIDER_NAME, pathToFileURL(executable), pathToFileURL(`${dir}/`));
  return executable;
}

export const REFERENCE_SOURCES = { go: 'example.com/go/bench', node: 'example.com/node/bench', profiled: 'example.com/profiled/bench' } as const;
export type ReferenceKind = keyof typeof REFERENCE_SOURCES;

/**
 * Builds both and installs them into `mirrorDir`, and ours once more as `profiled`: started
 * from source (so profiles name the source files) with `node --cpu-prof` writing to `profileDir`.
 */
export async function installReferenceProviders(root: string, mirrorDir: string, profileDir: string, log: (line: string) => void): Promise<void> {
  ensureGoToolchain(log);
  const dir = join(root, 'reference');
  mkdirSync(dir, { recursive: true });
  const goProvider = existsSync(join(dir, 'go-provider')) ? join(dir, 'go-provider') : buildGoProvider(dir);
  const { schemaFile, defaultsFile } = await writeSchemaFiles(dir);
  const nodeExecutable = await buildNodeProvider(dir);
  const common = { mirrorDir, hostname: 'example.com', type: 'bench', version: '0.0.1' };
  installProvider({ ...common, namespace: 'go', command: [goProvider, schemaFile, defaultsFile] });
  installProvider({ ...common, namespace: 'node', command: [process.execPath, nodeExecutable] });
  const tsx = pathToFileURL(project('node_modules/tsx/dist/loader.mjs')).href;
  const profiled = [process.execPath, '--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--import', tsx, project('bench/reference/node-provider-main.ts')];
  installProvider({ ...common, namespace: 'profiled', command: profiled });
}
