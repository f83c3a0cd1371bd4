// `/nodes/{node}/network`: interface stanzas written to /etc/network/interfaces.new, made live
// by a reload task and dropped by a revert (pve-manager PVE/API2/Network.pm). Applied SDN
// vnets are listed as bridges (`type=any_bridge`, `get_local_vnets`).
import { paramError } from '../pve-error.js';
import { listParam, requireNode, unknownNode, type RequestContext, type Routes } from '../engine.js';
import { hasPrivileges } from '../permissions.js';
import { currentInterfaces, type SimInterface, type SimNodeNetwork } from '../node-network-state.js';
import { asRead, checkWritable } from '../node-network-file.js';
import { ipv6HostProblem } from '../../../clients/proxmox/ipv6-host.js';

const NUMERIC = new Set(['autostart', 'active', 'exists', 'bridge_vlan_aware', 'mtu', 'vlan-id', 'bond-miimon', 'netmask6', 'priority']);
const PORT_KEYS = ['bridge_ports', 'ovs_ports', 'slaves', 'ovs_bonds'] as const;

function networkOf(ctx: RequestContext): SimNodeNetwork {
  const node = requireNode(ctx);
  const network = ctx.engine.state.nodeNetworks.get(node);
  if (!network) throw unknownNode(node);
  return network;
}

function ifaceJson(iface: SimInterface): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(iface)) {
    if (key === 'families') out.families = value.split(' ');
    else out[key] = NUMERIC.has(key) ? Number(value) : value;
  }
  return out;
}

function portsOf(values: Readonly<Record<string, string | undefined>>): { key: string | undefined; ports: string[] } {
  let key: string | undefined;
  const ports: string[] = [];
  for (const name of PORT_KEYS) {
    const value = values[name];
    if (value) {
      key ??= name;
      ports.push(...listParam(value));
    }
  }
  return { key, ports };
}

/** `$check_duplicate_gateway(6)` and `$check_duplicate_ports`. */
function checkConflicts(ifaces: Map<string, SimInterface>, name: string, params: Readonly<Record<string, string>>): void {
  for (const [key, label] of [
    ['gateway', 'Default gateway'],
    ['gateway6', 'Default ipv6 gateway'],
  ] as const) {
    if (!params[key]) continue;
    for (const [other, iface] of ifaces) if (other !== name && iface[key]) throw paramError({ [key]: `${label} already exists on interface '${other}'.` });
  }
  const wanted = portsOf(params);
  if (wanted.key === undefined) return;
  for (const [other, iface] of ifaces) {
    if (other === name) continue;
    for (const port of portsOf(iface).ports)
      if (wanted.ports.includes(port)) throw paramError({ [wanted.key]: `${port} is already used on interface '${other}'.` });
  }
}

/**
 * `$map_cidr_to_address_netmask`, the families and methods, and the bridge VLAN list: checked
 * for items, made space separated on create only (`update_network` copies the raw value into
 * the file before it respaces its own copy).
 */
function normalised(params: Readonly<Record<string, string>>, old: SimInterface | undefined): SimInterface {
  const { node: _node, delete: _delete, ...values } = params;
  const out: SimInterface = { ...(old ?? {}), ...values };
  for (const [cidrKey, addressKey, maskKey] of [
    ['cidr', 'address', 'netmask'],
    ['cidr6', 'address6', 'netmask6'],
  ] as const) {
    const cidr = values[cidrKey];
    if (cidr === undefined) continue;
    if (values[addressKey] !== undefined) throw paramError({ [addressKey]: `${addressKey} conflicts with ${cidrKey}` });
    if (values[maskKey] !== undefined) throw paramError({ [maskKey]: `${maskKey} conflicts with ${cidrKey}` });
    const [address = '', mask = ''] = cidr.split('/');
    out[addressKey] = address;
    out[maskKey] = mask;
  }
  // `$check_ipv6_settings` on the address this request sets (Network.pm @5829c814 lines 572-590,
  // called at 660 and 781): only global, unique-local and link-local unicast; refused on `address`.
  if (values.cidr6 || values.address6) {
    const problem = ipv6HostProblem(out.address6 ?? '', Number((values.cidr6 ? out.netmask6 : values.netmask6) ?? 0));
    if (problem !== undefined) throw paramError({ address: problem });
  }
  if (values.bridge_vids) {
    const vids = listParam(values.bridge_vids);
    if (vids.length === 0) throw paramError({ bridge_vids: 'VLAN list items are empty' });
    if (old === undefined) out.bridge_vids = vids.join(' ');
  }
  // Methods and families follow the addresses this request sets, not the stored ones: the writer
  // then writes one stanza per family (Network.pm @5829c814 lines 663-671, 774-789; asRead).
  const address = values.cidr !== undefined || values.address !== undefined ? out.address : undefined;
  const address6 = values.cidr6 !== undefined || values.address6 !== undefined ? out.address6 : undefined;
  out.method = address ? 'static' : 'manual';
  out.method6 = address6 ? 'static' : 'manual';
  out.families = [address ? 'inet' : '', address6 ? 'inet6' : ''].filter((f) => f !== '').join(' ') || 'inet';
  // ifupdown2's writer adds these for the kinds it writes (INotify.pm `__interface_to_string`).
  if (out.type === 'bridge') Object.assign(out, { bridge_stp: 'off', bridge_fd: '0' });
  if (out.type === 'bond') out['bond-miimon'] = '100';
  return out;
}

function list(ctx: RequestContext): Array<Record<string, unknown>> {
  const network = networkOf(ctx);
  const filter = ctx.params.type;
  const out = [...currentInterfaces(network)]
    .filter(([, iface]) => {
      if (filter === undefined || filter === 'include_sdn') return true;
      if (filter === 'any_bridge' || filter === 'any_local_bridge') return iface.type === 'bridge' || iface.type === 'OVSBridge';
      return iface.type === filter;
    })
    .map(([, iface]) => ifaceJson(iface));
  if (filter === 'any_bridge' || filter === 'include_sdn' || filter === 'vnet') out.push(...localVnets(ctx));
  return out;
}

/** `get_local_vnets`: vnets of the running SDN configuration the caller may see, as bridges. */
function localVnets(ctx: RequestContext): Array<Record<string, unknown>> {
  const { state } = ctx.engine;
  return [...state.sdn.running.vnets]
    .filter(([id, vnet]) => hasPrivileges(state, ctx.who, `/sdn/zones/${String(vnet.zone)}/${id}`, ['SDN.Audit', 'SDN.Use', 'SDN.Allocate'], true))
    .map(([id, vnet]) => ({ iface: id, type: 'vnet', active: 1, zone: vnet.zone, ...(vnet.alias !== undefined ? { comments: vnet.alias } : {}) }));
}

function get(ctx: RequestContext): Record<string, unknown> {
  const iface = currentInterfaces(networkOf(ctx)).get(ctx.params.iface ?? '');
  if (!iface) throw paramError({ iface: 'interface does not exist' });
  return ifaceJson(iface);
}

/**
 * `write_file('interfaces')`: the writer's checks on the whole configuration (a refusal leaves
 * the files as they were), then interfaces.new as the next request reads it back.
 */
function write(network: SimNodeNetwork, ifaces: Map<string, SimInterface>): void {
  checkWritable(ifaces);
  network.pending = new Map([...ifaces].map(([name, iface]) => [name, asRead(name, iface)]));
}

/**
 * A change to the configuration, as Network.pm's create, update and delete make it: read it
 * (`read_file('interfaces')`, each stanza a copy), change the interface `iface`, write it whole.
 */
function changeInterfaces(ctx: RequestContext, change: (ifaces: Map<string, SimInterface>, name: string) => void): null {
  const network = networkOf(ctx);
  const ifaces = new Map([...currentInterfaces(network)].map(([name, iface]) => [name, { ...iface }]));
  change(ifaces, ctx.params.iface ?? '');
  write(network, ifaces);
  return null;
}

function create(ctx: RequestContext): null {
  return changeInterfaces(ctx, (ifaces, name) => {
    if (ifaces.has(name)) throw paramError({ iface: 'interface already exists' });
    checkConflicts(ifaces, name, ctx.params);
    ifaces.set(name, normalised(ctx.params, undefined));
  });
}

function update(ctx: RequestContext): null {
  return changeInterfaces(ctx, (ifaces, name) => {
    const old = ifaces.get(name);
    if (!old) throw paramError({ iface: 'interface does not exist' });
    const kept = { ...old };
    for (const key of listParam(ctx.params.delete)) {
      delete kept[key];
      if (key === 'cidr') {
        delete kept.address;
        delete kept.netmask;
      }
      if (key === 'cidr6') {
        delete kept.address6;
        delete kept.netmask6;
      }
    }
    checkConflicts(ifaces, name, ctx.params);
    ifaces.set(name, normalised(ctx.params, kept));
  });
}

function remove(ctx: RequestContext): null {
  return changeInterfaces(ctx, (ifaces, name) => {
    if (!ifaces.has(name)) throw paramError({ iface: 'interface does not exist' });
    ifaces.delete(name);
  });
}

/** `revert_network_changes`: unlink interfaces.new. */
function revert(ctx: RequestContext): null {
  delete networkOf(ctx).pending;
  return null;
}

/**
 * `reload_network_config`: the worker first moves interfaces.new in place, then runs
 * `ifreload -a`; a failing reload leaves the new file live (a caller must write the old
 * configuration back and reload again to undo it).
 */
function reload(ctx: RequestContext): string {
  const network = networkOf(ctx);
  const node = requireNode(ctx);
  return ctx.engine.tasks.start(node, 'srvreload', 'networking', ctx.who, (log) => {
    if (network.pending) network.live = network.pending;
    delete network.pending;
    if (network.failReloads > 0) {
      network.failReloads--;
      log(network.reloadFailure);
      throw new Error("command 'ifreload -a' failed: exit code 1");
    }
  });
}

export const nodeNetworkRoutes: Routes = {
  'GET /nodes/{node}/network': list,
  'POST /nodes/{node}/network': create,
  'PUT /nodes/{node}/network': reload,
  'DELETE /nodes/{node}/network': revert,
  'GET /nodes/{node}/network/{iface}': get,
  'PUT /nodes/{node}/network/{iface}': update,
  'DELETE /nodes/{node}/network/{iface}': remove,
};
