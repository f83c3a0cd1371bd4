// `make release`: the providers as registry release files, in build/release/:
//   terraform-provider-NAME_VERSION_OS_ARCH.zip   one per platform
//   terraform-provider-NAME_VERSION_SHA256SUMS    sha256 of every zip, as `shasum -a 256` prints
//   terraform-provider-NAME_VERSION_manifest.json the registry manifest (protocol 6)
//   mirror/registry.terraform.io/truemox/NAME/    index.json + VERSION.json: serve the folder
//                                                 over HTTPS and it is a provider network mirror
//
// Every zip holds `terraform-provider-NAME_vVERSION`. For this machine's platform it is a
// Node single-executable application (the provider and Node in one file, no Node needed on
// the runner); for the other platforms, where this machine's Node binary cannot run, it is the
// package `truemox install` installs (src/cli/provider-package.ts: a small launcher and the
// built dist/ provider, run with the runner's `node` 20+), without this machine's code cache.
// So the release needs a build (`make release` builds first).
//
// Options: --out DIR, --providers truenas,proxmox, --platforms linux_amd64,darwin_arm64,
// --no-sea (launchers everywhere). Zips of one build are byte-for-byte reproducible (fixed timestamps).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync, crc32 } from 'node:zlib';
import { build } from 'esbuild';
import { cachedFile } from './content-cache.js';
import { assertNoExternalDynamicImports } from './no-dynamic-imports.mjs';
import { NAMESPACE, REGISTRY_HOST } from '../src/cli/install.js';
import { terraformPlatform } from '../src/cli/provider-install.js';
import { nodeProviderPackage, providerExecutableName } from '../src/cli/provider-package.js';
import { PROVIDER_NAMES } from '../src/providers/registry.js';
import { VERSION } from '../src/version.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DEFAULT_PLATFORMS = ['linux_amd64', 'linux_arm64', 'darwin_amd64', 'darwin_arm64'] as const;
/** The fuse Node's single-executable support looks for (node/src/node_sea.cc). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export interface ReleaseOptions {
  readonly outDir: string;
  readonly providers: readonly string[];
  readonly platforms: readonly string[];
  /** Build a single executable for this machine's platform (when it is among `platforms`). */
  readonly sea: boolean;
  /**
   * Keep the single-executable archives in this folder by what they are made from (the
   * provider's bundle, this Node binary, the version), and take them from there: the tests
   * build the same release in several files, and each single executable costs tens of CPU seconds.
   */
  readonly seaCacheDir?: string;
}

export interface ReleaseArchive {
  readonly provider: string;
  readonly platform: string;
  readonly file: string;
  readonly sha256: string;
  /** `sea`: self-contained executable; `node`: launcher that needs Node 20+ on the runner. */
  readonly runtime: 'sea' | 'node';
}

export async function buildRelease(options: ReleaseOptions): Promise<ReleaseArchive[]> {
  mkdirSync(options.outDir, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'truemox-release-'));
  try {
    const archives: ReleaseArchive[] = [];
    for (const provider of options.providers) {
      const sea = options.sea && options.platforms.includes(terraformPlatform()) ? await seaArchive(provider, scratch, options.seaCacheDir) : undefined;
      for (const platform of options.platforms) {
        const archive =
          platform === terraformPlatform() && sea
            ? { runtime: 'sea' as const, zip: sea }
            : { runtime: 'node' as const, zip: zipArchive(launcherFiles(provider)) };
        const name = `terraform-provider-${provider}_${VERSION}_${platform}.zip`;
        writeFileSync(join(options.outDir, name), archive.zip);
        archives.push({ provider, platform, file: name, sha256: sha256(archive.zip), runtime: archive.runtime });
      }
      writeProviderMetadata(
        options.outDir,
        provider,
        archives.filter((a) => a.provider === provider),
      );
    }
    return archives;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function executableName(provider: string): string {
  return providerExecutableName(provider, VERSION);
}

/** One CommonJS file with the provider (its own entry: that provider alone) and every dependency (what a single executable needs). */
async function bundleProvider(provider: string, scratch: string): Promise<string> {
  const outfile = join(scratch, `terraform-provider-${provider}.cjs`);
  const result = await build({
    stdin: {
      contents: `const { runProvider } = require('./src/cli/provider-${provider}.ts');\nrunProvider(${JSON.stringify(provider)}, process.argv.slice(2)).catch((error) => { console.error(error); process.exit(1); });\n`,
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: `terraform-provider-${provider}.ts`,
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    legalComments: 'none',
    logLevel: 'error',
    metafile: true,
    // ssh2's optional native add-ons (sshcrypto, cpu-features): left out, it falls back to
    // JavaScript when requiring them fails, as it does in the single executable.
    external: ['*.node'],
  });
  assertNoExternalDynamicImports(result.metafile, outfile);
  return outfile;
}

/** The zip holding `provider`'s single executable for this machine (from `cacheDir` when it holds this build's). */
async function seaArchive(provider: string, scratch: string, cacheDir: string | undefined): Promise<Buffer> {
  const bundle = await bundleProvider(provider, scratch);
  const make = async () => zipArchive([file(executableName(provider), readFileSync(await singleExecutable(bundle)), 0o755)]);
  if (cacheDir === undefined) return make();
  const node = statSync(process.execPath);
  const key = createHash('sha256')
    .update(readFileSync(bundle))
    .update(JSON.stringify([VERSION, process.version, process.arch, process.execPath, node.size, node.mtimeMs]))
    .digest('hex')
    .slice(0, 32);
  return cachedFile(cacheDir, `sea-${provider}`, key, make);
}

/** The part of postject's (untyped) API used here. */
interface PostjectApi {
  inject(file: string, resource: string, data: Buffer, options: { sentinelFuse: string }): Promise<void>;
}

/** A copy of this Node binary with the bundle injected as its single-executable blob. */
async function singleExecutable(bundle: string): Promise<string> {
  const blob = `${bundle}.blob`;
  const config = `${bundle}.sea.json`;
  // Relative paths, run from the bundle's folder: the blob records the main script's name,
  // and a scratch folder's random name would make every build differ.
  writeFileSync(config, JSON.stringify({ main: basename(bundle), output: basename(blob), disableExperimentalSEAWarning: true }));
  execFileSync(process.execPath, ['--experimental-sea-config', basename(config)], { cwd: dirname(bundle), stdio: 'pipe' });
  const executable = `${bundle}.exe`;
  copyFileSync(process.execPath, executable);
  const { inject } = createRequire(import.meta.url)('postject') as PostjectApi;
  await inject(executable, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE });
  return executable;
}

/** The launcher package (what `truemox install` installs), from the build in dist/. */
function launcherFiles(provider: string): ZipEntry[] {
  return nodeProviderPackage({ provider, version: VERSION, distDir: join(ROOT, 'dist'), codeCache: false });
}

function writeProviderMetadata(outDir: string, provider: string, archives: readonly ReleaseArchive[]): void {
  const prefix = `terraform-provider-${provider}_${VERSION}`;
  const sums = archives.map((a) => `${a.sha256}  ${a.file}\n`).join('');
  writeFileSync(join(outDir, `${prefix}_SHA256SUMS`), sums);
  writeFileSync(join(outDir, `${prefix}_manifest.json`), `${JSON.stringify({ version: 1, metadata: { protocol_versions: ['6.0'] } }, null, 2)}\n`);
  writeNetworkMirror(outDir, provider, archives);
}

/**
 * The provider network mirror protocol's two documents. The `zh:` hashes listed there are what
 * puts them into users' lock files (a filesystem mirror yields only `h1:`).
 */
function writeNetworkMirror(outDir: string, provider: string, archives: readonly ReleaseArchive[]): void {
  const dir = join(outDir, 'mirror', REGISTRY_HOST, NAMESPACE, provider);
  mkdirSync(dir, { recursive: true });
  const toRoot = '../../../../';
  const platforms = Object.fromEntries(archives.map((a) => [a.platform, { url: `${toRoot}${a.file}`, hashes: [`zh:${a.sha256}`] }]));
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify({ versions: { [VERSION]: {} } }, null, 2)}\n`);
  writeFileSync(join(dir, `${VERSION}.json`), `${JSON.stringify({ archives: platforms }, null, 2)}\n`);
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

// A minimal zip writer (deflate, Unix modes, fixed 1980-01-01 timestamps): reproducible archives
// whose executables keep their mode when terraform unpacks them.
interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
  readonly mode: number;
}

function file(name: string, data: Buffer, mode: number): ZipEntry {
  return { name, data, mode };
}

const DOS_DATE_1980_01_01 = (1 << 5) | 1;

export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const common = { crc: crc32(entry.data), compressed: compressed.length, size: entry.data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, common);
    locals.push(local, name, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, zip 2.0
    writeEntryFields(central, 6, common);
    central.writeUInt32LE(((0o100000 | entry.mode) << 16) >>> 0, 38); // a regular file's Unix mode
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The fields local and central headers share, from "version needed" to "extra length". */
function writeEntryFields(header: Buffer, at: number, entry: { crc: number; compressed: number; size: number; nameLength: number }): void {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt16LE(0, at + 6); // time 00:00
  header.writeUInt16LE(DOS_DATE_1980_01_01, at + 8);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.compressed, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.nameLength, at + 22);
}

function parseArgs(argv: readonly string[]): ReleaseOptions {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const list = (flag: string, fallback: readonly string[]): string[] => value(flag)?.split(',').filter(Boolean) ?? [...fallback];
  const providers = list('--providers', PROVIDER_NAMES);
  const unknown = providers.filter((p) => !(PROVIDER_NAMES as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`unknown provider(s): ${unknown.join(', ')}`);
  return {
    outDir: value('--out') ?? join(ROOT, 'build', 'release'),
    providers,
    platforms: list('--platforms', DEFAULT_PLATFORMS),
    sea: !argv.includes('--no-sea'),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseArgs(process.argv.slice(2));
  rmSync(options.outDir, { recursive: true, force: true });
  for (const archive of await buildRelease(options)) {
    console.log(`${archive.file}  (${archive.runtime === 'sea' ? 'single executable, no Node needed' : 'needs Node 20+'})`);
  }
  console.log(`release files in ${options.outDir}`);
}
