// The firewall's named formats (pve-firewall PVE/Firewall.pm `register_format`): their checks
// die with a message, which PVE::JSONSchema reports as "invalid format - <message>".
import {
  addressSpecProblem,
  conntrackHelpersProblem,
  icmpTypeProblem,
  ipOrCidrOrAliasProblem,
  ipOrCidrProblem,
  portSpecProblem,
  protocolProblem,
} from '../../../clients/proxmox/firewall/syntax.js';

const CHECKS: Record<string, (value: string) => string | undefined> = {
  'pve-fw-addr-spec': (v) => addressSpecProblem(v).problem,
  'pve-fw-dport-spec': (v) => portSpecProblem(v, true),
  'pve-fw-sport-spec': (v) => portSpecProblem(v),
  'pve-fw-protocol-spec': protocolProblem,
  'pve-fw-icmp-type-spec': icmpTypeProblem,
  'pve-fw-conntrack-helper': conntrackHelpersProblem,
  IPorCIDR: ipOrCidrProblem,
  IPorCIDRorAlias: ipOrCidrOrAliasProblem,
};

/** The failure text of a firewall format, or undefined when the value fits (or the format is another). */
export function firewallFormatProblem(format: string, value: string): string | undefined {
  const problem = CHECKS[format]?.(value);
  return problem === undefined ? undefined : `invalid format - ${problem}`;
}
