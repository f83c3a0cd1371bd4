// `/cluster/sdn`: zones, controllers and IPAMs, and the apply (`PUT /cluster/sdn`) that commits
// the written configuration and reloads every node's network (pve-network
// src/PVE/API2/Network/SDN.pm, SDN/Zones.pm, SDN/Controllers.pm, SDN/Ipams.pm).
import { isSdnZoneType, SDN_ZONE_OPTIONS } from '../../../clients/proxmox/sdn-zone-types.js';
import { die, paramError } from '../pve-error.js';
import type { RequestContext, Routes } from '../engine.js';
import { hasPrivileges } from '../permissions.js';
import { inSdnLock } from '../sdn-lock.js';
import { applyUpdate, assertDigest, fileDigest, sectionJson, sectionValues, viewOf } from '../sdn-sections.js';
import { commitSdn, type SdnSection } from '../sdn-state.js';

const CONTROLLER_OPTIONS: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  evpn: { required: ['asn'], optional: ['peers', 'fabric'] },
  bgp: { required: ['asn', 'node', 'peers'], optional: ['ebgp', 'ebgp-multihop', 'loopback', 'bgp-multipath-as-path-relax'] },
  isis: { required: ['isis-domain', 'isis-ifaces', 'isis-net', 'node'], optional: ['loopback'] },
  faucet: { required: [], optional: [] },
};

const IPAM_OPTIONS: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  pve: { required: [], optional: [] },
  netbox: { required: ['url', 'token'], optional: ['fingerprint'] },
  phpipam: { required: ['url', 'token', 'section'], optional: ['fingerprint'] },
};

function zoneCheck(ctx: RequestContext, id: string, zone: SdnSection): void {
  const { sdn } = ctx.engine.state;
  const dns = zone.dns as string | undefined;
  // No DNS plugin objects are modelled: a referenced one does not exist (Zones.pm create/update).
  if (dns !== undefined) throw paramError({ dns: `${dns} don't exist` });
  if (zone.reversedns !== undefined) throw paramError({ reversedns: `${String(zone.reversedns)} don't exist` });
  if (zone.dnszone !== undefined) throw paramError({ dnszone: 'missing dns server' });
  const ipam = zone.ipam as string | undefined;
  if (ipam !== undefined && !sdn.ipams.has(ipam)) throw paramError({ ipam: `${ipam} not existing` });
  if (zone.type === 'vxlan' && (zone.peers === undefined) === (zone.fabric === undefined)) {
    // VxlanPlugin.pm on_update_hook
    const text = 'must have exactly one of peers / fabric defined';
    throw paramError({ peers: text, fabric: text });
  }
  if (zone.type === 'evpn') {
    // EvpnPlugin.pm on_update_hook
    const controller = String(zone.controller);
    const found = sdn.config.controllers.get(controller);
    if (!found) throw die(`controller ${controller} don't exist`);
    if (found.type !== 'evpn') throw die(`${controller} is not a evpn controller type`);
    for (const [other, section] of sdn.config.zones) {
      if (other !== id && section['vrf-vxlan'] !== undefined && section['vrf-vxlan'] === zone['vrf-vxlan']) {
        throw die(`vrf-vxlan ${String(zone['vrf-vxlan'])} is already declared in ${other}`);
      }
    }
  }
}

function listZones(ctx: RequestContext): Array<Record<string, unknown>> {
  const { state } = ctx.engine;
  return [...viewOf(ctx, 'zones')]
    .filter(([, zone]) => ctx.params.type === undefined || zone.type === ctx.params.type)
    .filter(([id]) => hasPrivileges(state, ctx.who, `/sdn/zones/${id}`, ['SDN.Audit', 'SDN.Allocate'], true))
    .map(([id, zone]) => sectionJson(ctx, '/cluster/sdn/zones', { ...zone, zone: id, digest: fileDigest(state.sdn.config.zones) }));
}

function getZone(ctx: RequestContext): Record<string, unknown> {
  const id = ctx.params.zone ?? '';
  const zone = viewOf(ctx, 'zones').get(id);
  if (!zone) throw die(`sdn '${id}' does not exist`);
  return sectionJson(ctx, '/cluster/sdn/zones', { ...zone, zone: id, digest: fileDigest(ctx.engine.state.sdn.config.zones) });
}

function createZone(ctx: RequestContext): null {
  const type = ctx.params.type ?? '';
  if (!isSdnZoneType(type)) throw die(`unknown section type '${type}'`);
  const id = ctx.params.zone ?? '';
  const values = sectionValues(ctx.params, 'zone', SDN_ZONE_OPTIONS[type], true);
  const { zones } = ctx.engine.state.sdn.config;
  inSdnLock('create sdn zone object failed', () => {
    if (zones.has(id)) throw die(`sdn zone object ID '${id}' already defined`);
    const zone = { type, ...values };
    zoneCheck(ctx, id, zone);
    zones.set(id, zone);
  });
  return null;
}

function updateZone(ctx: RequestContext): null {
  const id = ctx.params.zone ?? '';
  const { zones } = ctx.engine.state.sdn.config;
  inSdnLock('update sdn zone object failed', () => {
    assertDigest(ctx.params, fileDigest(zones));
    const zone = zones.get(id);
    if (!zone) throw die(`sdn '${id}' does not exist`);
    const type = String(zone.type);
    const options = isSdnZoneType(type) ? SDN_ZONE_OPTIONS[type] : { required: [], optional: [] };
    const next = { ...zone };
    applyUpdate(next, sectionValues(ctx.params, 'zone', options, false), ctx.params, options.required);
    zoneCheck(ctx, id, next);
    zones.set(id, next);
  });
  return null;
}

function deleteZone(ctx: RequestContext): null {
  const id = ctx.params.zone ?? '';
  const { zones, vnets } = ctx.engine.state.sdn.config;
  inSdnLock('delete sdn zone object failed', () => {
    if (!zones.has(id)) throw die(`sdn '${id}' does not exist`);
    for (const [vnet, section] of vnets) if (section.zone === id) throw die(`zone ${id} is used by vnet ${vnet}`);
    zones.delete(id);
  });
  return null;
}

function listControllers(ctx: RequestContext): Array<Record<string, unknown>> {
  const { state } = ctx.engine;
  return [...viewOf(ctx, 'controllers')]
    .filter(([, section]) => ctx.params.type === undefined || section.type === ctx.params.type)
    .filter(([id]) => hasPrivileges(state, ctx.who, `/sdn/controllers/${id}`, ['SDN.Audit', 'SDN.Allocate'], true))
    .map(([id, section]) => sectionJson(ctx, '/cluster/sdn/controllers', { ...section, controller: id, digest: fileDigest(state.sdn.config.controllers) }));
}

function getController(ctx: RequestContext): Record<string, unknown> {
  const id = ctx.params.controller ?? '';
  const section = viewOf(ctx, 'controllers').get(id);
  if (!section) throw die(`sdn '${id}' does not exist`);
  return sectionJson(ctx, '/cluster/sdn/controllers', { ...section, controller: id, digest: fileDigest(ctx.engine.state.sdn.config.controllers) });
}

function createController(ctx: RequestContext): null {
  const type = ctx.params.type ?? '';
  const options = CONTROLLER_OPTIONS[type];
  if (!options) throw die(`unknown section type '${type}'`);
  const id = ctx.params.controller ?? '';
  const values = sectionValues(ctx.params, 'controller', options, true);
  const { controllers } = ctx.engine.state.sdn.config;
  inSdnLock('create sdn controller object failed', () => {
    if (controllers.has(id)) throw die(`sdn controller object ID '${id}' already defined`);
    controllers.set(id, { type, ...values });
  });
  return null;
}

function updateController(ctx: RequestContext): null {
  const id = ctx.params.controller ?? '';
  const { controllers } = ctx.engine.state.sdn.config;
  inSdnLock('update sdn controller object failed', () => {
    assertDigest(ctx.params, fileDigest(controllers));
    const section = controllers.get(id);
    if (!section) throw die(`sdn '${id}' does not exist`);
    const options = CONTROLLER_OPTIONS[String(section.type)] ?? { required: [], optional: [] };
    applyUpdate(section, sectionValues(ctx.params, 'controller', options, false), ctx.params, options.required);
  });
  return null;
}

function deleteController(ctx: RequestContext): null {
  const id = ctx.params.controller ?? '';
  const { controllers, zones } = ctx.engine.state.sdn.config;
  inSdnLock('delete sdn controller object failed', () => {
    if (!controllers.has(id)) throw die(`sdn '${id}' does not exist`);
    // Controllers/Plugin.pm on_delete_hook: a zone still using it keeps it.
    for (const [zone, section] of zones) if (section.controller === id) throw die(`controller ${id} is used by ${zone}`);
    controllers.delete(id);
  });
  return null;
}

function listIpams(ctx: RequestContext): Array<Record<string, unknown>> {
  const { state } = ctx.engine;
  return [...state.sdn.ipams]
    .filter(([, section]) => ctx.params.type === undefined || section.type === ctx.params.type)
    .filter(([id]) => hasPrivileges(state, ctx.who, `/sdn/ipams/${id}`, ['SDN.Audit', 'SDN.Allocate'], true))
    .map(([id, section]) => ipamJson(ctx, id, section));
}

/** The token is a secret the list and GET leave out. */
function ipamJson(ctx: RequestContext, id: string, section: SdnSection): Record<string, unknown> {
  const { token: _token, ...visible } = section;
  return sectionJson(ctx, '/cluster/sdn/ipams', { ...visible, ipam: id, digest: fileDigest(ctx.engine.state.sdn.ipams) });
}

function getIpam(ctx: RequestContext): Record<string, unknown> {
  const id = ctx.params.ipam ?? '';
  const section = ctx.engine.state.sdn.ipams.get(id);
  if (!section) throw die(`sdn '${id}' does not exist`);
  return ipamJson(ctx, id, section);
}

function createIpam(ctx: RequestContext): null {
  const type = ctx.params.type ?? '';
  const options = IPAM_OPTIONS[type];
  if (!options) throw die(`unknown section type '${type}'`);
  const id = ctx.params.ipam ?? '';
  const values = sectionValues(ctx.params, 'ipam', options, true);
  const { ipams } = ctx.engine.state.sdn;
  inSdnLock('create sdn ipam object failed', () => {
    if (ipams.has(id)) throw die(`sdn ipam object ID '${id}' already defined`);
    ipams.set(id, { type, ...values });
  });
  return null;
}

function updateIpam(ctx: RequestContext): null {
  const id = ctx.params.ipam ?? '';
  const { ipams } = ctx.engine.state.sdn;
  inSdnLock('update sdn ipam object failed', () => {
    assertDigest(ctx.params, fileDigest(ipams));
    const section = ipams.get(id);
    if (!section) throw die(`sdn '${id}' does not exist`);
    const options = IPAM_OPTIONS[String(section.type)] ?? { required: [], optional: [] };
    applyUpdate(section, sectionValues(ctx.params, 'ipam', options, false), ctx.params, options.required);
  });
  return null;
}

function deleteIpam(ctx: RequestContext): null {
  const id = ctx.params.ipam ?? '';
  const { ipams } = ctx.engine.state.sdn;
  inSdnLock('delete sdn ipam object failed', () => {
    if (!ipams.has(id)) throw die(`sdn '${id}' does not exist`);
    ipams.delete(id);
  });
  return null;
}

/** `PUT /cluster/sdn` (`reload`): commits under the lock, then a `reloadnetworkall` task reloads every node. */
function apply(ctx: RequestContext): string {
  const { state, tasks } = ctx.engine;
  inSdnLock('could not commit SDN config', () => commitSdn(state.sdn));
  return tasks.start(state.nodes[0] ?? 'pve', 'reloadnetworkall', '', ctx.who, (log) => {
    for (const node of state.nodes) log(`${node}: reloading network config`);
  });
}

export const sdnRoutes: Routes = {
  'GET /cluster/sdn': () => [{ id: 'zones' }, { id: 'vnets' }, { id: 'controllers' }, { id: 'ipams' }],
  'PUT /cluster/sdn': apply,
  'GET /cluster/sdn/zones': listZones,
  'POST /cluster/sdn/zones': createZone,
  'GET /cluster/sdn/zones/{zone}': getZone,
  'PUT /cluster/sdn/zones/{zone}': updateZone,
  'DELETE /cluster/sdn/zones/{zone}': deleteZone,
  'GET /cluster/sdn/controllers': listControllers,
  'POST /cluster/sdn/controllers': createController,
  'GET /cluster/sdn/controllers/{controller}': getController,
  'PUT /cluster/sdn/controllers/{controller}': updateController,
  'DELETE /cluster/sdn/controllers/{controller}': deleteController,
  'GET /cluster/sdn/ipams': listIpams,
  'POST /cluster/sdn/ipams': createIpam,
  'GET /cluster/sdn/ipams/{ipam}': getIpam,
  'PUT /cluster/sdn/ipams/{ipam}': updateIpam,
  'DELETE /cluster/sdn/ipams/{ipam}': deleteIpam,
};
