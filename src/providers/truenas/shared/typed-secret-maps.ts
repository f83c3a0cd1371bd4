// A kind-discriminated object whose fields go in two string maps: `settings` (stored, read back)
// and `secrets` (sensitive; or `secrets_wo`, never stored): cloud sync credentials (per
// provider_type) and ACME DNS authenticators (per authenticator). The plan-time checks of the maps
// against the kind's fields (names, secret or not, values, required ones) and the secrets'
// spelling for `secretToSend` are shared here.
import { isObjectValue } from '../../../framework/values-util.js';
import { isUnknown, type Value } from '../../../values/types.js';
import type { ValidateContext } from '../../../framework/resource.js';
import { SECRET_MASK } from '../../../clients/truenas/schemas/protection.js';
import { cloudFieldProblem, fromApiValue, urlAsConfigured, type CloudProvider } from './cloud-providers.js';

/** The configured map's known string entries, or undefined while the map (or an entry) is unknown. */
export function knownMap(value: Value): Record<string, string> | null | undefined {
  if (value === null) return null;
  if (isUnknown(value) || !isObjectValue(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (isUnknown(entry)) return undefined;
    if (typeof entry === 'string') out[key] = entry;
  }
  return out;
}

type MapNames = 'settings' | 'secrets' | 'secrets_wo';

/**
 * Plan-time checks of `settings` and `secrets`/`secrets_wo` against the fields of the kind
 * `type` names in `kinds` (`what`: "credentials", "authenticators", for the messages).
 */
export function validateTypedMaps<K extends string>(
  ctx: ValidateContext<K | MapNames>,
  type: string | undefined,
  kinds: Readonly<Record<string, CloudProvider>>,
  what: string,
): void {
  const kind = type === undefined ? undefined : kinds[type];
  if (!kind) return;
  const settings = knownMap(ctx.config.get('settings'));
  const secrets = ctx.config.isNull('secrets') ? knownMap(ctx.config.get('secrets_wo')) : knownMap(ctx.config.get('secrets'));
  const secretsAttr: MapNames = ctx.config.isNull('secrets') ? 'secrets_wo' : 'secrets';
  for (const [where, map, wantSecret] of [
    ['settings', settings, false],
    [secretsAttr, secrets, true],
  ] as const) {
    for (const [key, value] of Object.entries(map ?? {})) {
      const field = kind.fields[key];
      const path = [{ attribute: where }, { key }];
      if (!field) {
        ctx.error(path, `${type} takes no field "${key}"`, `${type} ${what} take: ${Object.keys(kind.fields).join(', ')}.`);
      } else if (field.secret === true && !wantSecret) {
        ctx.error(path, `"${key}" is a secret`, `Give ${type}'s "${key}" in secrets or secrets_wo, not in settings, so it stays sensitive.`);
      } else if (field.secret !== true && wantSecret) {
        ctx.error(path, `"${key}" is not a secret`, `Give ${type}'s "${key}" in settings.`);
      } else {
        const problem = cloudFieldProblem(field, value);
        if (problem) ctx.error(path, `Invalid ${key}`, `${type}'s "${key}" ${problem}; got "${value}".`);
      }
    }
  }
  if (settings === undefined || secrets === undefined) return;
  for (const [key, field] of Object.entries(kind.fields)) {
    const given = field.secret ? secrets?.[key] : settings?.[key];
    // No secrets at all: an adopted object keeps the server's (checked on create).
    if (field.secret && secrets === null) continue;
    if (field.required && given === undefined) {
      const where = field.secret ? 'secrets (or secrets_wo)' : 'settings';
      ctx.error(field.secret ? secretsAttr : 'settings', `${type} needs "${key}"`, `${type} ${what} need "${key}" in ${where}.`);
    }
  }
}

const sorted = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));

/** The secrets as `secretToSend` compares them (one string per spelling). */
export function secretsSpelling(m: { secrets: Record<string, string> | null; secrets_wo: Record<string, string> | null; secrets_wo_version: number | null }) {
  return {
    value: m.secrets === null ? null : JSON.stringify(sorted(m.secrets)),
    wo: m.secrets_wo === null ? null : JSON.stringify(sorted(m.secrets_wo)),
    woVersion: m.secrets_wo_version,
  };
}

interface KnownMaps {
  readonly settings?: Record<string, string> | null;
  readonly secrets?: Record<string, string> | null;
  readonly secrets_wo_version?: number | null;
}

/**
 * A server object's fields as the maps in state: settings the configuration leaves out only when
 * they differ from the server's default; secrets only those configured (none when written
 * write-only or not at all).
 */
export function readTypedMaps(values: Readonly<Record<string, unknown>>, kind: CloudProvider | undefined, known: KnownMaps) {
  const settings: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const [key, field] of Object.entries(kind?.fields ?? {})) {
    const read = fromApiValue(values[key]);
    if (read === null) continue;
    // Masked for a key without the write role (read-only planning): what is known stands, nothing else is reported.
    const value = read === SECRET_MASK ? (field.secret ? known.secrets?.[key] : known.settings?.[key]) : read;
    if (value === undefined) continue;
    if (field.secret) {
      if (known.secrets?.[key] !== undefined) secrets[key] = value;
      continue;
    }
    const isDefault = field.default !== undefined && value === fromApiValue(field.default);
    // URL fields come back normalised ("https://h" → "https://h/"): the configured spelling stays.
    if (known.settings?.[key] !== undefined || !isDefault) settings[key] = urlAsConfigured(field, known.settings?.[key], value);
  }
  return { settings, secrets: known.secrets ? secrets : null, secrets_wo: null, secrets_wo_version: known.secrets_wo_version ?? null };
}
