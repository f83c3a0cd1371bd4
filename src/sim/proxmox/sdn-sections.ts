// Reading and writing SDN sections the way the section-config API handlers do: values checked
// against the type's options (`check_config`), `delete` lists, JSON output typed by the schema,
// and the `pending=1` / `running=1` views (pve-network src/PVE/API2/Network/SDN/*.pm).
import { die, paramError } from './pve-error.js';
import { listParam, type RequestContext } from './engine.js';
import type { HttpMethod } from './schema/types.js';
import { pendingView, type SdnSection, type SdnVersioned } from './sdn-state.js';

/** Parameters the handler consumes itself, never stored in the section. */
const CONTROL = new Set(['delete', 'digest', 'lock-token', 'type', 'pending', 'running']);

/** `check_config`: the options a section of this type takes, from the request (`unexpected property`, `missing value for required option`). */
export function sectionValues(
  params: Readonly<Record<string, string>>,
  idKey: string,
  allowed: { required: readonly string[]; optional: readonly string[] },
  create: boolean,
): SdnSection {
  const values: SdnSection = {};
  for (const [key, value] of Object.entries(params)) {
    if (CONTROL.has(key) || key === idKey) continue;
    if (!allowed.required.includes(key) && !allowed.optional.includes(key)) throw die(`unexpected property '${key}'`);
    // An empty value is not written (pve-common SectionConfig.pm `format_config_line`), so a
    // create keeps nothing for it; an update clears the option (applyUpdate).
    if (create && value === '') continue;
    values[key] = key === 'dhcp-range' ? arrayParam(value) : value;
  }
  if (create) for (const key of allowed.required) if (values[key] === undefined) throw die(`missing value for required option '${key}'`);
  return values;
}

/** An array parameter: a JSON array (several values sent) or one value. */
export function arrayParam(value: string): string[] {
  if (value.startsWith('[')) {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.map(String);
  }
  return [value];
}

/**
 * `delete_from_config`: only an option of the type, never a required one, nor one set in the
 * same request (pve-common src/PVE/SectionConfig.pm, called by every SDN update handler).
 */
export function applyUpdate(
  section: SdnSection,
  values: SdnSection,
  params: Readonly<Record<string, string>>,
  options: { readonly required: readonly string[]; readonly optional: readonly string[] },
): void {
  for (const key of listParam(params.delete)) {
    if (!options.required.includes(key) && !options.optional.includes(key)) throw die(`no such option '${key}'`);
    if (options.required.includes(key)) throw die(`unable to delete required option '${key}'`);
    if (values[key] !== undefined) throw die(`cannot set and delete property '${key}' at the same time!`);
    delete section[key];
  }
  for (const [key, value] of Object.entries(values)) {
    if (value === '') delete section[key];
    else section[key] = value;
  }
}

/** A stable digest of a whole file, as the section config's `digest`. */
export function fileDigest(sections: Map<string, SdnSection>): string {
  let hash = 0;
  for (const char of JSON.stringify([...sections])) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return (hash >>> 0).toString(16).padStart(8, '0').repeat(5);
}

/** Values as JSON the server sends: integers and booleans as numbers (the schema of the create call says which). */
export function sectionJson(ctx: RequestContext, createPath: string, section: Record<string, unknown>): Record<string, unknown> {
  const lookup = ctx.engine.schema.lookup('POST' as HttpMethod, createPath);
  const properties = 'method' in lookup && lookup.method ? (lookup.method.parameters.properties ?? {}) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) {
    const kind = properties[key]?.type;
    if (typeof value === 'string' && (kind === 'integer' || kind === 'boolean')) out[key] = Number(value);
    else if (key === 'pending' && value !== null && typeof value === 'object') out[key] = sectionJson(ctx, createPath, value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

/** The sections a GET shows: written (default), running (`running=1`) or pending beside running (`pending=1`). */
export function viewOf(ctx: RequestContext, kind: SdnVersioned): Map<string, SdnSection> {
  const { sdn } = ctx.engine.state;
  if (ctx.params.pending === '1') return pendingView(sdn.running[kind], sdn.config[kind]);
  if (ctx.params.running === '1') return sdn.running[kind];
  return sdn.config[kind];
}

/** Refuses a write when the caller's digest is stale (`assert_if_modified`). */
export function assertDigest(params: Readonly<Record<string, string>>, current: string): void {
  if (params.digest !== undefined && params.digest !== current) throw die('detected modified configuration - file changed by other user? Try again.');
}

/** A 400 like `raise_param_exc`. */
export function refuse(param: string, text: string): never {
  throw paramError({ [param]: text });
}
