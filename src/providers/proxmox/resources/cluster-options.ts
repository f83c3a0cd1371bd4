// `proxmox_cluster_options`: the datacenter options (datacenter.cfg, `/cluster/options`). One per
// datacenter: creating adopts the current options; an attribute left out is not managed and
// shows the server's value; destroy leaves the options unless reset_on_destroy removes them.
// Property-string options (migration, next-id, ha, tag-style, bwlimit) are flattened into
// `<option>_<key>` attributes.
import type { DatacenterSection, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { buildPropertyString } from '../../../clients/proxmox/property-string.js';
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { optionAttr, resetOnDestroyAttr } from '../shared/firewall-options.js';
import { proxmoxResource } from '../provider-data.js';

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
    "(the others show the server's values). Destroying it leaves the options as they are, unless reset_on_destroy removes the ones it lists.",
  attributes: {
    id: attr.string({ computed: true, description: 'Always "cluster".', planModifiers: [planModifiers.useStateForUnknown()] }),
    keyboard: optionAttr.text('Default keyboard layout of the VNC console.', [validators.oneOf(...KEYBOARDS)]),
    language: optionAttr.text('Default language of the web interface, such as "en" or "de".'),
    console: optionAttr.text('Default console viewer: applet, vv, html5 or xtermjs.', [validators.oneOf('applet', 'vv', 'html5', 'xtermjs')]),
    http_proxy: optionAttr.text('Proxy for downloads, such as "http://proxy.lan:3128".', [validators.textMatching(/^http:\/\/.+/, 'an http:// URL')]),
    mac_prefix: optionAttr.text('Prefix of generated MAC addresses (unicast, such as "BC:24:11").', [
      validators.textMatching(/^[a-f0-9][02468ace](?::[a-f0-9]{2}){0,2}:?$/i, 'a unicast MAC prefix such as "BC:24:11"'),
    ]),
    max_workers: optionAttr.number('Parallel workers for bulk actions (start all, migrate all).', [validators.integer(), validators.atLeast(1)]),
    email_from: optionAttr.text('Sender address of notification mail.'),
    description: optionAttr.text('Datacenter notes.'),
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
  },
});

type ClusterOptionsModel = ModelOf<typeof clusterOptionsSchema>;

/** The attributes from `/cluster/options` (property strings arrive as objects). */
export function optionsOf(raw: DatacenterSection): Record<OptionAttribute, OptionValue> {
  const out = {} as Record<OptionAttribute, OptionValue>;
  for (const [name, spec] of Object.entries(OPTIONS) as Array<[OptionAttribute, { key: string; sub?: string }]>) {
    const whole = raw[spec.key];
    const value = spec.sub === undefined ? whole : whole !== null && typeof whole === 'object' ? (whole as Record<string, unknown>)[spec.sub] : undefined;
    out[name] = value === undefined || value === null || value === '' ? null : typeof value === 'number' ? value : String(value);
  }
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

/** The `PUT /cluster/options` parameters that set every non-null attribute; flattened ones rebuilt whole. */
export function optionParams(model: Readonly<Record<OptionAttribute, OptionValue | undefined>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const compound: Record<string, Record<string, string | number>> = {};
  for (const [name, spec] of Object.entries(OPTIONS) as Array<[OptionAttribute, { key: string; sub?: string }]>) {
    const value = model[name];
    if (value === null || value === undefined) continue;
    if (spec.sub === undefined) out[spec.key] = value;
    else (compound[spec.key] ??= {})[spec.sub] = value;
  }
  for (const [key, props] of Object.entries(compound)) {
    const { type, ...rest } = props;
    // migration's `type` is its default key, and required once the option is given.
    out[key] = key === 'migration' ? buildPropertyString(rest, String(type ?? 'secure')) : buildPropertyString(props);
  }
  return out;
}

async function read(client: ProxmoxClient, known: ClusterOptionsModel): Promise<ClusterOptionsModel> {
  const values = optionsOf(await client.datacenter.options()) as Omit<ClusterOptionsModel, 'id' | 'reset_on_destroy'>;
  return { ...known, ...values, id: 'cluster', reset_on_destroy: known.reset_on_destroy ?? false };
}

async function write(client: ProxmoxClient, plan: ClusterOptionsModel): Promise<ClusterOptionsModel> {
  await client.datacenter.setOptions(optionParams(plan));
  return read(client, plan);
}

export const clusterOptionsResource = proxmoxResource({
  name: 'proxmox_cluster_options',
  schema: clusterOptionsSchema,
  importId: { description: 'the word cluster', example: 'cluster' },
  create: (ctx, plan) => write(ctx.provider.client, plan),
  read: (ctx, state) => read(ctx.provider.client, state),
  update: (ctx, plan) => write(ctx.provider.client, plan),
  async delete(ctx, state) {
    if (state.reset_on_destroy !== true) return;
    await ctx.provider.client.datacenter.setOptions({}, [...new Set(Object.values(OPTIONS).map((spec) => spec.key))]);
  },
  importState: () => ({}),
  validateConfig(ctx) {
    const lower = ctx.config.number('next_id_lower');
    const upper = ctx.config.number('next_id_upper');
    if (lower !== undefined && upper !== undefined && lower >= upper)
      ctx.error('next_id_upper', 'Empty VMID range', `next_id_upper (${upper}) must be above next_id_lower (${lower}).`);
  },
});
