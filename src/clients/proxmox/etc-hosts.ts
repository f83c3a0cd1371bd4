// The check a Proxmox VE node makes of a new /etc/hosts before writing it (pve-common
// INotify.pm `write_etc_hosts` @404a1096): every line that is not a comment or blank must be an
// IP address followed by host names of letters, digits, dots and hyphens. Shared by the
// provider's plan-time check and the simulator, with the server's messages.
import { isIP } from 'node:net';

const HOST_NAME = /^[.\-a-zA-Z0-9]+$/;

/** The server's refusal of `content` ("Invalid IP '…'", "Invalid Hostname '…'"), or undefined. */
export function etcHostsProblem(content: string): string | undefined {
  for (const line of content.split('\n')) {
    if (/^\s*#/.test(line) || /^\s*$/.test(line)) continue;
    // Perl's split(/\s+/) keeps a leading empty field (an indented line's "IP" is '') and drops
    // trailing ones.
    const fields = line.split(/\s+/);
    while (fields.length > 0 && fields.at(-1) === '') fields.pop();
    const [ip = '', ...names] = fields;
    // PVE::Tools::IPRE has no IPv6 zone (fe80::1%eth0), which node:net accepts.
    if (isIP(ip) === 0 || ip.includes('%')) return `Invalid IP '${ip}'`;
    const bad = names.find((name) => !HOST_NAME.test(name));
    if (bad !== undefined) return `Invalid Hostname '${bad}'`;
  }
  return undefined;
}
