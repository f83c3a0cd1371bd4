// Plan-time checks of a subnet's gateway and DHCP ranges, as the server makes them when it
// writes the subnet (pve-network src/PVE/Network/SDN/SubnetPlugin.pm `on_update_hook`,
// `validate_dhcp_ranges`).
import { cidrContains, ipNumber, isIP } from '../../../clients/common/ip-address.js';

export interface DhcpRange {
  readonly start: string;
  readonly end: string;
}

export interface SubnetProblem {
  readonly attribute: 'gateway' | 'dhcp_ranges';
  readonly summary: string;
  readonly detail: string;
}

export function dhcpRangeProblems(cidr: string, gateway: string | undefined, ranges: readonly DhcpRange[]): SubnetProblem[] {
  const problems: SubnetProblem[] = [];
  // A /32 point-to-point subnet may have its gateway outside.
  if (gateway !== undefined && !cidrContains(cidr, gateway) && !(isIP(gateway) === 4 && cidr.endsWith('/32'))) {
    problems.push({ attribute: 'gateway', summary: 'Gateway outside the subnet', detail: `${gateway} is not in subnet ${cidr}.` });
  }
  const seen: Array<readonly [bigint, bigint]> = [];
  for (const { start, end } of ranges) {
    const bad = (detail: string): void => void problems.push({ attribute: 'dhcp_ranges', summary: 'Invalid DHCP range', detail });
    if (isIP(start) === 0 || isIP(end) === 0) {
      bad(`"${isIP(start) === 0 ? start : end}" is not an IP address.`);
      continue;
    }
    if (!cidrContains(cidr, start) || !cidrContains(cidr, end)) {
      bad(`${start} - ${end} is not inside subnet ${cidr}.`);
      continue;
    }
    const span = [ipNumber(start), ipNumber(end)] as const;
    if (span[0] > span[1]) bad(`the start ${start} comes after the end ${end}.`);
    else if (seen.some(([a, b]) => span[0] <= b && a <= span[1])) bad(`${start} - ${end} overlaps another range.`);
    seen.push(span);
  }
  return problems;
}
