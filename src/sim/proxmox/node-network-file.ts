// /etc/network/interfaces as pve-common writes and reads it (src/PVE/INotify.pm @404a1096): the
// writer's consistency checks, which every API change runs before anything is written
// (`__write_etc_network_interfaces`: MTUs, bond slaves, VLAN parents, bridge ports), and an
// interface as the next request reads it back from the written file (`__interface_to_string`,
// then `__read_etc_network_interfaces`).
import { die } from './pve-error.js';
import type { SimInterface } from './node-network-state.js';

/** Perl `split(/\s+/, $text)`: the checks split port lists at white space only (not at commas). */
function words(text: string | undefined): string[] {
  return (text ?? '').split(/\s+/).filter((word) => word !== '');
}

/** `$check_mtu`: a child's MTU must not exceed its parent's (1500 when unset; a bond without one takes the child's). */
function checkMtu(lookup: (name: string) => SimInterface | undefined, parent: string, child: string): void {
  const childMtu = Number(lookup(child)?.mtu ?? 0);
  if (!childMtu) return;
  const parentData = lookup(parent);
  let parentMtu = Number(parentData?.mtu ?? 0);
  if (parentData?.type === 'bond' && !parentMtu) parentMtu = childMtu;
  if (!parentMtu) parentMtu = 1500;
  if (parentMtu < childMtu) throw die(`interface '${parent}' - mtu ${parentMtu} is lower than '${child}' - mtu ${childMtu}`);
}

function checkBonds(ifaces: Map<string, SimInterface>): void {
  for (const [name, bond] of ifaces) {
    if (bond.type !== 'bond' || !bond.slaves) continue;
    let primaryIsSlave = false;
    for (const slave of words(bond.slaves)) {
      const found = ifaces.get(slave);
      // Upstream sets `$n->{autostart} = 1` before its existence check, which brings a missing
      // slave into being as an empty hash: it fails the type check instead.
      if (found?.type !== 'eth' && found?.type !== 'bond') {
        throw die(`bond '${name}' - wrong interface type on slave '${slave}' ('${found?.type ?? ''}' != 'eth or bond')`);
      }
      found.autostart = '1';
      checkMtu((n) => ifaces.get(n), name, slave);
      if (bond['bond-primary'] === slave) primaryIsSlave = true;
    }
    if (bond['bond-primary'] && !primaryIsSlave) throw die(`bond '${name}' - bond-primary interface is not a slave`);
  }
}

function checkVlans(ifaces: Map<string, SimInterface>): void {
  for (const [name, vlan] of ifaces) {
    if (vlan.type !== 'vlan') continue;
    let parent: string;
    let tag: string;
    const dotted = /^(\S+)\.(\d+)$/.exec(name);
    if (dotted) {
      [, parent = '', tag = ''] = dotted;
      delete vlan['vlan-raw-device'];
      delete vlan['vlan-id'];
    } else {
      if (!vlan['vlan-raw-device']) throw die('missing vlan-raw-device option');
      parent = vlan['vlan-raw-device'];
      const numbered = /^vlan(\d+)$/.exec(name);
      if (numbered) {
        tag = numbered[1] ?? '';
        delete vlan['vlan-id'];
      } else {
        if (!vlan['vlan-id']) throw die('missing vlan-id option');
        tag = vlan['vlan-id'];
      }
    }
    if (Number(tag) > 4094) throw die(`vlan '${name}' - vlan-id ${tag} should be <= 4094`);
    const found = ifaces.get(parent);
    if (!found) throw die(`vlan '${name}' - unable to find parent '${parent}'`);
    if (!['eth', 'bridge', 'bond', 'vlan'].includes(found.type ?? '')) {
      throw die(`vlan '${name}' - wrong interface type on parent '${parent}' ('${found.type ?? ''}' != 'eth|bond|bridge|vlan' )`);
    }
    checkMtu((n) => ifaces.get(n), parent, name);
  }
}

function checkBridgePorts(ifaces: Map<string, SimInterface>): void {
  // A port DEVICE.TAG that has no stanza of its own is an implicit VLAN with its device's MTU.
  const implicit = new Map<string, SimInterface>();
  const lookup = (name: string) => ifaces.get(name) ?? implicit.get(name);
  for (const [name, bridge] of ifaces) {
    if (bridge.type !== 'bridge') continue;
    for (const port of words(bridge.bridge_ports)) {
      const vlanPort = /(\S+)\.(\d+)$/.exec(port);
      if (vlanPort && !lookup(port)) {
        const deviceMtu = ifaces.get(vlanPort[1] ?? '')?.mtu;
        implicit.set(port, { type: 'vlan', method: 'manual', method6: 'manual', ...(deviceMtu !== undefined && { mtu: deviceMtu }) });
      }
      const found = lookup(port);
      if (!found) throw die(`bridge '${name}' - unable to find bridge port '${port}'`);
      if ((found.method === 'static' && found.address !== '0.0.0.0') || (found.method6 === 'static' && found.address6 !== '::')) {
        throw die(`iface ${port} - ip address can't be set on interface if bridged in ${name}`);
      }
      checkMtu(lookup, port, name);
    }
  }
}

/**
 * The writer's checks, in its order, on the whole configuration about to be written; refusals
 * are plain `die`s (HTTP 500). Like the writer, it marks bond slaves autostart and drops the VLAN
 * keys a VLAN's name already says.
 */
export function checkWritable(ifaces: Map<string, SimInterface>): void {
  checkBonds(ifaces);
  checkVlans(ifaces);
  checkBridgePorts(ifaces);
}

/** The type the reader gives a stanza: from its name and keys, not from the type it was written with. */
function typeOnRead(name: string, iface: SimInterface): string {
  if (iface.type === 'bridge' || iface.bridge_ports !== undefined) return 'bridge';
  if (/^bond\d+$/.test(name)) return 'bond';
  if (/^\S+:\d+$/.test(name)) return 'alias';
  if (/^\S+\.\d+$/.test(name) || iface['vlan-raw-device']) return 'vlan';
  // Physical NICs are recognised by their link (`ip_link_is_physical`); the seeded ones are eth.
  if (iface.type === 'eth') return 'eth';
  return 'unknown';
}

/** Comment lines as the reader rebuilds them: each without trailing white space, with a newline ("0" is written as none). */
function commentsOnRead(text: string): string | undefined {
  if (text === '0') return undefined;
  const lines = text.split('\n');
  while (lines.length > 0 && lines.at(-1) === '') lines.pop(); // Perl's split drops trailing empty fields
  return lines.length === 0 ? undefined : lines.map((line) => `${line.replace(/\s+$/, '')}\n`).join('');
}

/** A port list as written (`s/[;,\s]+/ /g`) and read back (unique names, sorted). */
function portsOnRead(text: string): string {
  return [...new Set(text.split(/[;,\s]+/).filter((port) => port !== '' && port !== 'none'))].sort().join(' ');
}

const HASHING_MODES = ['balance-xor', '802.3ad'];

/** An interface as written to the file and read back from it. */
export function asRead(name: string, written: SimInterface): SimInterface {
  const out: SimInterface = { ...written, type: typeOnRead(name, written) };
  // One stanza per family, each with its own address and gateway: a family not written loses
  // them (`__write_etc_network_interfaces`, `__interface_to_string` `gateway$suffix`).
  const families = (written.families ?? 'inet').split(' ');
  for (const [family, suffix, method] of [
    ['inet', '', 'method'],
    ['inet6', '6', 'method6'],
  ] as const) {
    if (families.includes(family)) continue;
    for (const key of ['address', 'netmask', 'gateway', 'cidr']) delete out[`${key}${suffix}`];
    out[method] = 'manual';
  }
  // `auto IFACE` only when set; the reader sets autostart only from such a line.
  if (out.autostart && out.autostart !== '0') out.autostart = '1';
  else delete out.autostart;
  if (out.comments !== undefined) {
    const comments = commentsOnRead(out.comments);
    if (comments === undefined) delete out.comments;
    else out.comments = comments;
  }
  for (const key of ['bridge_ports', 'slaves'] as const) if (out[key] !== undefined) out[key] = portsOnRead(out[key]);
  if (written.type === 'bridge') {
    // `bridge-vlan-aware yes` for any defined value, 0 included; the list only with it, all VLANs by default.
    if (out.bridge_vlan_aware !== undefined) {
      out.bridge_vlan_aware = '1';
      out.bridge_vids = out.bridge_vids || '2-4094';
    } else delete out.bridge_vids;
  }
  if (written.type === 'bond') {
    out.bond_mode ??= 'balance-rr';
    if (!HASHING_MODES.includes(out.bond_mode)) delete out.bond_xmit_hash_policy;
    if (out.bond_mode !== 'active-backup') delete out['bond-primary'];
  }
  if (out.type === 'vlan') {
    const dotted = /^(\S+)\.(\d+)$/.exec(name);
    const numbered = /^vlan(\d+)$/.exec(name);
    if (dotted) out['vlan-raw-device'] ||= dotted[1] ?? '';
    const tag = dotted?.[2] ?? numbered?.[1];
    if (tag !== undefined && Number(tag)) out['vlan-id'] = tag;
  }
  return out;
}
