// `proxmox_cluster_options`: the datacenter options (datacenter.cfg, `/cluster/options`). One per
// datacenter: creating adopts the current options; an attribute left out is not managed and
// shows the server's value; destroy leaves the options unless reset_on_destroy removes the ones
// the configuration sets. Property-string options (migration, next-id, ha, tag-style, bwlimit)
// are flattened into `<option>_<key>` attributes; a write merges them into the server's current
// value, since `set_options` replaces a key whole (pve-manager PVE/API2/Cluster.pm) and would
// otherwise drop the sub-keys not modelled (tag-style color-map) or not configured.
import type { DatacenterSection, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { buildPropertyString, parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators, type Validator } from '../../../framework/validators.js';
import type { Value } from '../../../values/types.js';
import { keepServerValue, optionAttr, resetOnDestroyAttr } from '../shared/firewall-options.js';
import { proxmoxResource } from '../provider-data.js';
import { idAttribute } from '../shared/key-attributes.js';

/** Attribute -> datacenter.cfg key, and the key inside its property string for flattened ones. */
const OPTIONS = {
  keyboard: { key: 'keyboard' },
  language: { key: 'language' },
  console: { key: 'console' },
  http_proxy: { key: 'http_proxy' },
  mac_prefix: { key: 'mac_prefix' },
  max_workers: { key: 'max_workers' },
  email_from: { key: 'email_from' },
  description: { key: 'description' },
  migration_type: { key: 'migration', sub: 'type' },
  migration_network: { key: 'migration', sub: 'network' },
  next_id_lower: { key: 'next-id', sub: 'lower' },
  next_id_upper: { key: 'next-id', sub: 'upper' },
  ha_shutdown_policy: { key: 'ha', sub: 'shutdown_policy' },
  tag_style_shape: { key: 'tag-style', sub: 'shape' },
  tag_style_ordering: { key: 'tag-style', sub: 'ordering' },
  bwlimit_default: { key: 'bwlimit', sub: 'default' },
  bwlimit_migration: { key: 'bwlimit', sub: 'migration' },
  bwlimit_restore: { key: 'bwlimit', sub: 'restore' },
  bwlimit_clone: { key: 'bwlimit', sub: 'clone' },
  bwlimit_move: { key: 'bwlimit', sub: 'move' },
} as const satisfies Record<string, { key: string; sub?: string }>;

type OptionAttribute = keyof typeof OPTIONS;
type OptionValue = string | number | null;

/** The default key of a property-string option (`migration: insecure,network=...`), required once the option is given. */
const DEFAULT_KEYS: Readonly<Record<string, { key: string; value: string }>> = { migration: { key: 'type', value: 'secure' } };

/**
 * Spellings pve-cluster src/PVE/DataCenterConfig.pm reads back otherwise: the description is
 * stored as `#` comment lines and read with a "\n" after each (trailing empty lines dropped),
 * `console: applet` is written and read as html5, and a `mac_prefix` equal to the default
 * (`uc(...) eq 'BC:24:11'`) is not written, the reader filling in "BC:24:11".
 */
const EQUIVALENT: Partial<Record<OptionAttribute, (a: string, b: string) => boolean>> = {
  description: (a, b) => a.replace(/\n+$/, '') === b.replace(/\n+$/, ''),
  console: (a, b) => (a === 'applet' ? 'html5' : a) === (b === 'applet' ? 'html5' : b),
  mac_prefix: (a, b) => a.toUpperCase() === b.toUpperCase(),
};

function equivalentText(name: OptionAttribute): (a: Value, b: Value) => boolean {
  const equals = EQUIVALENT[name];
  return (a, b) => typeof a === 'string' && typeof b === 'string' && (a === b || equals?.(a, b) === true);
}

/** An options attribute whose value the server may read back in another spelling. */
function respeltText(name: OptionAttribute, description: string, checks: Validator<string>[]) {
  const equals = equivalentText(name);
  return attr.string({
    optional: true,
    computed: true,
    description,
    validators: checks,
    semanticEquals: equals,
    planModifiers: [keepServerValue, planModifiers.keepEquivalent(equals)],
  });
}

const KEYBOARDS = [
  'de',
  'de-ch',
  'da',
  'en-gb',
  'en-us',
  'es',
  'fi',
  'fr',
  'fr-be',
  'fr-ca',
  'fr-ch',
  'hu',
  'is',
  'it',
  'ja',
  'lt',
  'mk',
  'nl',
  'no',
  'pl',
  'pt',
  'pt-br',
  'sv',
  'sl',
  'tr',
];
const bandwidth = (what: string) => optionAttr.number(`Bandwidth limit of ${what}, KiB/s.`, [validators.atLeast(0)]);

const clusterOptionsSchema = schema({
  description:
    'The datacenter options (datacenter.cfg). There is one per datacenter: creating the resource adopts the current options, and only the attributes you set are managed ' +
    "(the others show the server's values). Destroying it leaves the options as they are, unless reset_on_destroy removes the ones the configuration sets (managed_options).",
  attributes: {
    id: idAttribute('Always "cluster".'),
    keyboard: optionAttr.text('Default keyboard layout of the VNC console.', [validators.oneOf(...KEYBOARDS)]),
    language: optionAttr.text('Default language of the web interface, such as "en" or "de".'),
    console: respeltText('console', 'Default console viewer: vv, html5 or xtermjs (applet, the retired Java viewer, is stored as html5).', [
      validators.oneOf('applet', 'vv', 'html5', 'xtermjs'),
    ]),
    http_proxy: optionAttr.text('Proxy for downloads, such as "http://proxy.lan:3128".', [validators.textMatching(/^http:\/\/.+/, 'an http:// URL')]),
    mac_prefix: respeltText('mac_prefix', 'Prefix of generated MAC addresses (unicast, such as "BC:24:11"; letters in either case).', [
      validators.textMatching(/^[a-f0-9][02468ace](?::[a-f0-9]{2}){0,2}:?$/i, 'a unicast MAC prefix such as "BC:24:11"'),
    ]),
    max_workers: optionAttr.number('Parallel workers for bulk actions (start all, migrate all).', [validators.integer(), validators.atLeast(1)]),
    email_from: optionAttr.text('Sender address of notification mail.'),
    description: respeltText('description', 'Datacenter notes (trailing newlines are not kept).', []),
    migration_type: optionAttr.text('Migration traffic: secure (over SSH) or insecure.', [validators.oneOf('secure', 'insecure')]),
    migration_network: optionAttr.text('Network (CIDR) migrations use.', [validators.cidr()]),
    next_id_lower: optionAttr.number('Lowest VMID handed out as the next free one.', [validators.integer(), validators.between(100, 999_999_999)]),
    next_id_upper: optionAttr.number('Upper bound (exclusive) of the next free VMIDs.', [validators.integer(), validators.between(100, 1_000_000_000)]),
    ha_shutdown_policy: optionAttr.text('HA on node shutdown: freeze, failover, conditional or migrate.', [
      validators.oneOf('freeze', 'failover', 'conditional', 'migrate'),
    ]),
    tag_style_shape: optionAttr.text('Tag shape in the tree: full, circle, dense or none.', [validators.oneOf('full', 'circle', 'dense', 'none')]),
    tag_style_ordering: optionAttr.text('Tag order: config or alphabetical.', [validators.oneOf('config', 'alphabetical')]),
    bwlimit_default: bandwidth('everything not listed'),
    bwlimit_migration: bandwidth('migrations'),
    bwlimit_restore: bandwidth('restores'),
    bwlimit_clone: bandwidth('clones'),
    bwlimit_move: bandwidth('disk moves'),
    reset_on_destroy: resetOnDestroyAttr,
    managed_options: attr.set(ty.string, {
      computed: true,
      description: 'The option attributes the configuration sets, recorded at plan time while reset_on_destroy is true (null otherwise): the ones it removes.',
    }),
  },
});

type ClusterOptionsModel = ModelOf<typeof clusterOptionsSchema>;

/**
 * A property-string option's sub-keys as `/cluster/options` answers: an object for the ones
 * `parse_datacenter_config` decodes, the raw text for bwlimit, which it never decodes
 * (pve-cluster src/PVE/DataCenterConfig.pm; `bwlimit` is only schema-checked by parse_config).
 */
function subKeysOf(key: string, whole: unknown): Record<string, unknown> {
  if (whole !== null && typeof whole === 'object' && !Array.isArray(whole)) return { ...(whole as Record<string, unknown>) };
  if (typeof whole !== 'string') return {};
  const { bare, props } = parsePropertyString(whole);
  const defaultKey = DEFAULT_KEYS[key];
  return bare !== undefined && defaultKey !== undefined ? { [defaultKey.key]: bare, ...props } : { ...props };
}

/** Sub-keys as the option's property string (the default key first, bare). */
function propertyStringOf(key: string, props: Readonly<Record<string, unknown>>): string {
  const text: Record<string, string> = {};
  for (const [sub, value] of Object.entries(props)) if (value !== undefined && value !== null && value !== '') text[sub] = String(value);
  const defaultKey = DEFAULT_KEYS[key];
  if (defaultKey === undefined) return buildPropertyString(text);
  const { [defaultKey.key]: bare, ...rest } = text;
  return buildPropertyString(rest, bare ?? defaultKey.value);
}

/** The attributes from `/cluster/options`. */
export function optionsOf(raw: DatacenterSection): Record<OptionAttribute, OptionValue> {
  const out = {} as Record<OptionAttribute, OptionValue>;
  for (const [name, spec] of Object.entries(OPTIONS) as Array<[OptionAttribute, { key: string; sub?: string }]>) {
    const whole = raw[spec.key];
    const value = spec.sub === undefined ? whole : subKeysOf(spec.key, whole)[spec.sub];
    out[name] = value === undefined || value === null || value === '' ? null : typeof value === 'number' ? value : String(value);
  }
  // The reader adds a "\n" after every comment line.
  if (typeof out.description === 'string') out.description = out.description.replace(/\n$/, '') || null;
  for (const name of [
    'max_workers',
    'next_id_lower',
    'next_id_upper',
    'bwlimit_default',
    'bwlimit_migration',
    'bwlimit_restore',
    'bwlimit_clone',
    'bwlimit_move',
  ] as const) {
    if (out[name] !== null) out[name] = Number(out[name]);
  }
  return out;
}

function sameOption(name: OptionAttribute, wanted: string | number, current: OptionValue): boolean {
  return wanted === current || equivalentText(name)(wanted, current);
}

/**
 * The `PUT /cluster/options` parameters for the non-null attributes the server does not hold yet.
 * `current` is the server's answer: `set_options` replaces a key whole, so each property string
 * is the server's value with the changed sub-keys put in.
 */
export function optionParams(model: Readonly<Record<OptionAttribute, OptionValue | undefined>>, current: DatacenterSection): Record<string, string | number> {
  const server = optionsOf(current);
  const out: Record<string, string | number> = {};
  const compound: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of Object.entries(OPTIONS) as Array<[OptionAttribute, { key: string; sub?: string }]>) {
    const value = model[name];
    if (value === null || value === undefined || sameOption(name, value, server[name])) continue;
    if (spec.sub === undefined) out[spec.key] = value;
    else (compound[spec.key] ??= subKeysOf(spec.key, current[spec.key]))[spec.sub] = value;
  }
  for (const [key, props] of Object.entries(compound)) out[key] = propertyStringOf(key, props);
  return out;
}

/**
 * What reset_on_destroy sends: the managed plain options deleted; the managed sub-keys taken out
 * of the server's property string, which is deleted once nothing is left in it.
 */
export function resetParams(managed: readonly string[], current: DatacenterSection): { set: Record<string, string>; remove: string[] } {
  const remove = new Set<string>();
  const compound: Record<string, Record<string, unknown>> = {};
  for (const name of managed) {
    const spec: { key: string; sub?: string } | undefined = OPTIONS[name as OptionAttribute];
    if (spec === undefined || current[spec.key] === undefined) continue;
    if (spec.sub === undefined) remove.add(spec.key);
    else delete (compound[spec.key] ??= subKeysOf(spec.key, current[spec.key]))[spec.sub];
  }
  const set: Record<string, string> = {};
  for (const [key, props] of Object.entries(compound)) {
    if (Object.values(props).every((value) => value === undefined || value === null || value === '')) remove.add(key);
    else set[key] = propertyStringOf(key, props);
  }
  return { set, remove: [...remove].sort() };
}

async function read(client: ProxmoxClient, known: ClusterOptionsModel): Promise<ClusterOptionsModel> {
  const values = optionsOf(await client.datacenter.options()) as Omit<ClusterOptionsModel, 'id' | 'reset_on_destroy' | 'managed_options'>;
  return { ...known, ...values, id: 'cluster', reset_on_destroy: known.reset_on_destroy ?? false, managed_options: known.managed_options ?? null };
}

async function write(client: ProxmoxClient, plan: ClusterOptionsModel): Promise<ClusterOptionsModel> {
  const params = optionParams(plan, await client.datacenter.options());
  if (Object.keys(params).length > 0) await client.datacenter.setOptions(params);
  return read(client, plan);
}

export const clusterOptionsResource = proxmoxResource({
  name: 'proxmox_cluster_options',
  schema: clusterOptionsSchema,
  importId: { description: 'the word cluster', example: 'cluster', only: ['cluster'] },
  create: (ctx, plan) => write(ctx.provider.client, plan),
  read: (ctx, state) => read(ctx.provider.client, state),
  update: (ctx, plan) => write(ctx.provider.client, plan),
  async delete(ctx, state) {
    if (state.reset_on_destroy !== true) return;
    if (state.managed_options === null) {
      ctx.warn(
        'Datacenter options not reset',
        'The state does not record which options this configuration sets (it predates managed_options), so reset_on_destroy removed none. Apply once before destroying to record them.',
      );
      return;
    }
    const client = ctx.provider.client;
    const { set, remove } = resetParams(state.managed_options, await client.datacenter.options());
    if (Object.keys(set).length > 0 || remove.length > 0) await client.datacenter.setOptions(set, remove);
  },
  importState: () => ({}),
  // Only the configuration tells which options are managed; destroy has no configuration. Recorded
  // only while reset_on_destroy may be on: nothing else reads it, and an import (which has no
  // configuration to record) would otherwise plan an update.
  modifyPlan(ctx) {
    const resets = ctx.config.isNull('reset_on_destroy') ? false : ctx.config.isKnown('reset_on_destroy') ? ctx.config.bool('reset_on_destroy') : true;
    ctx.setPlanned('managed_options', resets ? (Object.keys(OPTIONS) as OptionAttribute[]).filter((name) => !ctx.config.isNull(name)) : null);
  },
  validateConfig(ctx) {
    const lower = ctx.config.number('next_id_lower');
    const upper = ctx.config.number('next_id_upper');
    if (lower !== undefined && upper !== undefined && lower >= upper)
      ctx.error('next_id_upper', 'Empty VMID range', `next_id_upper (${upper}) must be above next_id_lower (${lower}).`);
  },
});
