// Derives which TrueNAS role includes which, per release, from the middleware's role
// definitions (truenas/middleware src/middlewared/middlewared/role.py, the `ROLES` dict and the
// READONLY_ADMIN line after it, at each release tag). Run by hand when a release is added:
//   node --import tsx scripts/derive-truenas-roles.ts [path/to/truenas-middleware git directory]
// The output (src/sim/truenas/schema/truenas-roles.json) is committed; the simulator and the
// tests read only that file.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TRUENAS_RELEASES, type TrueNASRelease } from '../src/sim/truenas/schema/releases.js';
import type { ReleaseRoles, RoleDefinition, RoleTables } from '../src/sim/truenas/schema/role-types.js';

/** The middleware tag of each release whose API dump the project carries. */
const RELEASE_TAGS: Record<TrueNASRelease, string> = {
  '25.04.2.6': 'TS-25.04.2.6',
  '25.10.6': 'TS-25.10.6',
  '26.0.0-beta3': 'TS-26.0.0-BETA.3',
};

const ROLE_FILE = 'src/middlewared/middlewared/role.py';

/** The one statement after the dict on every release: READONLY_ADMIN includes every `*_READ` role. */
const READONLY_ADMIN_LINE = "ROLES['READONLY_ADMIN'] = Role(includes=[role for role in ROLES if role.endswith('_READ')], builtin=False)";

/**
 * The roles of one role.py: each `'NAME': Role(includes=[...], full_admin=True, ...)` entry of
 * the `ROLES = {...}` dict, then READONLY_ADMIN. Anything else that touches ROLES fails, so a
 * release that defines roles another way is noticed rather than misread.
 */
export function parseRoles(source: string): Record<string, RoleDefinition> {
  const start = source.indexOf('\nROLES = {\n');
  const end = source.indexOf('\n}\n', start);
  if (start < 0 || end < 0) throw new Error('role.py: no `ROLES = {` ... `}` block');
  const body = source
    .slice(start + '\nROLES = {\n'.length, end)
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .join('\n');
  const roles: Record<string, RoleDefinition> = {};
  const entry = /'([A-Z0-9_]+)':\s*Role\(([^()]*)\),?/g;
  let consumed = body;
  for (const match of body.matchAll(entry)) {
    const [text, name, args] = match as unknown as [string, string, string];
    const includes = /includes=\[([^\]]*)\]/.exec(args)?.[1] ?? '';
    roles[name] = {
      includes: [...includes.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]!),
      ...(/full_admin=True/.test(args) ? { full_admin: true } : {}),
    };
    consumed = consumed.replace(text, '');
  }
  if (consumed.trim() !== '') throw new Error(`role.py: unread text in ROLES: ${consumed.trim().slice(0, 200)}`);
  const after = source.slice(end + 3).split('\n');
  const extra = after.filter((line) => line.startsWith('ROLES['));
  if (extra.length !== 1 || extra[0] !== READONLY_ADMIN_LINE) throw new Error(`role.py: unexpected ROLES statements: ${extra.join(' | ')}`);
  roles['READONLY_ADMIN'] = { includes: Object.keys(roles).filter((name) => name.endsWith('_READ')) };
  return roles;
}

/** The committed file's text: one role per line, so a diff between regenerations shows whole roles. */
function rolesText(tables: RoleTables): string {
  const release = ([name, { roles, ...head }]: [string, ReleaseRoles]) => {
    const lines = Object.entries(roles).map(([role, definition]) => `    ${JSON.stringify(role)}: ${JSON.stringify(definition)}`);
    const header = Object.entries(head).map(([key, value]) => `   ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
    return `  ${JSON.stringify(name)}: {\n${header.join('\n')}\n   "roles": {\n${lines.join(',\n')}\n   }\n  }`;
  };
  const releases = Object.entries(tables.releases).map(release);
  return `{\n "derived_by": ${JSON.stringify(tables.derived_by)},\n "releases": {\n${releases.join(',\n')}\n }\n}\n`;
}

export const rolesFile = fileURLToPath(new URL('../src/sim/truenas/schema/truenas-roles.json', import.meta.url));
const defaultMirror = '/work/.mirror/truenas+middleware/repo';

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
}

function main(): void {
  const repo = process.argv[2] ?? defaultMirror;
  const tables: Record<string, unknown> = {};
  for (const release of TRUENAS_RELEASES) {
    const tag = RELEASE_TAGS[release];
    tables[release] = {
      source: `truenas/middleware tag ${tag} ${ROLE_FILE}`,
      source_commit: git(repo, 'rev-parse', `${tag}^{commit}`).trim(),
      roles: parseRoles(git(repo, 'show', `${tag}:${ROLE_FILE}`)),
    };
  }
  writeFileSync(rolesFile, rolesText({ derived_by: 'scripts/derive-truenas-roles.ts', releases: tables as RoleTables['releases'] }));
  console.log(`wrote ${TRUENAS_RELEASES.length} role tables to ${rolesFile}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
