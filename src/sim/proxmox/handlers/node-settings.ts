// A node's DNS resolvers, /etc/hosts, time zone and node config (pve-manager PVE/API2/Nodes.pm
// `dns`/`update_dns`, `time`/`set_timezone`, `get_etc_hosts`/`write_etc_hosts`; NodeConfig.pm).
import { createHash } from 'node:crypto';
import { etcHostsProblem } from '../../../clients/proxmox/etc-hosts.js';
import { descriptionAsRead } from '../../../clients/proxmox/node-config-description.js';
import { isTimeZone } from '../../../clients/proxmox/time-zone.js';
import { die, paramError } from '../pve-error.js';
import { acmeNodeConfig } from '../acme-node-config.js';
import { listParam, requireNode, unknownNode, type RequestContext, type Routes } from '../engine.js';
import type { SimNodeSettings } from '../node-network-state.js';

function settingsOf(ctx: RequestContext): SimNodeSettings {
  const node = requireNode(ctx);
  const settings = ctx.engine.state.settings.get(node);
  if (!settings) throw unknownNode(node);
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

/**
 * resolv.conf is rewritten from the parameters (pve-common INotify.pm `update_etc_resolv_conf`):
 * a resolver left out is removed, a repeated one and 0.0.0.0 are not written. Reading it back
 * (`read_etc_resolv_conf`) keeps only the first word of the search line; what is stored here is
 * what that reader returns.
 */
function setDns(ctx: RequestContext): null {
  const { search = '' } = ctx.params;
  const servers = [
    ...new Set([ctx.params.dns1, ctx.params.dns2, ctx.params.dns3].filter((ns): ns is string => ns !== undefined && ns !== '' && ns !== '0.0.0.0')),
  ];
  const firstSearch = /^\s*(\S+)/.exec(search)?.[1];
  const [dns1, dns2, dns3] = servers;
  // No search line reads back as no `search` at all; '' stands for that here.
  settingsOf(ctx).dns = { search: firstSearch ?? '', ...(dns1 ? { dns1 } : {}), ...(dns2 ? { dns2 } : {}), ...(dns3 ? { dns3 } : {}) };
  return null;
}

function hosts(ctx: RequestContext): Record<string, string> {
  const data = settingsOf(ctx).hosts;
  return { data, digest: sha1(data) };
}

/** `write_etc_hosts` refuses a line that is not an IP followed by host names. */
function setHosts(ctx: RequestContext): null {
  const settings = settingsOf(ctx);
  assertDigest(ctx.params.digest, sha1(settings.hosts));
  const data = ctx.params.data ?? '';
  const problem = etcHostsProblem(data);
  if (problem !== undefined) throw paramError({ data: problem });
  settings.hosts = data;
  return null;
}

function time(ctx: RequestContext): Record<string, string | number> {
  const now = Math.floor(Date.now() / 1000);
  return { timezone: settingsOf(ctx).timezone, time: now, localtime: now };
}

/** pve-common INotify.pm `write_etc_timezone`: the name must be a file under /usr/share/zoneinfo. */
function setTime(ctx: RequestContext): null {
  const timezone = ctx.params.timezone ?? '';
  if (!isTimeZone(timezone)) throw paramError({ timezone: 'No such timezone' });
  settingsOf(ctx).timezone = timezone;
  return null;
}

function configDigest(config: Record<string, string>): string {
  return sha1(JSON.stringify(Object.entries(config).sort()));
}

function config(ctx: RequestContext): Record<string, string | number> {
  const values = settingsOf(ctx).config;
  const out: Record<string, string | number> = { description: descriptionAsRead(values.description ?? '') };
  for (const [key, value] of Object.entries(values))
    if (key !== 'description') out[key] = /^(ballooning-target|startall-onboot-delay)$/.test(key) ? Number(value) : value;
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
