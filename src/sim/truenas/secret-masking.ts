// `Secret` fields of results, answered "********" to a user session that is neither a full admin
// nor holds the `<role_prefix>_WRITE` role of the method's service (main.py:836-847 dump_result,
// api/base/model.py:204-215 _model_dump_fallback @TS-25.10.6; the same check in 25.04 and 26.0).
// The roles are the composed ones: those the privileges grant and all they include
// (compose_privilege, plugins/account_/privilege.py:374-391; has_role, auth.py:126-127).
// Modelled for the services below only; their entry models' Secret fields and role prefixes are
// the same on the three releases.
import { expandRoles, grantsFullAdmin } from './authorization.js';
import { sessionRoles } from './granted-roles.js';
import type { TrueNASRelease } from './schema/releases.js';
import type { SimState } from './state.js';

/** What the middleware writes for a redacted secret (api/base/types/string.py:78 @TS-25.10.6). */
export const SECRET_VALUE = '********';

interface SecretFields {
  readonly rolePrefix: string;
  /** The entry model's Secret fields, each masked whole. */
  readonly fields: readonly string[];
}

const SECRET_RESULTS: Readonly<Record<string, SecretFields>> = {
  // plugins/keychain.py:286 role_prefix, api/v25_10_5/keychain.py:54 KeychainCredentialEntry.attributes
  // @TS-25.10.6 (keychain.py:279, api/v25_04_2/keychain.py:43 @TS-25.04.2.6; :285, v26_0_0/keychain.py:52 @TS-26.0.0-BETA.3).
  keychaincredential: { rolePrefix: 'KEYCHAIN_CREDENTIAL', fields: ['attributes'] },
  // plugins/iscsi_/auth.py:40, api/v25_10_5/iscsi_auth.py:25,29 IscsiAuthEntry @TS-25.10.6 (auth.py:40,
  // v25_04_2/iscsi_auth.py:22,24 @TS-25.04.2.6; auth.py:44, v26_0_0/iscsi_auth.py:22,27 @TS-26.0.0-BETA.3).
  'iscsi.auth': { rolePrefix: 'SHARING_ISCSI_AUTH', fields: ['secret', 'peersecret'] },
  // plugins/acme_protocol.py:233, api/v25_10_5/acme_dns_authenticator.py:135 @TS-25.10.6 (:198, :114
  // @TS-25.04.2.6; :232, :113 @TS-26.0.0-BETA.3).
  'acme.dns.authenticator': { rolePrefix: 'NETWORK_INTERFACE', fields: ['attributes'] },
};

/** The methods whose result is the service's entry model (or a list of it). */
const ENTRY_METHODS = new Set(['query', 'get_instance', 'create', 'update']);

function secretsOf(method: string): SecretFields | undefined {
  const cut = method.lastIndexOf('.');
  const service = method.slice(0, cut);
  return ENTRY_METHODS.has(method.slice(cut + 1)) && Object.hasOwn(SECRET_RESULTS, service) ? SECRET_RESULTS[service] : undefined;
}

function maskRow(row: unknown, fields: readonly string[]): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return row;
  const masked: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of fields) if (Object.hasOwn(masked, field)) masked[field] = SECRET_VALUE;
  return masked;
}

/** `result` as the session of `username` (null: the middleware's own) is shown it. */
export function maskSecrets(state: SimState, release: TrueNASRelease, username: string | null, method: string, result: unknown): unknown {
  const secrets = secretsOf(method);
  if (!secrets || username === null) return result;
  const granted = sessionRoles(state, username);
  if (granted === 'unlimited' || grantsFullAdmin(release, granted) || expandRoles(release, granted).has(`${secrets.rolePrefix}_WRITE`)) return result;
  return Array.isArray(result) ? result.map((row) => maskRow(row, secrets.fields)) : maskRow(result, secrets.fields);
}
