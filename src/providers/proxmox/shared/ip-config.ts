// Cloud-init's per-NIC network setting, `ipconfigN` ("ip=10.0.0.5/24,gw=10.0.0.1"), checked
// at plan time as PVE checks it at apply: keys ip (dhcp or an IPv4 CIDR), gw (IPv4), ip6 (auto,
// dhcp or an IPv6 CIDR) and gw6 (IPv6). Source: qemu-server, PVE/QemuServer/Cloudinit.pm and
// the `$ipconfig_fmt` of PVE/QemuServer.pm (formats pve-ipv4-config, pve-ipv6-config).
import { cidrProblem, ipAddressProblem, type Validator } from '../../../framework/validators.js';

const KEYS: Record<string, (value: string) => string | undefined> = {
  ip: (value) => (value === 'dhcp' ? undefined : cidrProblem(value, 4)),
  gw: (value) => ipAddressProblem(value, 4),
  ip6: (value) => (value === 'auto' || value === 'dhcp' ? undefined : cidrProblem(value, 6)),
  gw6: (value) => ipAddressProblem(value, 6),
};

/** Why `text` is no valid ipconfig string, or undefined when it is one. */
export function ipConfigProblem(text: string): string | undefined {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const check = KEYS[key];
    if (eq < 0 || !check) return `has "${part}", but takes only ip=, gw=, ip6= and gw6= parts, such as "ip=10.0.0.5/24,gw=10.0.0.1" (got "${text}")`;
    if (seen.has(key)) return `sets ${key}= twice (got "${text}")`;
    seen.add(key);
    const problem = check(part.slice(eq + 1));
    if (problem !== undefined) return `${key}= ${problem.replace(/, got "[^"]*"$/, '')}, got "${part.slice(eq + 1)}" in "${text}"`;
  }
  return undefined;
}

export const ipConfigValidator: Validator = {
  description: 'an ipconfig string such as "ip=dhcp" or "ip=10.0.0.5/24,gw=10.0.0.1" (ip=, gw=, ip6=, gw6=)',
  validate: (value) => (typeof value === 'string' ? ipConfigProblem(value) : undefined),
};

/** A container NIC's IPv4 setting: dhcp, manual, or an address with prefix (pve-container, format pve-ipv4-config). */
export const containerIpv4Validator: Validator = {
  description: '"dhcp", "manual" or an IPv4 address with prefix such as "10.0.0.5/24"',
  validate: (value) => (typeof value === 'string' && value !== 'dhcp' && value !== 'manual' ? cidrProblem(value, 4) : undefined),
};
