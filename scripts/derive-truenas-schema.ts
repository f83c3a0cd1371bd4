// Derives the project's TrueNAS API schema subsets from the full middleware API dumps in
// ../shared/api (one per release). Run by hand when the simulator or the client starts using
// another method:
//   node --import tsx scripts/derive-truenas-schema.ts [path/to/shared/api]
// The output (src/sim/truenas/schema/truenas-<release>-subset.json) is committed; the simulator
// and the tests read only those files. test/sim/truenas/schema-subset.test.ts checks they are
// what this script would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TRUENAS_RELEASES, subsetFileName, type TrueNASRelease } from '../src/sim/truenas/schema/releases.js';

/**
 * Every method the simulator serves or the client calls. A name a release does not have is
 * left out of that release's subset (the simulator then answers "method does not exist").
 */
export const TRUENAS_METHODS = [
  'auth.login',
  'auth.login_ex',
  'auth.login_ex_continue',
  'auth.login_with_api_key',
  'auth.logout',
  'auth.me',
  'auth.mechanism_choices',
  'core.bulk',
  'core.get_jobs',
  'core.job_wait',
  'core.ping',
  'core.set_options',
  'core.subscribe',
  'core.unsubscribe',
  'disk.query',
  'interface.query',
  'pool.query',
  'system.info',
  'system.ready',
  'system.version',
  ...crudMethods('pool.dataset'),
  ...crudMethods('pool.snapshot'),
  'pool.snapshot.clone',
  'pool.snapshot.rollback',
  ...crudMethods('zfs.snapshot'),
  'zfs.snapshot.clone',
  'zfs.snapshot.rollback',
  ...['auth', 'extent', 'initiator', 'portal', 'target', 'targetextent'].flatMap((kind) => crudMethods(`iscsi.${kind}`)),
  'iscsi.global.config',
  'iscsi.global.update',
  ...crudMethods('sharing.nfs'),
  ...crudMethods('sharing.smb'),
  'service.control',
  'service.query',
  'service.reload',
  'service.restart',
  'service.start',
  'service.stop',
  'service.update',
].sort();

function crudMethods(namespace: string): string[] {
  return ['query', 'get_instance', 'create', 'update', 'delete'].map((verb) => `${namespace}.${verb}`);
}

/** Documentation-only keys, dropped to keep the subset small. `title` stays: it names parameters and union members in error paths. */
const DOCUMENTATION_KEYS = new Set(['description', 'examples', 'doc']);

/** A JSON Schema without its documentation; `properties` maps names (which may be "description") to schemas. */
function stripDocs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripDocs);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(schema)) {
    if (DOCUMENTATION_KEYS.has(key)) continue;
    if ((key === 'properties' || key === 'patternProperties' || key === '$defs') && inner !== null && typeof inner === 'object') {
      out[key] = Object.fromEntries(Object.entries(inner).map(([name, sub]) => [name, stripDocs(sub)]));
    } else if (key === 'default' || key === 'const' || key === 'enum') {
      out[key] = inner;
    } else out[key] = stripDocs(inner);
  }
  return out;
}

interface ApiDump {
  version: string;
  api_version: string;
  source: string;
  source_commit: string;
  methods: Record<string, Record<string, unknown>>;
}

/** Method entry keys kept besides the schemas. */
const KEPT_FLAGS = ['job', 'roles', 'no_auth_required', 'no_authz_required', 'removed_in', 'deprecated', 'private', 'schema_source'];

/** The subset of one release's API dump: the project's methods, their schemas and flags. */
export function deriveSubset(dump: ApiDump): Record<string, unknown> {
  const methods: Record<string, unknown> = {};
  for (const name of TRUENAS_METHODS) {
    const entry = dump.methods[name];
    if (!entry) continue;
    const kept: Record<string, unknown> = { accepts: stripDocs(entry['accepts']), returns: stripDocs(entry['returns']) };
    for (const flag of KEPT_FLAGS) if (flag in entry) kept[flag] = entry[flag];
    methods[name] = kept;
  }
  return {
    version: dump.version,
    api_version: dump.api_version,
    source: dump.source,
    source_commit: dump.source_commit,
    derived_by: 'scripts/derive-truenas-schema.ts',
    methods,
  };
}

/** The committed file's text for a subset (stable: one method per line, keys in the dump's order). */
export function subsetText(subset: Record<string, unknown>): string {
  const { methods, ...head } = subset as { methods: Record<string, unknown> };
  const lines = Object.entries(methods).map(([name, entry]) => `  ${JSON.stringify(name)}: ${JSON.stringify(entry)}`);
  const header = Object.entries(head)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)},`)
    .join('\n');
  return `{\n${header}\n"methods": {\n${lines.join(',\n')}\n}\n}\n`;
}

export const subsetDirectory = fileURLToPath(new URL('../src/sim/truenas/schema/', import.meta.url));
export const defaultSharedApiDirectory = fileURLToPath(new URL('../../shared/api/', import.meta.url));

export function deriveFromShared(sharedApi: string, release: TrueNASRelease): string {
  const dump = JSON.parse(readFileSync(`${sharedApi}/truenas-${release}-api.json`, 'utf8')) as ApiDump;
  return subsetText(deriveSubset(dump));
}

function main(): void {
  const sharedApi = process.argv[2] ?? defaultSharedApiDirectory;
  for (const release of TRUENAS_RELEASES) {
    const text = deriveFromShared(sharedApi, release);
    writeFileSync(`${subsetDirectory}${subsetFileName(release)}`, text);
    const count = Object.keys((JSON.parse(text) as { methods: object }).methods).length;
    console.log(`wrote ${count} methods to ${subsetFileName(release)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
