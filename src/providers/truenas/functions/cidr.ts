// provider::truenas::cidr_contains("192.168.1.0/24", "192.168.1.20"): whether a host is in a
// network, as NFS share networks and iSCSI initiator networks admit hosts.
import { BlockList, isIP } from 'node:net';
import type { FunctionDefinition } from '../../../framework/function.js';
import { cidrProblem, ipAddressProblem } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import { failOn } from '../../common/function-errors.js';

export function cidrContains(cidr: string, address: string): boolean {
  failOn(0, () => {
    const problem = cidrProblem(cidr);
    if (problem !== undefined) throw new Error(problem);
  });
  failOn(1, () => {
    const problem = ipAddressProblem(address);
    if (problem !== undefined) throw new Error(problem);
  });
  const slash = cidr.lastIndexOf('/');
  const network = cidr.slice(0, slash);
  const family = isIP(network) === 4 ? 'ipv4' : 'ipv6';
  // An address of the other family is in no network of this one (BlockList would map IPv4 into ::ffff:0:0/96).
  if ((isIP(address) === 4 ? 'ipv4' : 'ipv6') !== family) return false;
  const list = new BlockList();
  list.addSubnet(network, Number(cidr.slice(slash + 1)), family);
  return list.check(address, family);
}

export const cidrContainsFunction: FunctionDefinition = {
  name: 'cidr_contains',
  summary: 'Tells whether an IP address is inside a network in CIDR notation.',
  description:
    'Returns true when `address` lies in `cidr` ("192.168.1.20" in "192.168.1.0/24"), for checking that a host is admitted by an NFS share\'s `networks` or an iSCSI initiator group before applying. IPv4 and IPv6; an address of the other family is never inside.',
  parameters: [
    { name: 'cidr', type: ty.string, description: 'The network, such as "192.168.1.0/24" or "fd00::/64".' },
    { name: 'address', type: ty.string, description: 'The host address, such as "192.168.1.20".' },
  ],
  returns: ty.bool,
  example: 'provider::truenas::cidr_contains("192.168.1.0/24", "192.168.1.20") # true',
  run: ([cidr, address]) => cidrContains(String(cidr), String(address)),
};
