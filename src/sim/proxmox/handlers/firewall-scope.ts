// Which firewall file a `/…/firewall/…` request addresses, and the digest check every write
// makes (PVE::Tools::assert_if_modified).
import type { RuleEnv } from '../../../clients/proxmox/firewall/syntax.js';
import { requireNode, type RequestContext } from '../engine.js';
import { fwConfigOf, type SimFwConfig } from '../firewall-state.js';
import { die } from '../pve-error.js';

/** Where a firewall path points: the datacenter, a node, or a guest of a kind. */
export type FwPlace = 'cluster' | 'host' | 'qemu' | 'lxc';

/** The path prefix of each place's firewall, as the schema writes it. */
export const FW_BASE: Record<FwPlace, string> = {
  cluster: '/cluster/firewall',
  host: '/nodes/{node}/firewall',
  qemu: '/nodes/{node}/qemu/{vmid}/firewall',
  lxc: '/nodes/{node}/lxc/{vmid}/firewall',
};

export const RULE_ENV: Record<FwPlace, RuleEnv> = { cluster: 'cluster', host: 'host', qemu: 'vm', lxc: 'ct' };

/**
 * The file a request addresses. A host's is the node's, which must be one the cluster knows (its
 * calls are proxied to it). A guest's is /etc/pve/firewall/<vmid>.fw, whatever the node:
 * pve-firewall checks nothing of `node` but its format (`pve-node`), neither that the node exists
 * nor that the guest is on it, nor that the guest exists (a missing file reads as empty):
 * src/PVE/Firewall.pm:30 (`$pvefw_conf_dir`), :3678-3696 (`load_vmfw_conf`), and the guests'
 * `load_config`/`save_*` in src/PVE/API2/Firewall/Rules.pm:646-732, Aliases.pm:371-457,
 * IPSet.pm:438-524 and :770-860 @6f1311f3; the routing
 * through `/nodes/{node}` checks nothing either (pve-manager PVE/API2/Nodes.pm:2788-2791
 * @5829c814, qemu-server src/PVE/API2/Qemu.pm:1637-1640 @e781d971, pve-container
 * src/PVE/API2/LXC.pm:87-90 @963730e). A guest's options are proxied to the node (VM.pm:72,105):
 * the unknown or down node is the proxy's answer (http-server.ts).
 */
export function fwConfigFor(ctx: RequestContext, place: FwPlace): SimFwConfig {
  const { firewall } = ctx.engine.state;
  if (place === 'cluster') return firewall.cluster;
  if (place === 'host') return fwConfigOf(firewall.hosts, requireNode(ctx));
  return fwConfigOf(firewall.guests, Number(ctx.params.vmid));
}

/** `assert_if_modified`: a write naming a digest other than the current one is refused. */
export function assertDigest(current: string, given: string | undefined): void {
  if (given !== undefined && given !== current) throw die('detected modified configuration - file changed by other user? Try again.');
}
