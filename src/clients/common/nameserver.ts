// Which addresses a system may use as a DNS name server: TrueNAS refuses loopback, unspecified,
// broadcast and IPv4 link-local ones (middleware plugins/network_/global_config.py
// `validate_nameservers` @TS-25.10.6). The provider checks it at plan time, the simulator on update.
import { isIP } from 'node:net';

/** Why `address` cannot be a name server (the middleware's words), or undefined when it can. */
export function nameserverProblem(address: string): string | undefined {
  const version = isIP(address);
  if (version === 0) return `'${address}' does not appear to be an IPv4 or IPv6 address`;
  if (version === 6) {
    if (address === '::1') return 'Loopback is not a valid nameserver';
    if (address === '::') return 'Unspecified addresses are not valid as nameservers';
    return undefined;
  }
  if (address.startsWith('127.')) return 'Loopback is not a valid nameserver';
  if (address === '0.0.0.0') return 'Unspecified addresses are not valid as nameservers';
  if (address === '255.255.255.255') return 'This is not a valid nameserver address';
  if (address.startsWith('169.254.')) return '169.254/16 subnet is not valid for nameserver';
  return undefined;
}

/** The middleware's rule that name servers are given in order: nameserver2 only with nameserver1, … */
export const NAMESERVERS_IN_ORDER = 'When providing nameservers, they must be provided in consecutive order (i.e. nameserver1, nameserver2, nameserver3)';
