// A node's DNS resolvers, /etc/hosts, time zone and node config (pve-manager PVE/API2/Nodes.pm
// `dns`/`update_dns`, `time`/`set_timezone`, `get_etc_hosts`/`write_etc_hosts`; NodeConfig.pm).
import { createHash } from 'node:crypto';
import { die } from '../pve-error.js';
import { acmeNodeConfig } from '../acme-node-config.js';
import { listParam, requireNode, type RequestContext, type Routes } from '../engine.js';
import type { SimNodeSettings } from '../node-network-state.js';

const TIME_ZONES = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);

function settingsOf(ctx: RequestContext): SimNodeSettings {
  const node = requireNode(ctx);
  const settings = ctx.engine.state.settings.get(node);
  if (!settings) throw die(`no such node '${node}'`);
  return settings;
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** `assert_if_modified`. */
function assertDigest(given: string | undefined, current: string): void {
  if (given !== undefined && given !== current) throw die('detected modified configuration - file changed by other user? Try again.');
}

function dns(ctx: RequestContext): Record<string, string> {
  return { ...settingsOf(ctx).dns };
}

/** resolv.conf is rewritten from the parameters: a resolver left out is removed. */
function setDns(ctx: RequestContext): null {
  const { search = '', dns1, dns2, dns3 } = ctx.params;
  settingsOf(ctx).dns = { search, ...(dns1 ? { dns1 } : {}), ...(dns2 ? { dns2 } : {}), ...(dns3 ? { dns3 } : {}) };
  return null;
}

function hosts(ctx: RequestContext): Record<string, string> {
  const data = settingsOf(ctx).hosts;
  return { data, digest: sha1(data) };
}

function setHosts(ctx: RequestContext): null {
  const settings = settingsOf(ctx);
  assertDigest(ctx.params.digest, sha1(settings.hosts));
  settings.hosts = ctx.params.data ?? '';
  return null;
}

function time(ctx: RequestContext): Record<string, string | number> {
  const now = Math.floor(Date.now() / 1000);
  return { timezone: settingsOf(ctx).timezone, time: now, localtime: now };
}

/** PVE::Systemd::set_timezone: the name must be a file under /usr/share/zoneinfo. */
function setTime(ctx: RequestContext): null {
  const timezone = ctx.params.timezone ?? '';
  if (!TIME_ZONES.has(timezone)) throw die(`invalid time zone '${timezone}'`);
  settingsOf(ctx).timezone = timezone;
  return null;
}

function configDigest(config: Record<string, string>): string {
  return sha1(JSON.stringify(Object.entries(config).sort()));
}

function config(ctx: RequestContext): Record<string, string | number> {
  const values = settingsOf(ctx).config;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) out[key] = /^(ballooning-target|startall-onboot-delay)$/.test(key) ? Number(value) : value;
  const property = ctx.params.property;
  if (property !== undefined) return property in out ? { [property]: out[property] ?? '' } : {};
  return { ...out, digest: configDigest(values) };
}

function setConfig(ctx: RequestContext): null {
  const settings = settingsOf(ctx);
  assertDigest(ctx.params.digest, configDigest(settings.config));
  const { node: _node, delete: remove, digest: _digest, ...values } = ctx.params;
  const next = { ...settings.config, ...values };
  for (const key of listParam(remove)) delete next[key];
  // `verify_conf`: the ACME domains must be unique and their plugins exist.
  acmeNodeConfig(next, ctx.engine.state.certificates.plugins);
  settings.config = next;
  return null;
}

export const settingsRoutes: Routes = {
  'GET /nodes/{node}/dns': dns,
  'PUT /nodes/{node}/dns': setDns,
  'GET /nodes/{node}/hosts': hosts,
  'POST /nodes/{node}/hosts': setHosts,
  'GET /nodes/{node}/time': time,
  'PUT /nodes/{node}/time': setTime,
  'GET /nodes/{node}/config': config,
  'PUT /nodes/{node}/config': setConfig,
};
