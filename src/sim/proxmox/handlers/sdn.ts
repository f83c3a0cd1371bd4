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

type SectionOptions = { required: readonly string[]; optional: readonly string[] };

const CONTROLLER_OPTIONS: Readonly<Record<string, SectionOptions>> = {
  evpn: { required: ['asn'], optional: ['peers', 'fabric'] },
  bgp: { required: ['asn', 'node', 'peers'], optional: ['ebgp', 'ebgp-multihop', 'loopback', 'bgp-multipath-as-path-relax'] },
  isis: { required: ['isis-domain', 'isis-ifaces', 'isis-net', 'node'], optional: ['loopback'] },
  faucet: { required: [], optional: [] },
};

const IPAM_OPTIONS: Readonly<Record<string, SectionOptions>> = {
  pve: { required: [], optional: [] },
  netbox: { required: ['url', 'token'], optional: ['fingerprint'] },
  phpipam: { required: ['url', 'token', 'section'], optional: ['fingerprint'] },
};

function zoneCheck(ctx: RequestContext, id: string, zone: SdnSection, prior?: SdnSection): void {
  const { sdn } = ctx.engine.state;
  // Zones.pm update: the IPAM cannot change (nor be set or removed) while a subnet of the zone
  // exists; subnet ids are `<zone>-<network>-<mask>` (Subnets.pm sdn_subnets_config).
  if (prior !== undefined && (prior.ipam ?? '') !== (zone.ipam ?? '') && [...sdn.config.subnets.keys()].some((subnet) => subnet.split('-')[0] === id)) {
    throw paramError({ ipam: "can't change ipam if a subnet is already defined in this zone" });
  }
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

/** One section-config file of `/cluster/sdn/<kind>` (SDN/Zones.pm, Controllers.pm, Ipams.pm share this shape). */
interface SectionKind {
  /** The path segment and the privilege path's: `zones`, `controllers`, `ipams`. */
  readonly kind: 'zones' | 'controllers' | 'ipams';
  /** The id parameter, and the object's name in messages: `zone`, `controller`, `ipam`. */
  readonly idKey: string;
  /** The sections as written. */
  readonly written: (ctx: RequestContext) => Map<string, SdnSection>;
  /** The sections a GET shows (`pending=1`, `running=1` for the versioned files). */
  readonly shown: (ctx: RequestContext) => Map<string, SdnSection>;
  /** The options a section of this type takes; undefined for an unknown type. */
  readonly options: (type: string) => SectionOptions | undefined;
  /** The plugin's checks of a section about to be stored (create, and update with the `prior` section). */
  readonly check?: (ctx: RequestContext, id: string, section: SdnSection, prior?: SdnSection) => void;
  /** Refuses to delete a section something still uses. */
  readonly inUse?: (ctx: RequestContext, id: string) => void;
  /** Values the list and GET leave out (secrets). */
  readonly hidden?: readonly string[];
}

/** The five handlers of one section kind: list, create, get, update, delete. */
function sectionRoutes(kind: SectionKind): Routes {
  const { idKey } = kind;
  const path = `/cluster/sdn/${kind.kind}`;
  const json = (ctx: RequestContext, id: string, section: SdnSection): Record<string, unknown> => {
    const visible = Object.fromEntries(Object.entries(section).filter(([key]) => !kind.hidden?.includes(key)));
    return sectionJson(ctx, path, { ...visible, [idKey]: id, digest: fileDigest(kind.written(ctx)) });
  };
  const missing = (id: string) => die(`sdn '${id}' does not exist`);
  return {
    [`GET ${path}`]: (ctx) =>
      [...kind.shown(ctx)]
        .filter(([, section]) => ctx.params.type === undefined || section.type === ctx.params.type)
        .filter(([id]) => hasPrivileges(ctx.engine.state, ctx.who, `/sdn/${kind.kind}/${id}`, ['SDN.Audit', 'SDN.Allocate'], true))
        .map(([id, section]) => json(ctx, id, section)),
    [`POST ${path}`]: (ctx) => {
      const type = ctx.params.type ?? '';
      const options = kind.options(type);
      if (!options) throw die(`unknown section type '${type}'`);
      const id = ctx.params[idKey] ?? '';
      const values = sectionValues(ctx.params, idKey, options, true);
      const sections = kind.written(ctx);
      inSdnLock(`create sdn ${idKey} object failed`, () => {
        if (sections.has(id)) throw die(`sdn ${idKey} object ID '${id}' already defined`);
        const section = { type, ...values };
        kind.check?.(ctx, id, section);
        sections.set(id, section);
      });
      return null;
    },
    [`GET ${path}/{${idKey}}`]: (ctx) => {
      const id = ctx.params[idKey] ?? '';
      const section = kind.shown(ctx).get(id);
      if (!section) throw missing(id);
      return json(ctx, id, section);
    },
    [`PUT ${path}/{${idKey}}`]: (ctx) => {
      const id = ctx.params[idKey] ?? '';
      const sections = kind.written(ctx);
      inSdnLock(`update sdn ${idKey} object failed`, () => {
        assertDigest(ctx.params, fileDigest(sections));
        const section = sections.get(id);
        if (!section) throw missing(id);
        const options = kind.options(String(section.type)) ?? { required: [], optional: [] };
        const next = { ...section };
        applyUpdate(next, sectionValues(ctx.params, idKey, options, false), ctx.params, options);
        kind.check?.(ctx, id, next, section);
        sections.set(id, next);
      });
      return null;
    },
    [`DELETE ${path}/{${idKey}}`]: (ctx) => {
      const id = ctx.params[idKey] ?? '';
      const sections = kind.written(ctx);
      inSdnLock(`delete sdn ${idKey} object failed`, () => {
        if (!sections.has(id)) throw missing(id);
        kind.inUse?.(ctx, id);
        sections.delete(id);
      });
      return null;
    },
  };
}

const zoneRoutes = sectionRoutes({
  kind: 'zones',
  idKey: 'zone',
  written: (ctx) => ctx.engine.state.sdn.config.zones,
  shown: (ctx) => viewOf(ctx, 'zones'),
  options: (type) => (isSdnZoneType(type) ? SDN_ZONE_OPTIONS[type] : undefined),
  check: zoneCheck,
  inUse(ctx, id) {
    for (const [vnet, section] of ctx.engine.state.sdn.config.vnets) if (section.zone === id) throw die(`zone ${id} is used by vnet ${vnet}`);
  },
});

const controllerRoutes = sectionRoutes({
  kind: 'controllers',
  idKey: 'controller',
  written: (ctx) => ctx.engine.state.sdn.config.controllers,
  shown: (ctx) => viewOf(ctx, 'controllers'),
  options: (type) => CONTROLLER_OPTIONS[type],
  inUse(ctx, id) {
    // Controllers/Plugin.pm on_delete_hook: a zone still using it keeps it.
    for (const [zone, section] of ctx.engine.state.sdn.config.zones) if (section.controller === id) throw die(`controller ${id} is used by ${zone}`);
  },
});

/** ipams.cfg is not versioned: GET shows what is written. The token is a secret the list and GET leave out. */
const ipamRoutes = sectionRoutes({
  kind: 'ipams',
  idKey: 'ipam',
  written: (ctx) => ctx.engine.state.sdn.ipams,
  shown: (ctx) => ctx.engine.state.sdn.ipams,
  options: (type) => IPAM_OPTIONS[type],
  hidden: ['token'],
});

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
  ...zoneRoutes,
  ...controllerRoutes,
  ...ipamRoutes,
};
