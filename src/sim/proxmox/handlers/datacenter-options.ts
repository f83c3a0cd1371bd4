// `/cluster/options` (datacenter.cfg; pve-manager PVE/API2/Cluster.pm `get_options`,
// `set_options`: values set first, then `delete` removes, so a key in both ends up removed;
// pve-cluster src/PVE/DataCenterConfig.pm `parse_datacenter_config` decodes some property
// strings into objects, but not bwlimit, and `write_datacenter_config` stores the description as
// comment lines, applet as html5 and drops a default MAC prefix) and
// `/cluster/metrics/server` (status.cfg; pve-manager PVE/API2/Cluster/MetricServer.pm,
// PVE/Status/{Graphite,InfluxDB,OpenTelemetry}.pm `options`; the token is kept apart and never
// read back). `next-id` lives in SimState.nextId for /cluster/nextid; `mac_prefix` feeds the MACs
// the simulator generates.
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { applyOptions, sectionOut, sortedList, writtenOptions } from '../datacenter-sections.js';
import type { RequestContext, Routes } from '../engine.js';
import { die } from '../pve-error.js';
import { inSdnLock as underLock } from '../sdn-lock.js';

const DEFAULT_NEXT_ID = { lower: 100, upper: 1_000_000 };
const DEFAULT_MAC_PREFIX = 'BC:24:11';
/**
 * The property-string options the reader decodes into objects, and their default key
 * (`migration: insecure,network=...`). bwlimit is only validated: it stays a string.
 */
const PROPERTY_STRINGS: Readonly<Record<string, string | undefined>> = {
  crs: undefined,
  ha: undefined,
  migration: 'type',
  replication: 'type',
  'next-id': undefined,
  notify: undefined,
  'tag-style': undefined,
  u2f: undefined,
  webauthn: undefined,
  'user-tag-access': undefined,
};

function decoded(key: string, text: string): unknown {
  if (!(key in PROPERTY_STRINGS)) return key === 'max_workers' ? Number(text) : text;
  const { bare, props } = parsePropertyString(text);
  const defaultKey = PROPERTY_STRINGS[key];
  const all: Record<string, string> = bare !== undefined && defaultKey !== undefined ? { [defaultKey]: bare, ...props } : { ...props };
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, /^\d+(\.\d+)?$/.test(v) ? Number(v) : v]));
}

function getOptions(ctx: RequestContext): Record<string, unknown> {
  const { state } = ctx.engine;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state.datacenter.options)) out[key] = decoded(key, value);
  // The reader always sets both: the comment lines (empty without any) and the default prefix.
  out.description ??= '';
  out.mac_prefix ??= DEFAULT_MAC_PREFIX;
  const { lower, upper } = state.nextId;
  if (lower !== DEFAULT_NEXT_ID.lower || upper !== DEFAULT_NEXT_ID.upper) out['next-id'] = { lower, upper };
  return out;
}

/**
 * What `write_datacenter_config` keeps of the options and the reader gives back: the description
 * as `#` lines (Perl `split /\n/` drops trailing empty lines; each line is read back with its
 * "\n"), `console: applet` as html5, and no `mac_prefix` equal to the default (case-insensitive).
 */
function storedAsWritten(options: Record<string, string>): void {
  if (options.description !== undefined) {
    // `$cfg->{description} || ''`: "0" is false in Perl.
    const text = options.description === '0' ? '' : options.description.replace(/\n+$/, '');
    const comment = text === '' ? '' : `${text}\n`;
    if (comment === '') delete options.description;
    else options.description = comment;
  }
  if (options.console === 'applet') options.console = 'html5';
  if (options.mac_prefix?.toUpperCase() === DEFAULT_MAC_PREFIX) delete options.mac_prefix;
}

function setOptions(ctx: RequestContext): null {
  const { engine } = ctx;
  const options = engine.state.datacenter.options;
  const values = writtenOptions(ctx, '');
  const nextId = values['next-id'];
  delete values['next-id'];
  Object.assign(options, values);
  storedAsWritten(options);
  if (nextId !== undefined) {
    const props = parsePropertyString(nextId).props;
    engine.state.nextId = { lower: Number(props.lower ?? DEFAULT_NEXT_ID.lower), upper: Number(props.upper ?? DEFAULT_NEXT_ID.upper) };
  }
  for (const key of sortedList(ctx.params.delete)) {
    if (key === 'next-id') engine.state.nextId = { ...DEFAULT_NEXT_ID };
    delete options[key];
  }
  engine.macPrefix = options.mac_prefix ?? DEFAULT_MAC_PREFIX;
  return null;
}

const METRIC_OPTIONS: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  graphite: { required: ['server'], optional: ['port', 'mtu', 'proto', 'timeout', 'path', 'disable'] },
  influxdb: {
    required: ['server', 'port'],
    optional: ['mtu', 'disable', 'organization', 'bucket', 'token', 'influxdbproto', 'timeout', 'max-body-size', 'api-path-prefix', 'verify-certificate'],
  },
  opentelemetry: {
    required: ['server'],
    optional: [
      'port',
      'disable',
      'otel-protocol',
      'otel-path',
      'otel-timeout',
      'otel-headers',
      'otel-verify-ssl',
      'otel-max-body-size',
      'otel-resource-attributes',
      'otel-compression',
    ],
  },
};

function metricOptions(type: string): { required: readonly string[]; optional: readonly string[] } {
  const options = METRIC_OPTIONS[type];
  if (!options) throw die(`unknown section type '${type}'`);
  return options;
}

/** SectionConfig `check_config` of the type's options. */
function checkMetric(type: string, section: Record<string, string>): void {
  const { required, optional } = metricOptions(type);
  for (const key of Object.keys(section)) if (!required.includes(key) && !optional.includes(key)) throw die(`unexpected property '${key}'`);
  for (const key of required) if (section[key] === undefined) throw die(`missing value for required option '${key}'`);
}

function getMetricServer(ctx: RequestContext): Record<string, unknown> {
  const id = ctx.params.id ?? '';
  const server = ctx.engine.state.datacenter.metricServers.get(id);
  if (!server) throw die(`status server entry '${id}' does not exist`);
  return sectionOut(ctx, '/cluster/metrics/server/{id}', server, { id });
}

function createMetricServer(ctx: RequestContext): null {
  const dc = ctx.engine.state.datacenter;
  const id = ctx.params.id ?? '';
  const type = ctx.params.type ?? '';
  const { token, ...values } = writtenOptions(ctx, 'id');
  underLock("cfs-lock 'file-status_cfg' error", () => {
    if (dc.metricServers.has(id)) throw die(`Metric server '${id}' already exists`);
    checkMetric(type, { ...values, ...(token !== undefined ? { token } : {}) });
    dc.metricServers.set(id, { type, ...values });
    if (token !== undefined) dc.metricTokens.set(id, token);
  });
  return null;
}

function updateMetricServer(ctx: RequestContext): null {
  const dc = ctx.engine.state.datacenter;
  const id = ctx.params.id ?? '';
  const { token, ...values } = writtenOptions(ctx, 'id');
  underLock("cfs-lock 'file-status_cfg' error", () => {
    const server = dc.metricServers.get(id);
    if (!server) throw die(`no such server '${id}'`);
    const { type = '', ...rest } = server;
    // The update's delete loop looks each key up in the type's options (`no such option`).
    const { required, optional } = metricOptions(type);
    for (const key of sortedList(ctx.params.delete)) if (!required.includes(key) && !optional.includes(key)) throw die(`no such option '${key}'`);
    applyOptions(rest, values, ctx.params, required);
    checkMetric(type, rest);
    dc.metricServers.set(id, { type, ...rest });
    if (sortedList(ctx.params.delete).includes('token')) dc.metricTokens.delete(id);
    if (token !== undefined) dc.metricTokens.set(id, token);
  });
  return null;
}

function deleteMetricServer(ctx: RequestContext): null {
  const dc = ctx.engine.state.datacenter;
  const id = ctx.params.id ?? '';
  // The real handler looks the plugin up by the missing entry's (undefined) type: SectionConfig `lookup` dies.
  if (!dc.metricServers.has(id)) throw die("cfs-lock 'file-status_cfg' error: unknown section type ''");
  dc.metricServers.delete(id);
  dc.metricTokens.delete(id);
  return null;
}

export const datacenterOptionRoutes: Routes = {
  'GET /cluster/options': getOptions,
  'PUT /cluster/options': setOptions,
  'GET /cluster/metrics': () => [{ subdir: 'server' }, { subdir: 'export' }],
  'GET /cluster/metrics/server': (ctx) =>
    [...ctx.engine.state.datacenter.metricServers].map(([id, server]) => ({
      id,
      type: server.type,
      server: server.server,
      port: server.port === undefined ? undefined : Number(server.port),
      disable: Number(server.disable ?? 0),
    })),
  'GET /cluster/metrics/server/{id}': getMetricServer,
  'POST /cluster/metrics/server/{id}': createMetricServer,
  'PUT /cluster/metrics/server/{id}': updateMetricServer,
  'DELETE /cluster/metrics/server/{id}': deleteMetricServer,
};
