// `/cluster/sdn/vnets` and their subnets (pve-network src/PVE/API2/Network/SDN/Vnets.pm,
// Subnets.pm; checks from VnetPlugin.pm, SubnetPlugin.pm and the zone plugins'
// `vnet_update_hook`). Access is checked on `/sdn/zones/<zone>/<vnet>` by the handlers.
import { cidrContains as contains, ipNumber, isIP } from '../../../clients/common/ip-address.js';
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { die, paramError } from '../pve-error.js';
import type { RequestContext, Routes } from '../engine.js';
import { hasPrivileges, requirePrivileges } from '../permissions.js';
import { inSdnLock } from '../sdn-lock.js';
import { applyUpdate, assertDigest, fileDigest, sectionJson, sectionValues, viewOf } from '../sdn-sections.js';
import type { SdnSection } from '../sdn-state.js';

const VNET_OPTIONS = { required: ['zone'], optional: ['tag', 'alias', 'vlanaware', 'isolate-ports'] };
const SUBNET_OPTIONS = { required: ['vnet'], optional: ['gateway', 'snat', 'dnszoneprefix', 'dhcp-range', 'dhcp-dns-server'] };

/** `$check_vnet_access`: the privilege on the vnet's zone path. */
function checkVnetAccess(ctx: RequestContext, vnet: string, privs: readonly string[]): void {
  const section = ctx.engine.state.sdn.config.vnets.get(vnet);
  if (!section) throw die(`sdn vnet '${vnet}' does not exist`);
  requirePrivileges(ctx.engine.state, ctx.who, `/sdn/zones/${String(section.zone)}/${vnet}`, privs, true);
}

/** The zone plugin's `vnet_update_hook` and VnetPlugin `on_update_hook`. */
function vnetCheck(ctx: RequestContext, id: string, vnet: SdnSection): void {
  const { zones, vnets, subnets } = ctx.engine.state.sdn.config;
  const zone = zones.get(String(vnet.zone));
  if (!zone) throw die(`unknown section type ''`);
  const tag = vnet.tag === undefined ? undefined : Number(vnet.tag);
  const hasSubnets = [...subnets.values()].some((subnet) => subnet.vnet === id);
  if (vnet.vlanaware === '1' && hasSubnets) throw paramError({ vlanaware: 'vlanaware vnet is not compatible with subnets' });
  const sameZone = [...vnets].filter(([other, section]) => other !== id && section.zone === vnet.zone && section.tag !== undefined);
  switch (zone.type) {
    case 'simple':
      if (tag !== undefined) throw paramError({ tag: 'vlan tag is not allowed on simple zone' });
      return;
    case 'vlan':
      if (tag === undefined) throw paramError({ tag: 'missing vlan tag' });
      if (tag > 4096) throw paramError({ tag: 'vlan tag max value is 4096' });
      for (const [other, section] of sameZone) if (Number(section.tag) === tag) throw paramError({ tag: `tag ${tag} already exist in vnet ${other}` });
      return;
    case 'qinq':
      if (tag !== undefined && tag > 4096) throw paramError({ tag: 'VLAN tag maximal value is 4096' });
      for (const [other, section] of sameZone) {
        if (Number(section.tag) === tag) throw paramError({ tag: `tag ${tag} already exist in zone ${String(vnet.zone)} vnet ${other}` });
      }
      return;
    default:
      // vxlan and evpn: the tag is the VNI.
      if (tag === undefined) throw paramError({ tag: 'missing vxlan tag' });
      if (tag > 16777216) throw paramError({ tag: 'vxlan tag max value is 16777216' });
      if (zone.type === 'evpn' && vnet.vlanaware === '1') throw paramError({ 'vlan-aware': "vlan-aware option can't be enabled with evpn" });
  }
}

function vnetJson(ctx: RequestContext, id: string, section: SdnSection): Record<string, unknown> {
  return sectionJson(ctx, '/cluster/sdn/vnets', { ...section, vnet: id, digest: fileDigest(ctx.engine.state.sdn.config.vnets) });
}

function listVnets(ctx: RequestContext): Array<Record<string, unknown>> {
  const { state } = ctx.engine;
  return [...viewOf(ctx, 'vnets')]
    .filter(([id, section]) => hasPrivileges(state, ctx.who, `/sdn/zones/${zoneOf(section)}/${id}`, ['SDN.Audit', 'SDN.Allocate'], true))
    .map(([id, section]) => vnetJson(ctx, id, section));
}

/** A vnet's zone, also when the zone is only in its pending changes. */
function zoneOf(section: SdnSection & { pending?: Record<string, unknown> }): string {
  return String(section.zone ?? section.pending?.zone ?? '');
}

function getVnet(ctx: RequestContext): Record<string, unknown> {
  const id = ctx.params.vnet ?? '';
  const section = viewOf(ctx, 'vnets').get(id);
  if (!section) throw die(`sdn vnet '${id}' does not exist`);
  requirePrivileges(ctx.engine.state, ctx.who, `/sdn/zones/${zoneOf(section)}/${id}`, ['SDN.Audit', 'SDN.Allocate'], true);
  return vnetJson(ctx, id, section);
}

/**
 * `create` of a vnet or a subnet (Vnets.pm, Subnets.pm): under the SDN lock, the section from the
 * parameters (`check_config`), refused when its id is taken, then the plugin's checks.
 */
function createSection(ctx: RequestContext, kind: 'vnet' | 'subnet', id: string, options: typeof VNET_OPTIONS, check: (section: SdnSection) => void): null {
  const sections = ctx.engine.state.sdn.config[`${kind}s`];
  inSdnLock(`create sdn ${kind} object failed`, () => {
    const section = { type: kind, ...sectionValues(ctx.params, kind, options, true) };
    if (sections.has(id)) throw die(`sdn ${kind} object ID '${id}' already defined`);
    check(section);
    sections.set(id, section);
  });
  return null;
}

function createVnet(ctx: RequestContext): null {
  const id = ctx.params.vnet ?? '';
  return createSection(ctx, 'vnet', id, VNET_OPTIONS, (vnet) => vnetCheck(ctx, id, vnet));
}

function updateVnet(ctx: RequestContext): null {
  const id = ctx.params.vnet ?? '';
  checkVnetAccess(ctx, id, ['SDN.Allocate']);
  const { vnets, subnets } = ctx.engine.state.sdn.config;
  inSdnLock('update sdn vnet object failed', () => {
    assertDigest(ctx.params, fileDigest(vnets));
    const old = vnets.get(id) ?? {};
    const next = { ...old };
    applyUpdate(next, sectionValues(ctx.params, 'vnet', VNET_OPTIONS, false), ctx.params, VNET_OPTIONS);
    if (next.zone === undefined) throw paramError({ zone: 'cannot delete zone' });
    const hasSubnets = [...subnets.values()].some((subnet) => subnet.vnet === id);
    if (hasSubnets && old.zone !== next.zone) throw paramError({ zone: "can't change zone if subnets exist" });
    vnetCheck(ctx, id, next);
    vnets.set(id, next);
  });
  return null;
}

function deleteVnet(ctx: RequestContext): null {
  const id = ctx.params.vnet ?? '';
  checkVnetAccess(ctx, id, ['SDN.Allocate']);
  const { vnets, subnets } = ctx.engine.state.sdn.config;
  inSdnLock('delete sdn vnet object failed', () => {
    if ([...subnets.values()].some((subnet) => subnet.vnet === id)) throw paramError({ vnet: "Can't delete vnet if subnets exists" });
    vnets.delete(id);
  });
  return null;
}

/** `zone-10.0.0.0-24` → cidr, network, mask, zone (what `sdn_subnets_config` adds). */
function subnetParts(id: string): { zone: string; network: string; mask: string; cidr: string } {
  const match = /^(.+)-([^-]+)-(\d+)$/.exec(id);
  const [, zone = '', network = '', mask = ''] = match ?? [];
  return { zone, network, mask, cidr: `${network}/${mask}` };
}

/** The subnet id a path names: its id, or its CIDR (`parse_sdn_subnet_id`). */
function subnetId(ctx: RequestContext, vnet: string, given: string): string {
  if (!given.includes('/')) return given;
  const zone = String(ctx.engine.state.sdn.config.vnets.get(vnet)?.zone ?? '');
  return `${zone}-${given.replace('/', '-')}`;
}

interface DhcpRange {
  'start-address': string;
  'end-address': string;
}

function dhcpRanges(section: SdnSection): DhcpRange[] {
  const ranges = section['dhcp-range'];
  const list = Array.isArray(ranges) ? ranges : ranges === undefined ? [] : [ranges];
  return list.map((text) => {
    const { props } = parsePropertyString(text);
    return { 'start-address': props['start-address'] ?? '', 'end-address': props['end-address'] ?? '' };
  });
}

/** SubnetPlugin.pm `on_update_hook`: the gateway and DHCP ranges lie in the subnet, ranges do not overlap. */
function subnetCheck(ctx: RequestContext, cidr: string, subnet: SdnSection): void {
  const vnet = ctx.engine.state.sdn.config.vnets.get(String(subnet.vnet));
  if (!vnet) throw paramError({ vnet: `${String(subnet.vnet)} don't exist` });
  if (vnet.vlanaware === '1') throw paramError({ vnet: "you can't add a subnet on a vlanaware vnet" });
  const gateway = subnet.gateway as string | undefined;
  const pointToPoint = isIP(gateway ?? '') === 4 && cidr.endsWith('/32');
  if (gateway !== undefined && !contains(cidr, gateway) && !pointToPoint) throw paramError({ gateway: `${gateway} is not in subnet ${cidr}` });
  const seen: Array<[bigint, bigint]> = [];
  for (const range of dhcpRanges(subnet)) {
    const start = range['start-address'];
    const end = range['end-address'];
    if (isIP(start) === 0) throw paramError({ 'dhcp-range': `start-address is not a valid IP ${start}` });
    if (isIP(end) === 0) throw paramError({ 'dhcp-range': `end-address is not a valid IP ${end}` });
    if (ipNumber(start) > ipNumber(end)) throw paramError({ 'dhcp-range': `start-address ${start} must be smaller than end-address ${end}` });
    if (!contains(cidr, start)) throw paramError({ 'dhcp-range': `start-address ${start} is not in subnet ${cidr}` });
    if (!contains(cidr, end)) throw paramError({ 'dhcp-range': `end-address ${end} is not in subnet ${cidr}` });
    const span: [bigint, bigint] = [ipNumber(start), ipNumber(end)];
    if (seen.some(([a, b]) => span[0] <= b && a <= span[1])) throw paramError({ 'dhcp-range': 'dhcp ranges must not overlap' });
    seen.push(span);
  }
}

function subnetJson(ctx: RequestContext, id: string, section: SdnSection & { pending?: Record<string, unknown> }): Record<string, unknown> {
  const { pending, ...values } = section;
  const out: Record<string, unknown> = { ...values, subnet: id, ...subnetParts(id), digest: fileDigest(ctx.engine.state.sdn.config.subnets) };
  if (values['dhcp-range'] !== undefined) out['dhcp-range'] = dhcpRanges(values);
  // Only the top-level ranges are decoded (`$api_sdn_subnets_config`); pending ones stay the stored strings.
  if (pending !== undefined) out.pending = pending;
  return sectionJson(ctx, '/cluster/sdn/vnets/{vnet}/subnets', out);
}

function listSubnets(ctx: RequestContext): Array<Record<string, unknown>> {
  const vnet = ctx.params.vnet ?? '';
  checkVnetAccess(ctx, vnet, ['SDN.Audit', 'SDN.Allocate']);
  return [...viewOf(ctx, 'subnets')]
    .filter(([, section]) => (section.vnet ?? (section as { pending?: Record<string, unknown> }).pending?.vnet) === vnet)
    .map(([id, section]) => subnetJson(ctx, id, section));
}

function getSubnet(ctx: RequestContext): Record<string, unknown> {
  const vnet = ctx.params.vnet ?? '';
  checkVnetAccess(ctx, vnet, ['SDN.Audit', 'SDN.Allocate']);
  const id = subnetId(ctx, vnet, ctx.params.subnet ?? '');
  const section = viewOf(ctx, 'subnets').get(id);
  if (!section) throw die(`sdn subnet '${id}' does not exist`);
  if (section.vnet !== undefined && section.vnet !== vnet) throw paramError({ vnet: 'wrong vnet' });
  return subnetJson(ctx, id, section);
}

function createSubnet(ctx: RequestContext): null {
  const vnet = ctx.params.vnet ?? '';
  checkVnetAccess(ctx, vnet, ['SDN.Allocate']);
  const cidr = ctx.params.subnet ?? '';
  return createSection(ctx, 'subnet', subnetId(ctx, vnet, cidr), SUBNET_OPTIONS, (subnet) => subnetCheck(ctx, cidr, subnet));
}

function updateSubnet(ctx: RequestContext): null {
  const vnet = ctx.params.vnet ?? '';
  checkVnetAccess(ctx, vnet, ['SDN.Allocate']);
  const { subnets } = ctx.engine.state.sdn.config;
  inSdnLock('update sdn subnet object failed', () => {
    assertDigest(ctx.params, fileDigest(subnets));
    const id = subnetId(ctx, vnet, ctx.params.subnet ?? '');
    const old = subnets.get(id);
    if (!old) throw die(`sdn subnet '${id}' does not exist`);
    if (old.vnet !== vnet) throw paramError({ vnet: 'wrong vnet' });
    const next = { ...old };
    const { vnet: _vnet, ...params } = ctx.params;
    applyUpdate(next, sectionValues(params, 'subnet', SUBNET_OPTIONS, false), ctx.params, SUBNET_OPTIONS);
    subnetCheck(ctx, subnetParts(id).cidr, next);
    subnets.set(id, next);
  });
  return null;
}

function deleteSubnet(ctx: RequestContext): null {
  const vnet = ctx.params.vnet ?? '';
  checkVnetAccess(ctx, vnet, ['SDN.Allocate']);
  const { subnets } = ctx.engine.state.sdn.config;
  inSdnLock('delete sdn subnet object failed', () => {
    const id = subnetId(ctx, vnet, ctx.params.subnet ?? '');
    if (!subnets.has(id)) throw die(`sdn subnet '${id}' does not exist`);
    subnets.delete(id);
  });
  return null;
}

export const sdnVnetRoutes: Routes = {
  'GET /cluster/sdn/vnets': listVnets,
  'POST /cluster/sdn/vnets': createVnet,
  'GET /cluster/sdn/vnets/{vnet}': getVnet,
  'PUT /cluster/sdn/vnets/{vnet}': updateVnet,
  'DELETE /cluster/sdn/vnets/{vnet}': deleteVnet,
  'GET /cluster/sdn/vnets/{vnet}/subnets': listSubnets,
  'POST /cluster/sdn/vnets/{vnet}/subnets': createSubnet,
  'GET /cluster/sdn/vnets/{vnet}/subnets/{subnet}': getSubnet,
  'PUT /cluster/sdn/vnets/{vnet}/subnets/{subnet}': updateSubnet,
  'DELETE /cluster/sdn/vnets/{vnet}/subnets/{subnet}': deleteSubnet,
};
