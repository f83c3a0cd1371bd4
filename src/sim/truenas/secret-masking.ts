// `Secret` fields of results, answered "********" to a user session that is neither a full admin
// nor holds the `<role_prefix>_WRITE` role of the method's service (main.py:836-847 dump_result,
// api/base/model.py:204-215 _model_dump_fallback @TS-25.10.6; the same check in 25.04 and 26.0).
// The roles are the composed ones: those the privileges grant and all they include
// (compose_privilege, plugins/account_/privilege.py:374-391; has_role, auth.py:126-127).
// Which fields of which services: `secret-fields.ts`, per release.
import { expandRoles, grantsFullAdmin } from './authorization.js';
import { sessionRoles } from './granted-roles.js';
import type { TrueNASRelease } from './schema/releases.js';
import { PLAIN_PROVIDER_FIELDS, SECRET_RESULTS, type SecretFields } from './secret-fields.js';
import type { SimState } from './state.js';

/** What the middleware writes for a redacted secret (api/base/types/string.py:78 @TS-25.10.6). */
export const SECRET_VALUE = '********';

/** The methods whose result is the service's entry model (or a list of it). */
const ENTRY_METHODS: readonly string[] = ['query', 'get_instance', 'create', 'update', 'config'];

function secretsOf(release: TrueNASRelease, method: string): SecretFields | undefined {
  const cut = method.lastIndexOf('.');
  const service = method.slice(0, cut);
  const table = SECRET_RESULTS[release];
  const secrets = Object.hasOwn(table, service) ? table[service] : undefined;
  return secrets && (secrets.methods ?? ENTRY_METHODS).includes(method.slice(cut + 1)) ? secrets : undefined;
}

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `row` with `mask` applied to the object at `path` (copied along the way), if there is one. */
function maskAt(row: Row, path: readonly string[], mask: (holder: Row, key: string) => void): Row {
  const [key, ...rest] = path as [string, ...string[]];
  if (!Object.hasOwn(row, key)) return row;
  const copy: Row = { ...row };
  if (rest.length === 0) mask(copy, key);
  else if (isRow(copy[key])) copy[key] = maskAt(copy[key], rest, mask);
  return copy;
}

/** A cloud credential's provider object with its Secret attributes masked (secret-fields.ts). */
function maskProvider(release: TrueNASRelease, provider: Row): Row {
  const type = typeof provider['type'] === 'string' ? provider['type'] : '';
  const plain = Object.hasOwn(PLAIN_PROVIDER_FIELDS[release], type) ? PLAIN_PROVIDER_FIELDS[release][type]! : [];
  return Object.fromEntries(Object.entries(provider).map(([key, value]) => [key, key === 'type' || plain.includes(key) ? value : SECRET_VALUE]));
}

function maskRow(release: TrueNASRelease, row: unknown, secrets: SecretFields): unknown {
  if (!isRow(row)) return row;
  let masked = row;
  for (const field of secrets.fields)
    masked = maskAt(masked, field.split('.'), (holder, key) => {
      holder[key] = SECRET_VALUE;
    });
  if (secrets.byType) {
    const { at, fields } = secrets.byType;
    masked = maskAt(masked, at.split('.'), (holder, key) => {
      const typed = holder[key];
      const type = isRow(typed) && typeof typed['type'] === 'string' ? typed['type'] : '';
      if (isRow(typed) && Object.hasOwn(fields, type))
        holder[key] = Object.fromEntries(Object.entries(typed).map(([name, value]) => [name, fields[type]!.includes(name) ? SECRET_VALUE : value]));
    });
  }
  for (const field of secrets.providers ?? [])
    masked = maskAt(masked, field.split('.'), (holder, key) => {
      const provider = holder[key];
      if (isRow(provider)) holder[key] = maskProvider(release, provider);
    });
  return masked;
}

/** `result` as the session of `username` (null: the middleware's own) is shown it. */
export function maskSecrets(state: SimState, release: TrueNASRelease, username: string | null, method: string, result: unknown): unknown {
  const secrets = secretsOf(release, method);
  if (!secrets || username === null) return result;
  const granted = sessionRoles(state, username);
  if (granted === 'unlimited' || grantsFullAdmin(release, granted) || expandRoles(release, granted).has(`${secrets.rolePrefix}_WRITE`)) return result;
  return Array.isArray(result) ? result.map((row) => maskRow(release, row, secrets)) : maskRow(release, result, secrets);
}
