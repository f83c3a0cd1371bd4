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
 * The file a request addresses. pve-firewall does not check that a guest exists: a missing
 * <vmid>.fw reads as empty (Firewall.pm `load_vmfw_conf`). The node must be one the cluster
 * knows: a host's firewall calls and a guest's options are proxied to it; a guest's rules,
 * aliases and IP sets are not (they answer while its node is down), and the simulator asks a
 * known node of them too.
 */
export function fwConfigFor(ctx: RequestContext, place: FwPlace): SimFwConfig {
  const { firewall } = ctx.engine.state;
  if (place === 'cluster') return firewall.cluster;
  const node = requireNode(ctx);
  if (place === 'host') return fwConfigOf(firewall.hosts, node);
  return fwConfigOf(firewall.guests, Number(ctx.params.vmid));
}

/** `assert_if_modified`: a write naming a digest other than the current one is refused. */
export function assertDigest(current: string, given: string | undefined): void {
  if (given !== undefined && given !== current) throw die('detected modified configuration - file changed by other user? Try again.');
}
